#pragma once

// Multi-row statements: one round trip per chunk instead of one per row (PostgreSQL over a network).

#include "countydb.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace certdesk::county {

// A null QString becomes SQL NULL (a QVariant holding a null QString is not null in Qt 6).
QVariant nullableText(const QString &s);
// For NOT NULL text columns: the drivers bind a null QString as SQL NULL.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// INSERT INTO table(columns) VALUES (…), (…) in chunks that stay below the bind-parameter limits.
Status insertRows(CountyDb &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows);

// Writers of the pull log take this lock before inserting (PostgreSQL; SQLite serialises writers anyway): sequence
// numbers are then committed in order, so a puller's cursor can never pass a change that commits later.
Status lockChangeLog(CountyDb &db);

// Runs `sqlWithIn` (containing the marker %IN% for "(?, ?, …)") over `keys` in chunks; calls onRow for each row.
Status selectIn(CountyDb &db, const QString &sqlWithIn, const QVariantList &prefix, const QStringList &keys,
                const std::function<void(const QSqlQuery &)> &onRow);

} // namespace certdesk::county
