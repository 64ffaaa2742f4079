// .xls (Excel 97-2003, BIFF) reading through FreeXL. FreeXL opens a path only: the bytes go to an anonymous
// in-memory file (the list never touches the disk).

#include "sheet/sheet_p.h"

#include <freexl.h>

#include <QCoreApplication>

namespace certdesk::sheetdetail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

namespace {

// An Excel file encrypted with a password is an OLE2 container holding an EncryptedPackage stream (MS-OFFCRYPTO),
// whatever its name says; FreeXL would only call it damaged.
bool encryptedPackage(const QByteArray &bytes)
{
    static const QByteArray name = QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    return bytes.contains(name);
}

class Handle
{
public:
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    const void **out() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

QString cellText(const FreeXL_CellValue &cell, bool *numeric)
{
    *numeric = false;
    switch (cell.type) {
    case FREEXL_CELL_INT:
        *numeric = true;
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        *numeric = true;
        return numberText(cell.value.double_value);
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
        return QString::fromUtf8(cell.value.text_value).left(10); // YYYY-MM-DD[ HH:MM:SS]: the date
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(cell.value.text_value);
    default:
        return {};
    }
}

} // namespace

Result<SheetTable> readXls(const QByteArray &bytes, const QString &sheetName)
{
    if (encryptedPackage(bytes))
        return encrypted();
    MemFile file;
    if (!file.ok() || !file.write(bytes))
        return Error::io(ErrorCode::ReadFailed, Tr::tr("No memory for the spreadsheet."));
    Handle xls;
    const int opened = freexl_open(file.path().constData(), xls.out());
    if (opened != FREEXL_OK || !xls.get())
        return damaged(ErrorCode::Xls, Tr::tr("FreeXL error %1").arg(opened));
    unsigned int info = 0;
    if (freexl_get_info(xls.get(), FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return encrypted();
    unsigned int count = 0;
    if (freexl_get_info(xls.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return damaged(ErrorCode::Xls, Tr::tr("no worksheets"));
    QStringList names;
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(xls.get(), static_cast<unsigned short>(i), &name) != FREEXL_OK || !name)
            return damaged(ErrorCode::Xls, Tr::tr("worksheet %1").arg(i + 1));
        names.append(QString::fromUtf8(name));
    }
    Error missing;
    const int index = pickSheet(names, {}, sheetName, &missing);
    if (index < 0)
        return missing;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(xls.get(), static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(xls.get(), &rows, &columns) != FREEXL_OK)
        return damaged(ErrorCode::Xls, names.at(index));

    SheetTable table{names.at(index), {}};
    for (unsigned int r = 0; r < rows; ++r) {
        SheetRow row;
        row.row = int(r + 1);
        bool anyValue = false;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(xls.get(), r, c, &cell) != FREEXL_OK)
                return damaged(ErrorCode::Xls, QStringLiteral("%1!R%2C%3").arg(names.at(index)).arg(r + 1).arg(c + 1));
            bool numeric = false;
            const QString text = cellText(cell, &numeric);
            anyValue = anyValue || !text.trimmed().isEmpty();
            row.cells.append(text);
            row.numeric.append(numeric);
        }
        if (anyValue)
            table.rows.append(std::move(row));
    }
    return table;
}

} // namespace certdesk::sheetdetail
