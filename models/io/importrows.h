#pragma once

#include "core/result.h"
#include "domain/types.h"
#include "io/sheettable.h"
#include "io/textdecode.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace certdesk {

struct RowError
{
    int line = 0; // CSV: file line of the record; JSON: 1-based index of the object in the array
    QString reason;
};

template<class T> struct ParsedRows
{
    QList<T> rows;
    QList<int> lines; // lines[i] is the line/index of rows[i]
    QList<RowError> errors;
};

// Pending forms from CSV or JSON (detected from content: first non-blank character '[' or '{' → JSON).
// Headers: the Chinese column names printed on the form or their English aliases (docs/formats.md).
// Every row is validated (required fields, ID number, sex/birth consistency, dates, postcodes, phones,
// variant, mail forms need the reply block); each bad row is listed with its line and reason.
// A file-level problem (encoding, unterminated quote, missing required column, bad JSON) is an Error.
Result<ParsedRows<Form>> parseFormRows(const QByteArray &bytes, TextEncoding encoding, const QDate &today);

// Death notices: 公民身份号码/id_no, 姓名/name, 死亡日期/death_date, 来源/source.
Result<ParsedRows<DeathNotice>> parseDeathRows(const QByteArray &bytes, TextEncoding encoding, const QDate &today);

// The same rows from one worksheet of a spreadsheet (models/sheet reads .xlsx/.xls); line = the sheet's row number.
Result<ParsedRows<Form>> parseFormSheet(const SheetTable &sheet, const QDate &today);
Result<ParsedRows<DeathNotice>> parseDeathSheet(const SheetTable &sheet, const QDate &today);

// Records that arrive already structured (pulled from the county) meet exactly the rules of a file row: each is
// laid out as the cells a JSON file would give and checked by the same code, duplicates within the list included.
// lines[i] / errors[].line are 1-based indexes into the input list.
ParsedRows<Form> checkFormRecords(const QList<Form> &forms, const QDate &today);
ParsedRows<DeathNotice> checkDeathRecords(const QList<DeathNotice> &notices, const QDate &today);

} // namespace certdesk
