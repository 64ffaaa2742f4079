#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace certdesk {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// RFC 4180: comma separated, fields may be quoted, "" inside quotes is a quote, quoted fields may hold
// commas and newlines; CRLF or LF line ends; blank lines are skipped. An unterminated quote is an
// Invalid error (code "csv") naming the line where the field started.
Result<QList<CsvRecord>> parseCsv(const QString &text);

// Writes one record, quoting where needed; ends with CRLF. A cell starting with = + - @ tab or CR gets a leading
// apostrophe (formula injection in spreadsheets), unless it is a plain number such as -12 or +3.5.
QString csvLine(const QStringList &fields);

} // namespace certdesk
