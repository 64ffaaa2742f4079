#include "countyreports.h"

#include <QJsonArray>
#include <QMap>

#include <tuple>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {
// A record is current when no correction supersedes it.
const char kCurrent[] = "NOT EXISTS (SELECT 1 FROM certifications s WHERE s.supersedes = c.uuid)";

QString csvField(const QString &v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        QString q = v;
        q.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + q + u"\""_s;
    }
    return v;
}
} // namespace

namespace {
Result<QList<WorkloadRefusal>> refusalTallies(CountyDb &db, const QDate &from, const QDate &to, const QString &center)
{
    QVariantList args{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (!center.isEmpty())
        args << center;
    auto r =
        db.run(u"SELECT center_code, clerk, clerk_name, local_date, code, count FROM refusal_tallies "
               "WHERE local_date BETWEEN ? AND ?%1"_s.arg(center.isEmpty() ? QString() : u" AND center_code = ?"_s),
               args);
    if (!r)
        return r.error();
    QList<WorkloadRefusal> refusals;
    while (r->next())
        refusals.append({r->value(0).toString(), r->value(1).toString(), r->value(2).toString(),
                         QDate::fromString(r->value(3).toString(), Qt::ISODate), r->value(4).toString(),
                         r->value(5).toInt()});
    return refusals;
}
} // namespace

Result<QList<WorkloadRow>> workload(CountyDb &db, const QDate &from, const QDate &to, const QString &center,
                                    bool byArrival)
{
    QVariantList args{byArrival ? u"a"_s : u"w"_s, from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (!center.isEmpty())
        args << center;
    auto q = db.run(u"SELECT day, center_code, clerk, clerk_name, online_alive, online_deceased, mail_alive, "
                    "mail_deceased, info_changes, corrections FROM workload_tallies WHERE basis = ? AND day BETWEEN "
                    "? AND ?%1"_s.arg(center.isEmpty() ? QString() : u" AND center_code = ?"_s),
                    args);
    if (!q)
        return q.error();
    // Keyed and ordered as computeWorkload's rows (date, center, desk, clerk), so both give the same list.
    using Key = std::tuple<QDate, QString, QString, QString>;
    QMap<Key, WorkloadRow> rows;
    while (q->next()) {
        WorkloadRow w;
        w.date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        w.center = q->value(1).toString();
        w.clerk = q->value(2).toString();
        w.clerkName = q->value(3).toString();
        w.onlineAlive = q->value(4).toInt();
        w.onlineDeceased = q->value(5).toInt();
        w.mailAlive = q->value(6).toInt();
        w.mailDeceased = q->value(7).toInt();
        w.alive = w.onlineAlive + w.mailAlive;
        w.deceased = w.onlineDeceased + w.mailDeceased;
        w.addressChanges = q->value(8).toInt();
        w.corrections = q->value(9).toInt();
        rows.insert(Key{w.date, w.center, QString(), w.clerk}, w);
    }
    auto refusals = refusalTallies(db, from, to, center);
    if (!refusals)
        return refusals.error();
    for (const WorkloadRefusal &f : refusals.value()) {
        if (!isRealRefusal(f.code))
            continue;
        WorkloadRow &w = rows[Key{f.date, f.center, QString(), f.clerk}];
        w.date = f.date;
        w.center = f.center;
        w.clerk = f.clerk;
        if (!f.clerkName.isEmpty())
            w.clerkName = f.clerkName;
        w.refusals += f.count;
    }
    return rows.values();
}

Result<QList<WorkloadRow>> workloadFromRecords(CountyDb &db, const QDate &from, const QDate &to, const QString &center,
                                               bool byArrival)
{
    const QString only = center.isEmpty() ? QString() : u" AND center_code = ?"_s;
    QVariantList args{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (!center.isEmpty())
        args << center;
    // By arrival: the day the record reached the county, in the county's time zone (received_at is UTC), so the
    // range is compared as the UTC instants of its local midnights.
    QVariantList recordArgs = args;
    if (byArrival) {
        recordArgs[0] = QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
        recordArgs[1] = QDateTime(to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    }
    const QString range = byArrival ? u"received_at >= ? AND received_at < ?"_s : u"local_date BETWEEN ? AND ?"_s;
    auto q = db.run(u"SELECT uuid, COALESCE(supersedes, ''), center_code, clerk, clerk_name, local_date, alive, "
                    "CASE WHEN new_address IS NOT NULL OR new_postcode IS NOT NULL OR new_phone IS NOT NULL THEN 1 "
                    "ELSE 0 END, variant, received_at FROM certifications WHERE (%2 OR supersedes IS NOT "
                    "NULL)%1"_s.arg(only, range),
                    recordArgs);
    if (!q)
        return q.error();
    QList<WorkloadRecord> records;
    while (q->next()) {
        const QDate day = byArrival
                              ? QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs).toLocalTime().date()
                              : QDate::fromString(q->value(5).toString(), Qt::ISODate);
        records.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), day, q->value(6).toInt() == 1, q->value(7).toInt() == 1,
                        q->value(8).toString() == u"mail"_s ? FormVariant::Mail : FormVariant::Online});
    }
    auto refusals = refusalTallies(db, from, to, center);
    if (!refusals)
        return refusals.error();
    return computeWorkload(records, refusals.value(), from, to);
}

