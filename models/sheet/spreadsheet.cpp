#include "sheet/spreadsheet.h"

#include "sheet/sheet_p.h"

#include <QCoreApplication>

#include <cerrno>
#include <cmath>
#include <sys/mman.h>
#include <unistd.h>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

namespace sheetdetail {

QString numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15).toUpper();
}

QDate serialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts a 1900-02-29 that never was (Lotus 1-2-3's leap-year bug): serial 60. Later serials are one
    // day ahead of the calendar.
    if (days == 60)
        return {};
    return QDate(1899, 12, 31).addDays(days < 60 ? days : days - 1);
}

int pickSheet(const QStringList &names, const QList<bool> &visible, const QString &wanted, Error *error)
{
    if (wanted.isEmpty()) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (visible.value(i, true))
                return int(i);
        }
    } else {
        const qsizetype exact = names.indexOf(wanted);
        if (exact >= 0)
            return int(exact);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    *error =
        wanted.isEmpty()
            ? Error::invalid(ErrorCode::SheetMissing, Tr::tr("The workbook has no visible worksheet."))
            : Error::invalid(ErrorCode::SheetMissing, Tr::tr("The workbook has no worksheet named %1; its worksheets "
                                                             "are: %2.")
                                                          .arg(wanted, names.join(QStringLiteral("、"))));
    return -1;
}

Error damaged(ErrorCode code, const QString &detail)
{
    return Error::invalid(code, Tr::tr("The spreadsheet cannot be read (damaged, "
                                       "or not an Excel workbook): %1. Open it in "
                                       "Excel or WPS, save it again and import "
                                       "the new file.")
                                    .arg(detail));
}

Error encrypted()
{
    return Error::invalid(ErrorCode::Encrypted, Tr::tr("The spreadsheet is protected by a password, so "
                                                       "it cannot be read. Open it in Excel or WPS, "
                                                       "remove the password (加密), save it and import "
                                                       "it again."));
}

MemFile::MemFile() : m_fd(memfd_create("certdesk-sheet", MFD_CLOEXEC)) {}

MemFile::~MemFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray MemFile::path() const
{
    return "/proc/self/fd/" + QByteArray::number(m_fd);
}

bool MemFile::write(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

Result<QByteArray> MemFile::readAll() const
{
    QByteArray out;
    char buffer[65536];
    for (off_t at = 0;;) {
        const ssize_t n = ::pread(m_fd, buffer, sizeof buffer, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error::io(ErrorCode::ReadFailed, QString::fromLocal8Bit(strerror(errno)));
        if (n == 0)
            return out;
        out.append(buffer, n);
        at += n;
    }
}

} // namespace sheetdetail

SheetFileKind sheetFileKind(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return SheetFileKind::Xlsx;
    if (bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
        return SheetFileKind::Xls;
    return SheetFileKind::Text;
}

Result<SheetTable> readSpreadsheet(const QByteArray &bytes, const QString &sheetName)
{
    switch (sheetFileKind(bytes)) {
    case SheetFileKind::Xlsx:
        return sheetdetail::readXlsx(bytes, sheetName);
    case SheetFileKind::Xls:
        return sheetdetail::readXls(bytes, sheetName);
    case SheetFileKind::Text:
        break;
    }
    return sheetdetail::damaged(ErrorCode::Xlsx, Tr::tr("no workbook signature"));
}

} // namespace certdesk
