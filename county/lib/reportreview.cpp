// The review inbox and the forms not yet certified (docs/county-reports.md).
#include "reportqueries.h"

#include "protocol/protocol.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

// Each kind of item: the rows that are items of it, with an id stable across reports ("kind:ref").
struct ItemKind
{
    const char *kind;
    const char *sql; // columns: id, center, form_no, since (when it began to wait), d1..d3 (details)
};

const ItemKind kKinds[] = {
    {"conflict", "SELECT 'conflict:' || c.uuid AS id, c.center_code AS center, c.form_no AS form_no, "
                 "c.received_at AS since, c.clerk_name AS d1, COALESCE(c.conflict_with, '') AS d2, '' AS d3 "
                 "FROM certifications c WHERE c.status = 'conflict'"},
    {"override", "SELECT 'override:' || c.uuid AS id, c.center_code AS center, c.form_no AS form_no, "
                 "c.received_at AS since, c.clerk_name AS d1, c.override_by AS d2, "
                 "COALESCE(c.override_reason, '') AS d3 FROM certifications c "
                 "WHERE c.override_by IS NOT NULL AND c.override_by <> ''"},
    {"paper", "SELECT 'paper:' || c.uuid AS id, c.center_code AS center, c.form_no AS form_no, "
              "c.received_at AS since, c.clerk_name AS d1, c.review AS d2, '' AS d3 "
              "FROM certifications c WHERE c.review IN ('pending', 'mismatch')"},
    {"handover", "SELECT 'handover:' || h.center_code || '/' || CAST(h.batch AS TEXT) AS id, h.center_code AS center, "
                 "'' AS form_no, h.synced_at AS since, h.created_by AS d1, CAST(h.forms AS TEXT) AS d2, "
                 "h.created_at AS d3 FROM handover_batches h WHERE h.received_at IS NULL"},
};

QJsonObject details(const QString &kind, const QSqlQuery &q)
{
    if (kind == u"conflict"_s)
        return {{u"clerk_name"_s, q.value(4).toString()}, {u"first_uuid"_s, q.value(5).toString()}};
    if (kind == u"override"_s)
        return {{u"clerk_name"_s, q.value(4).toString()},
                {u"supervisor"_s, q.value(5).toString()},
                {u"reason"_s, q.value(6).toString()}};
    if (kind == u"paper"_s)
        return {{u"clerk_name"_s, q.value(4).toString()}, {u"review"_s, q.value(5).toString()}};
    return {{u"created_by"_s, q.value(4).toString()},
            {u"forms"_s, q.value(5).toString().toInt()},
            {u"created_at"_s, q.value(6).toString()}};
}

} // namespace

Result<QJsonObject> reviewReport(CountyDb &db, const ReportClock &clock, bool includeReviewed)
{
    QList<QJsonObject> items;
    for (const ItemKind &k : kKinds) {
        const QString kind = QLatin1String(k.kind);
        auto q = db.run(u"SELECT x.id, x.center, x.form_no, x.since, x.d1, x.d2, x.d3, m.reviewed_at, "
                        "m.reviewed_by, m.note FROM (%1) x LEFT JOIN review_marks m ON m.item = x.id%2"_s.arg(
                            QLatin1String(k.sql), includeReviewed ? QString() : u" WHERE m.item IS NULL"_s));
        if (!q)
            return q.error();
        while (q->next()) {
            const QDateTime since = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
            // Whole hours (truncated, as the JSON always gave them).
            const double waitedHours = since.isValid() ? std::trunc(double(since.secsTo(clock.now)) / 3600.0) : 0.0;
            QJsonObject o{{u"id"_s, q->value(0).toString()},       {u"kind"_s, kind},
                          {u"center"_s, q->value(1).toString()},   {u"form_no"_s, q->value(2).toString()},
                          {u"since"_s, q->value(3).toString()},    {u"waited_hours"_s, waitedHours},
                          {u"detail"_s, details(kind, q.value())}, {u"reviewed"_s, !q->value(7).isNull()}};
            if (!q->value(7).isNull()) {
                o.insert(u"reviewed_at"_s, q->value(7).toString());
                o.insert(u"reviewed_by"_s, q->value(8).toString());
                o.insert(u"note"_s, q->value(9).toString());
            }
            items.append(o);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"since"_s).toString() < b.value(u"since"_s).toString();
    });
    QJsonArray array;
    for (const QJsonObject &o : items)
        array.append(o);
    return QJsonObject{{u"protocol"_s, protocol::kVersion},
                       {u"report"_s, u"review"_s},
                       {u"version"_s, 1},
                       {u"generated_at"_s, clock.now.toUTC().toString(Qt::ISODateWithMs)},
                       {u"items"_s, array}};
}

Result<bool> reviewItemExists(CountyDb &db, const QString &item)
{
    const QString kind = item.section(QLatin1Char(':'), 0, 0);
    for (const ItemKind &k : kKinds) {
        if (kind != QLatin1String(k.kind))
            continue;
        auto q = db.run(u"SELECT 1 FROM (%1) x WHERE x.id = ?"_s.arg(QLatin1String(k.sql)), {item});
        if (!q)
            return q.error();
        return q->next();
    }
    return false;
}

Result<QJsonObject> openFormsReport(CountyDb &db, const QString &center, int cycle, int limit)
{
    if (cycle <= 0) {
        auto c = db.run(u"SELECT MAX(cycle) FROM forms"_s);
        if (!c)
            return c.error();
        cycle = c->next() && !c->value(0).isNull() ? c->value(0).toInt() : QDate::currentDate().year();
    }
    // forms.standing and progress_tallies are kept by every write (tallies.h): the total is one tally row, the list
    // one range of the index forms_open, already in due-date order.
    auto n = db.run(u"SELECT forms - withdrawn - alive - deceased FROM progress_tallies WHERE center_code = ? AND "
                    "cycle = ?"_s,
                    {center, cycle});
    if (!n)
        return n.error();
    const qint64 total = n->next() ? n->value(0).toLongLong() : 0;
    auto q = db.run(u"SELECT f.form_no, f.id_no, f.name, f.due_date, f.variant FROM forms f WHERE f.center_code = ? "
                    "AND f.cycle = ? AND f.status = 'pending' AND f.standing = 0 ORDER BY f.due_date, f.form_no "
                    "LIMIT ?"_s,
                    {center, cycle, std::clamp(limit, 1, kMaxOpenForms)});
    if (!q)
        return q.error();
    QJsonArray forms;
    while (q->next())
        forms.append(QJsonObject{{u"form_no"_s, q->value(0).toString()},
                                 {u"id_masked"_s, maskIdNumber(q->value(1).toString())},
                                 {u"name"_s, q->value(2).toString()},
                                 {u"due_date"_s, q->value(3).toString()},
                                 {u"variant"_s, q->value(4).toString()}});
    return QJsonObject{{u"protocol"_s, protocol::kVersion},
                       {u"report"_s, u"open"_s},
                       {u"version"_s, 1},
                       {u"center"_s, center},
                       {u"cycle"_s, cycle},
                       {u"total"_s, double(total)},
                       {u"forms"_s, forms}};
}

} // namespace certdesk::county
