#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

// One worksheet as the import reads it: the cells of each non-empty row as text. A number cell is given as the
// text Excel shows in the General format (integers in full up to 15 digits, dates as YYYY-MM-DD) and flagged in
// `numeric`: an ID number held as a number has already lost its last digits (Excel keeps 15 significant digits).
struct SheetRow
{
    int row = 0; // 1-based row number, as Excel shows it
    QStringList cells;
    QList<bool> numeric; // numeric[i]: cells[i] was a number cell (empty for text formats)
};

struct SheetTable
{
    QString name; // the worksheet's name
    QList<SheetRow> rows;
};

} // namespace certdesk
