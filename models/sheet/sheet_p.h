#pragma once

// Internal to models/sheet: what the .xlsx and .xls readers and the writer share.

#include "core/result.h"
#include "io/sheettable.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace certdesk::sheetdetail {

// A number cell as Excel's General format shows it: integers in full below 10^15, otherwise 15 significant digits
// (4.40106199001011E+17), which is what Excel keeps.
QString numberText(double value);
// A date cell's serial number (days since 1899-12-30, or since 1904-01-01 in the 1904 date system).
QDate serialDate(double serial, bool date1904);

// The worksheet to read among `names` (visible[i]: not hidden): `wanted` exactly, then ignoring case; the first
// visible one when `wanted` is empty. -1 and `error` set when there is none.
int pickSheet(const QStringList &names, const QList<bool> &visible, const QString &wanted, Error *error);

Error damaged(ErrorCode code, const QString &detail);
Error encrypted();

// An anonymous in-memory file (memfd) for the C libraries that take a path only: the list never touches the disk.
class MemFile
{
public:
    MemFile();
    ~MemFile();
    MemFile(const MemFile &) = delete;
    MemFile &operator=(const MemFile &) = delete;

    bool ok() const { return m_fd >= 0; }
    QByteArray path() const; // /proc/self/fd/N
    bool write(const QByteArray &bytes);
    Result<QByteArray> readAll() const;

private:
    int m_fd = -1;
};

Result<SheetTable> readXlsx(const QByteArray &bytes, const QString &sheetName);
Result<SheetTable> readXls(const QByteArray &bytes, const QString &sheetName);

} // namespace certdesk::sheetdetail
