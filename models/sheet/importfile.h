#pragma once

#include "io/importrows.h"

namespace certdesk {

// A list file of any kind the import takes: CSV or JSON (parseFormRows), .xlsx or .xls (one worksheet: `sheet`,
// or the first). `sheet` set for a CSV/JSON file is an Invalid error ("sheet"). Same rows, same checks, same line
// numbers (a spreadsheet's row numbers) for all.
Result<ParsedRows<Form>> parseFormFile(const QByteArray &bytes, TextEncoding encoding, const QString &sheet,
                                       const QDate &today);
Result<ParsedRows<DeathNotice>> parseDeathFile(const QByteArray &bytes, TextEncoding encoding, const QString &sheet,
                                               const QDate &today);

} // namespace certdesk
