#include "countyreports.h"

#include <QJsonArray>

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

Result<QList<CountyWorkloadRow>> workload(CountyDb &db, const QDate &date)
{
    auto q = db.run(u"SELECT c.center_code, c.clerk, "
                    "SUM(CASE WHEN c.alive = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN c.alive = 0 THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN c.new_address IS NOT NULL THEN 1 ELSE 0 END) "
                    "FROM certifications c WHERE c.local_date = ? AND %1 "
                    "GROUP BY c.center_code, c.clerk ORDER BY c.center_code, c.clerk"_s.arg(QLatin1String(kCurrent)),
                    {date.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<CountyWorkloadRow> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toInt(),
                     q->value(4).toInt()});
    return rows;
}

Result<QList<FeedbackRow>> feedback(CountyDb &db, const QDate &from, const QDate &to)
{
    auto q = db.run(u"SELECT c.form_no, c.id_no, COALESCE(f.name, c.name), c.alive, c.local_date, c.center_code, "
                    "COALESCE(n.name, ''), c.cycle FROM certifications c "
                    "LEFT JOIN forms f ON f.form_no = c.form_no LEFT JOIN centers n ON n.code = c.center_code "
                    "WHERE c.local_date BETWEEN ? AND ? AND c.status = 'accepted' AND %1 "
                    "ORDER BY c.local_date, c.form_no"_s.arg(QLatin1String(kCurrent)),
                    {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<FeedbackRow> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() == 1,
                     QDate::fromString(q->value(4).toString(), Qt::ISODate), q->value(5).toString(),
                     q->value(6).toString(), q->value(7).toInt()});
    return rows;
}

QByteArray feedbackCsv(const QList<FeedbackRow> &rows)
{
    QString out = u"认证表编号,公民身份号码,姓名,是否健在,认证日期,认证机构代码,认证机构,认证年度\r\n"_s;
    for (const FeedbackRow &r : rows)
        out += QStringList{csvField(r.formNo),
                           csvField(r.idNo),
                           csvField(r.name),
                           r.alive ? u"是"_s : u"否"_s,
                           r.certifiedDate.toString(Qt::ISODate),
                           csvField(r.centerCode),
                           csvField(r.centerName),
                           QString::number(r.cycle)}
                   .join(QLatin1Char(',')) +
               u"\r\n"_s;
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QJsonObject feedbackJson(const QList<FeedbackRow> &rows, const QString &countyCode, const QDate &from, const QDate &to)
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
                             {u"cycle"_s, r.cycle}});
    return QJsonObject{{u"format"_s, u"certdesk-feedback"_s}, {u"version"_s, 1},
                       {u"county_code"_s, countyCode},        {u"from"_s, from.toString(Qt::ISODate)},
                       {u"to"_s, to.toString(Qt::ISODate)},   {u"rows"_s, a}};
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
