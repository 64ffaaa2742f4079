#include "sheet/xlsxpackage.h"

#include <QCoreApplication>

namespace certdesk::sheetdetail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};

// A part above this is not a list of pensioners but a zip bomb.
constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;
} // namespace

Package::~Package()
{
    if (m_zip)
        unzClose(m_zip);
}

Status Package::open()
{
    // minizip reads a path: the bytes go to an anonymous in-memory file.
    if (!m_file.ok() || !m_file.write(m_bytes))
        return Error::io(ErrorCode::ReadFailed, Tr::tr("No memory for the spreadsheet."));
    m_zip = unzOpen64(m_file.path().constData());
    if (!m_zip)
        return damaged(ErrorCode::Xlsx, Tr::tr("not a readable zip file"));
    return {};
}

Result<QByteArray> Package::read(const QString &part, bool optional)
{
    if (unzLocateFile(m_zip, part.toUtf8().constData(), 2 /* any case */) != UNZ_OK) {
        if (optional)
            return QByteArray();
        return damaged(ErrorCode::Xlsx, Tr::tr("the part %1 is missing").arg(part));
    }
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return damaged(ErrorCode::Xlsx, part);
    if (info.flag & 0x1) // zip-level encryption
        return encrypted();
    if (info.uncompressed_size > quint64(kMaxPartBytes))
        return damaged(ErrorCode::Xlsx, Tr::tr("the part %1 is too large").arg(part));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return damaged(ErrorCode::Xlsx, part);
    QByteArray data;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0 && data.size() <= kMaxPartBytes)
        data.append(buffer, n);
    // A damaged entry shows as a read error or a CRC error on close.
    const int closed = unzCloseCurrentFile(m_zip);
    if (n < 0 || closed != UNZ_OK || data.size() > kMaxPartBytes)
        return damaged(ErrorCode::Xlsx, Tr::tr("the part %1 is damaged").arg(part));
    return data;
}

} // namespace certdesk::sheetdetail
