#pragma once

// Internal to models/io: the table reader and value parsers shared by the form and death importers.

#include "core/result.h"
#include "io/sheettable.h"
#include "io/textdecode.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::importdetail {

struct ColumnSpec
{
    QString chinese; // as printed on the form; used in every message
    QString english; // alias, matched case-insensitively
    bool required = false;
    QStringList extraAliases = {};
};

struct RawRow
{
    int line = 0;            // CSV: file line where the record starts; JSON: 1-based index in the array
    QStringList values;      // one per ColumnSpec, trimmed; absent → empty
    QList<bool> numeric;     // spreadsheets: numeric[col] when the cell was a number (Excel damage); else empty
    QStringList problems;    // structural problems found while reading (extra cells, non-scalar JSON values)
    bool unreadable = false; // no values at all (a JSON entry that is not an object): report only `problems`
};

struct RawTable
{
    QList<RawRow> rows;
};

// Decodes, detects JSON vs CSV, maps headers/keys onto `columns` and checks required columns.
// `jsonKey` is the member ("forms"/"deaths") that may wrap the array in a JSON object.
Result<RawTable> readTable(const QByteArray &bytes, TextEncoding encoding, const QList<ColumnSpec> &columns,
                           const QString &jsonKey);

// The same header mapping for one worksheet; rows above the header (a title) are skipped.
Result<RawTable> readSheet(const SheetTable &sheet, const QList<ColumnSpec> &columns);

// 男/女/M/F/male/female → 'M'/'F'.
bool parseSex(const QString &text, QChar *out);
// YYYY-MM, YYYY-M, YYYYMM, YYYY年MM月, YYYY-MM-DD (and / . separators) → "YYYY-MM".
bool parseBirthMonth(const QString &text, QString *out);
// YYYY-MM-DD, YYYY/M/D (Excel), YYYY.M.D, YYYYMMDD, YYYY年M月D日. Invalid QDate when unparseable.
QDate parseDay(const QString &text);
// Exactly four digits.
bool parseYear(const QString &text, int *out);
// Replaces anything that looks like a citizen ID number by a masked form (first 6 and last 4 kept).
QString maskIdNumbers(const QString &text);

} // namespace certdesk::importdetail
