// .xlsx writing through libxlsxwriter. The library writes to a path: an anonymous in-memory file, read back, so
// the caller writes the bytes with the project's private-file idiom (openPrivate, 0600).

#include "sheet/sheet_p.h"
#include "sheet/spreadsheet.h"

#include <xlsxwriter.h>

#include <QCoreApplication>

#include <algorithm>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

namespace {

// Excel's column width is in characters of the default font; a CJK character takes two.
double displayWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

Error writeFailed(lxw_error error)
{
    return Error::io(ErrorCode::WriteFailed,
                     Tr::tr("Cannot write the spreadsheet: %1").arg(QString::fromUtf8(lxw_strerror(error))));
}

} // namespace

Result<QByteArray> writeXlsx(const XlsxSheet &sheet)
{
    sheetdetail::MemFile file;
    if (!file.ok())
        return Error::io(ErrorCode::WriteFailed, Tr::tr("No memory for the spreadsheet."));
    lxw_workbook *workbook = workbook_new(file.path().constData());
    if (!workbook)
        return writeFailed(LXW_ERROR_MEMORY_MALLOC_FAILED);
    const QByteArray tabName = sheet.name.left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(workbook, tabName.constData());
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format_index(text, 49); // built-in "@": Excel's 文本
    lxw_format *head = workbook_add_format(workbook);
    format_set_num_format_index(head, 49);
    format_set_bold(head);
    lxw_error error = ws ? LXW_NO_ERROR : LXW_ERROR_PARAMETER_VALIDATION;

    const qsizetype columns = sheet.header.size();
    QList<double> widths(columns, 8);
    auto put = [&](lxw_row_t r, qsizetype c, const QString &value, lxw_format *format) {
        widths[c] = std::max(widths[c], std::min(displayWidth(value) + 2, 60.0));
        bool isNumber = false;
        const double number = sheet.numberColumns.value(c) ? value.toDouble(&isNumber) : 0;
        if (isNumber)
            return worksheet_write_number(ws, r, lxw_col_t(c), number, nullptr);
        if (value.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(ws, r, lxw_col_t(c), value.toUtf8().constData(), format);
    };
    for (qsizetype c = 0; c < columns && error == LXW_NO_ERROR; ++c)
        error = put(0, c, sheet.header.at(c), head);
    for (qsizetype r = 0; r < sheet.rows.size() && error == LXW_NO_ERROR; ++r) {
        const QStringList &row = sheet.rows.at(r);
        for (qsizetype c = 0; c < std::min(columns, row.size()) && error == LXW_NO_ERROR; ++c)
            error = put(lxw_row_t(r + 1), c, row.at(c), text);
    }
    // Text format on the whole column: a number typed in later (a corrected ID number) stays text too.
    for (qsizetype c = 0; c < columns && error == LXW_NO_ERROR; ++c)
        error = worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c),
                                     sheet.numberColumns.value(c) ? nullptr : text);
    if (error == LXW_NO_ERROR)
        worksheet_freeze_panes(ws, 1, 0);
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happened
    if (error != LXW_NO_ERROR)
        return writeFailed(error);
    if (closed != LXW_NO_ERROR)
        return writeFailed(closed);
    return file.readAll();
}

} // namespace certdesk
