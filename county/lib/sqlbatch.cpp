#include "sqlbatch.h"

#include <QSqlDriver>
#include <QSqlField>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxInKeys = 1000;
constexpr int kMaxInKeysSqlite = 200; // SQLite resolves placeholders in O(n²) per statement

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3 + 2);
    s += QLatin1Char('(');
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QLatin1Char('?');
    }
    s += QLatin1Char(')');
    return s;
}
} // namespace

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

Status insertRows(CountyDb &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    if (!db.isPostgres()) {
        // In-process SQLite has no round trips, but parses placeholders quadratically: one prepared row statement.
        QSqlQuery q(db.db());
        if (!q.prepare(u"INSERT INTO %1(%2) VALUES %3"_s.arg(table, columns.join(QLatin1Char(',')),
                                                             placeholders(int(columns.size())))))
            return sqlError(q);
        for (const QVariantList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row.at(i));
            if (!q.exec())
                return sqlError(q);
        }
        return {};
    }
    // PostgreSQL: multi-row statements with the values as literals, escaped by the driver (what QPSQL itself does
    // for prepared statements): the server parses each chunk once instead of PREPARE + EXECUTE + DEALLOCATE.
    const QString head = u"INSERT INTO %1(%2) VALUES "_s.arg(table, columns.join(QLatin1Char(',')));
    QSqlDriver *driver = db.db().driver();
    constexpr int kRowsPerChunk = 1000;
    for (int start = 0; start < rows.size(); start += kRowsPerChunk) {
        const int n = qMin(kRowsPerChunk, int(rows.size()) - start);
        QString sql = head;
        sql.reserve(head.size() + n * 400);
        for (int i = 0; i < n; ++i) {
            sql += i ? u",("_s : u"("_s;
            const QVariantList &row = rows.at(start + i);
            for (int k = 0; k < row.size(); ++k) {
                if (k)
                    sql += QLatin1Char(',');
                const QVariant &v = row.at(k);
                if (!v.isValid() || v.isNull()) {
                    sql += u"NULL"_s;
                    continue;
                }
                QSqlField field(QString(), v.metaType());
                field.setValue(v);
                sql += driver->formatValue(field);
            }
            sql += QLatin1Char(')');
        }
        if (auto r = db.run(sql); !r)
            return r.error();
    }
    return {};
}

Status lockChangeLog(CountyDb &db)
{
    if (!db.isPostgres())
        return {};
    if (auto r = db.run(u"LOCK TABLE changes IN EXCLUSIVE MODE"_s); !r)
        return r.error();
    return {};
}

Status selectIn(CountyDb &db, const QString &sqlWithIn, const QVariantList &prefix, const QStringList &keys,
                const std::function<void(const QSqlQuery &)> &onRow)
{
    const int chunk = db.isPostgres() ? kMaxInKeys : kMaxInKeysSqlite;
    for (int start = 0; start < keys.size(); start += chunk) {
        const int n = qMin(chunk, int(keys.size()) - start);
        QString sql = sqlWithIn;
        sql.replace(u"%IN%"_s, placeholders(n));
        QVariantList values = prefix;
        for (int i = 0; i < n; ++i)
            values << keys.at(start + i);
        auto q = db.run(sql, values);
        if (!q)
            return q.error();
        while (q->next())
            onRow(q.value());
    }
    return {};
}

} // namespace certdesk::county
