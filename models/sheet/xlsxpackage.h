#pragma once

// Internal to models/sheet: the zip container of an .xlsx, read through Debian's minizip (xlsxreader.cpp says why
// not QuaZip), one part at a time and never above a size that only a zip bomb reaches.

#include "sheet/sheet_p.h"

#include <minizip/unzip.h>

#include <QByteArray>
#include <QString>

namespace certdesk::sheetdetail {

class Package
{
public:
    explicit Package(const QByteArray &bytes) : m_bytes(bytes) {}
    ~Package();
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    Status open();
    // The part's bytes; a missing part is an empty array when `optional`.
    Result<QByteArray> read(const QString &part, bool optional = false);

private:
    QByteArray m_bytes;
    MemFile m_file;
    unzFile m_zip = nullptr;
};

} // namespace certdesk::sheetdetail