Result<QList<FeedbackRow>> feedback(CountyDb &db, const QDate &from, const QDate &to, FormVariant variant)
{
    // The identity reported is the one checked at the counter (pushed with the record); the county's copy of the
    // form only fills in a name the record does not carry.
    auto q = db.run(u"SELECT c.form_no, c.id_no, CASE WHEN c.name <> '' THEN c.name ELSE COALESCE(f.name, '') END, "
                    "c.alive, c.local_date, c.center_code, COALESCE(n.name, ''), c.cycle, c.method, "
                    "COALESCE(c.new_address, ''), COALESCE(c.new_postcode, ''), COALESCE(c.new_phone, '') "
                    "FROM certifications c "
                    "LEFT JOIN forms f ON f.form_no = c.form_no LEFT JOIN centers n ON n.code = c.center_code "
                    "WHERE c.local_date BETWEEN ? AND ? AND c.status = 'accepted' AND c.variant = ? AND "
                    "(c.review IS NULL OR c.review <> 'mismatch') AND %1 "
                    "ORDER BY c.local_date, c.form_no"_s.arg(QLatin1String(kCurrent)),
                    {from.toString(Qt::ISODate), to.toString(Qt::ISODate), variantKey(variant)});
    if (!q)
        return q.error();
    QList<FeedbackRow> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() == 1,
                     QDate::fromString(q->value(4).toString(), Qt::ISODate), q->value(5).toString(),
                     q->value(6).toString(), q->value(7).toInt(), q->value(8).toString(), q->value(9).toString(),
                     q->value(10).toString(), q->value(11).toString()});
    return rows;
}

namespace {
// The columns of the CSV and the .xlsx (docs/county.md).
QStringList feedbackHeader()
{
    return {u"认证表编号"_s, u"公民身份号码"_s, u"姓名"_s,         u"是否健在"_s,   u"认证日期"_s,   u"认证机构代码"_s,
            u"认证机构"_s,   u"认证年度"_s,     u"身份核验方式"_s, u"新居住地址"_s, u"新邮政编码"_s, u"新联系电话"_s};
}

QStringList feedbackCells(const FeedbackRow &r)
{
    return {r.formNo,
            r.idNo,
            r.name,
            r.alive ? u"是"_s : u"否"_s,
            r.certifiedDate.toString(Qt::ISODate),
            r.centerCode,
            r.centerName,
            QString::number(r.cycle),
            r.method,
            r.newAddress,
            r.newPostcode,
            r.newPhone};
}
} // namespace

QByteArray feedbackCsv(const QList<FeedbackRow> &rows)
{
    QString out = feedbackHeader().join(QLatin1Char(',')) + u"\r\n"_s;
    for (const FeedbackRow &r : rows) {
        QStringList cells = feedbackCells(r);
        for (QString &cell : cells)
            cell = csvField(cell);
        out += cells.join(QLatin1Char(',')) + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

XlsxSheet feedbackSheet(const QList<FeedbackRow> &rows, FormVariant variant)
{
    XlsxSheet sheet{variant == FormVariant::Online ? u"网上反馈"_s : u"附表2"_s, feedbackHeader(), {}, {}};
    sheet.numberColumns = QList<bool>(sheet.header.size(), false);
    sheet.numberColumns[7] = true; // 认证年度
    for (const FeedbackRow &r : rows)
        sheet.rows.append(feedbackCells(r));
    return sheet;
}

QJsonObject feedbackJson(const QList<FeedbackRow> &rows, const QString &countyCode, const QDate &from, const QDate &to,
                         FormVariant variant)
{
    QJsonArray a;
    for (const FeedbackRow &r : rows)
        a.append(QJsonObject{{u"form_no"_s, r.formNo},
                             {u"id_no"_s, r.idNo},
                             {u"name"_s, r.name},
                             {u"alive"_s, r.alive},
                             {u"certified_date"_s, r.certifiedDate.toString(Qt::ISODate)},
                             {u"center_code"_s, r.centerCode},
                             {u"center_name"_s, r.centerName},
                             {u"cycle"_s, r.cycle},
                             {u"method"_s, r.method},
                             {u"new_address"_s, r.newAddress},
                             {u"new_postcode"_s, r.newPostcode},
                             {u"new_phone"_s, r.newPhone}});
    const QString format = variant == FormVariant::Online ? u"certdesk-feedback"_s : u"certdesk-mailed"_s;
    return QJsonObject{{u"format"_s, format},
                       {u"version"_s, 2},
                       {u"county_code"_s, countyCode},
                       {u"variant"_s, variantKey(variant)},
                       {u"from"_s, from.toString(Qt::ISODate)},
                       {u"to"_s, to.toString(Qt::ISODate)},
                       {u"rows"_s, a}};
}

Result<QList<ConflictRow>> conflicts(CountyDb &db)
{
    auto q = db.run(u"SELECT c.form_no, c.cycle, COALESCE(f.center_code, ''), COALESCE(c.conflict_with, ''), "
                    "c.center_code, c.uuid, c.clerk, c.certified_at, c.received_at FROM certifications c "
                    "LEFT JOIN certifications f ON f.uuid = c.conflict_with "
                    "WHERE c.status = 'conflict' ORDER BY c.received_at, c.id"_s);
    if (!q)
        return q.error();
    QList<ConflictRow> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
                     q->value(8).toString()});
    return rows;
}

} // namespace certdesk::county
