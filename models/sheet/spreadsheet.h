#pragma once

// Spreadsheets as people exchange them (docs/formats.md "Spreadsheets"): .xlsx read with minizip and
// QXmlStreamReader, .xls (Excel 97-2003) with FreeXL, .xlsx written with libxlsxwriter (which zips with the same
// minizip). Qt Core only (no SQLCipher): the county server links it too.

#include "core/result.h"
#include "io/sheettable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

enum class SheetFileKind
{
    Text, // CSV or JSON
    Xlsx, // a zip (PK\3\4): Office Open XML
    Xls   // an OLE2 compound file: Excel 97-2003, or an Excel file encrypted with a password
};

// From the first bytes of the file, never from its name (a list renamed .csv by hand still reads).
SheetFileKind sheetFileKind(const QByteArray &bytes);

// The worksheet named `sheetName` (exact, then ignoring case), or the first visible one when empty. Rows without
// any value are left out. Errors, all Invalid: "sheet_missing" (names the sheets the file has), "xlsx" / "xls"
// (a damaged file or one that is not a workbook), "encrypted" (protected by a password: refused, with what to do).
Result<SheetTable> readSpreadsheet(const QByteArray &bytes, const QString &sheetName);

struct XlsxSheet
{
    QString name; // the worksheet's tab name
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numberColumns; // numberColumns[i]: column i holds counts, written as numbers; all else is text
};

// One workbook of one worksheet. Every cell that is not in a number column is a text cell in a column formatted as
// text (@, 文本): ID and phone numbers keep every digit through Excel, and a value that Excel would take for a
// formula (=, +, -, @) stays a string. Returns the file's bytes (write them with openPrivate: they hold personal data).
Result<QByteArray> writeXlsx(const XlsxSheet &sheet);

} // namespace certdesk
