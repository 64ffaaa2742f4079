#include "sheet/importfile.h"

#include "sheet/spreadsheet.h"

#include <QCoreApplication>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

namespace {

template<class Rows>
Result<Rows> parseAny(const QByteArray &bytes, TextEncoding encoding, const QString &sheet, const QDate &today,
                      Result<Rows> (*fromText)(const QByteArray &, TextEncoding, const QDate &),
                      Result<Rows> (*fromSheet)(const SheetTable &, const QDate &))
{
    if (sheetFileKind(bytes) == SheetFileKind::Text) {
        if (!sheet.isEmpty()) {
            return Error::invalid(ErrorCode::Sheet, Tr::tr("The file is not a spreadsheet (.xlsx or "
                                                           ".xls): it has no worksheet %1.")
                                                        .arg(sheet));
        }
        return fromText(bytes, encoding, today);
    }
    auto table = readSpreadsheet(bytes, sheet);
    if (!table)
        return table.error();
    return fromSheet(table.value(), today);
}

} // namespace

Result<ParsedRows<Form>> parseFormFile(const QByteArray &bytes, TextEncoding encoding, const QString &sheet,
                                       const QDate &today)
{
    return parseAny<ParsedRows<Form>>(bytes, encoding, sheet, today, &parseFormRows, &parseFormSheet);
}

Result<ParsedRows<DeathNotice>> parseDeathFile(const QByteArray &bytes, TextEncoding encoding, const QString &sheet,
                                               const QDate &today)
{
    return parseAny<ParsedRows<DeathNotice>>(bytes, encoding, sheet, today, &parseDeathRows, &parseDeathSheet);
}

} // namespace certdesk
