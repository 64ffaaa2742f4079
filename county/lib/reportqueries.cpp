#include "reportqueries.h"

#include "countyreports.h"
#include "protocol/protocol.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

QJsonObject envelope(const char *report)
{
    return {{u"protocol"_s, protocol::kVersion}, {u"report"_s, QLatin1String(report)}, {u"version"_s, 1}};
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

struct Progress
{
    qint64 forms = 0, withdrawn = 0, alive = 0, deceased = 0, recent = 0;
    QString lastSync; // ISO, empty = never
};

QJsonObject progressJson(const Progress &p, const ReportClock &clock)
{
    const qint64 due = p.forms - p.withdrawn - p.deceased;
    const qint64 remaining = qMax<qint64>(0, due - p.alive);
    const double pace = double(p.recent) / kPaceDays;
    QJsonValue finish(QJsonValue::Null);
    if (remaining == 0)
        finish = clock.today.toString(Qt::ISODate);
    else if (pace > 0)
        finish = clock.today.addDays(qint64(std::ceil(double(remaining) / pace))).toString(Qt::ISODate);
    return {{u"forms"_s, double(p.forms)},
            {u"withdrawn"_s, double(p.withdrawn)},
            {u"deceased"_s, double(p.deceased)},
            {u"due"_s, double(due)},
            {u"alive"_s, double(p.alive)},
            {u"remaining"_s, double(remaining)},
            {u"share"_s, due > 0 ? double(p.alive) / double(due) : 1.0},
            {u"pace"_s, std::round(pace * 10) / 10},
            {u"projected_finish"_s, finish},
            {u"last_sync"_s, p.lastSync.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.lastSync)}};
}

} // namespace

QString maskIdNumber(const QString &idNo)
{
    if (idNo.size() <= 10)
        return QString(idNo.size(), QLatin1Char('*'));
    return idNo.left(6) + QString(idNo.size() - 10, QLatin1Char('*')) + idNo.right(4);
}

Result<QJsonObject> overviewReport(CountyDb &db, const ReportClock &clock, int cycle)
{
    if (cycle <= 0) {
        auto c = db.run(u"SELECT MAX(cycle) FROM progress_tallies WHERE forms <> 0"_s);
        if (!c)
            return c.error();
        cycle = c->next() && !c->value(0).isNull() ? c->value(0).toInt() : clock.today.year();
    }
    const QString since = clock.today.addDays(1 - kPaceDays).toString(Qt::ISODate);
    // The tallies kept by every write (tallies.h): one row per center, the recent days per center.
    auto q =
        db.run(u"SELECT t.center_code, t.forms, t.withdrawn, t.alive, t.deceased, "
               "(SELECT COALESCE(SUM(d.certified), 0) FROM progress_days d WHERE d.center_code = t.center_code "
               "AND d.cycle = t.cycle AND d.day >= ?) FROM progress_tallies t WHERE t.cycle = ? AND t.forms <> 0"_s,
               {since, cycle});
    if (!q)
        return q.error();
    QHash<QString, Progress> byCenter;
    while (q->next()) {
        Progress &p = byCenter[q->value(0).toString()];
        p.forms = q->value(1).toLongLong();
        p.withdrawn = q->value(2).toLongLong();
        p.alive = q->value(3).toLongLong();
        p.deceased = q->value(4).toLongLong();
        p.recent = q->value(5).toLongLong();
    }
    auto n = db.run(u"SELECT code, name, last_contact_at FROM centers ORDER BY code"_s);
    if (!n)
        return n.error();
    QJsonArray centers;
    Progress total;
    bool anyNever = false;
    while (n->next()) {
        const QString code = n->value(0).toString();
        Progress p = byCenter.take(code);
        p.lastSync = n->value(2).toString();
        QJsonObject o = progressJson(p, clock);
        o.insert(u"center"_s, code);
        o.insert(u"center_name"_s, n->value(1).toString());
        centers.append(o);
        total.forms += p.forms;
        total.withdrawn += p.withdrawn;
        total.alive += p.alive;
        total.deceased += p.deceased;
        total.recent += p.recent;
        // data as of: the oldest last sync among the centers summed (a center that never synced: unknown).
        if (p.lastSync.isEmpty())
            anyNever = true;
        else if (total.lastSync.isEmpty() || p.lastSync < total.lastSync)
            total.lastSync = p.lastSync;
    }
    for (auto it = byCenter.cbegin(); it != byCenter.cend(); ++it) { // forms listed for a center never enrolled
        Progress p = it.value();
        QJsonObject o = progressJson(p, clock);
        o.insert(u"center"_s, it.key());
        o.insert(u"center_name"_s, QString());
        centers.append(o);
        total.forms += p.forms;
        total.withdrawn += p.withdrawn;
        total.alive += p.alive;
        total.deceased += p.deceased;
        total.recent += p.recent;
        anyNever = true;
    }
    QJsonObject t = progressJson(total, clock);
    t.remove(u"last_sync"_s);
    const QDate windowEnd(cycle, 6, 30);
    QJsonObject o = envelope("overview");
    o.insert(u"generated_at"_s, iso(clock.now));
    o.insert(u"today"_s, clock.today.toString(Qt::ISODate));
    o.insert(u"cycle"_s, cycle);
    o.insert(u"window_end"_s, windowEnd.toString(Qt::ISODate));
    o.insert(u"days_left"_s, double(qMax<qint64>(0, clock.today.daysTo(windowEnd))));
    o.insert(u"data_as_of"_s,
             anyNever || total.lastSync.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(total.lastSync));
    o.insert(u"centers"_s, centers);
    o.insert(u"total"_s, t);
    return o;
}

Result<QJsonObject> centersReport(CountyDb &db, const ReportClock &clock)
{
    const QDate monday = clock.today.addDays(1 - clock.today.dayOfWeek());
    const QString today = clock.today.toString(Qt::ISODate);
    const QString paceFrom = clock.today.addDays(-kPaceDays).toString(Qt::ISODate);
    // Correlated sub-queries, each one index range: the newest arrival (certifications by center and arrival), the
    // rest from the workload tallies (tallies.h: 'a' rows count every record on its arrival day, 'w' rows the
    // original records on their own day).
    const QString originals = u"w.online_alive + w.online_deceased + w.mail_alive + w.mail_deceased"_s;
    const QString tally =
        u"(SELECT %1 FROM workload_tallies w WHERE w.center_code = n.code AND w.basis = '%2' AND %3)"_s;
    auto q = db.run(
        u"SELECT n.code, n.name, n.last_contact_at, n.program_version, n.clock_offset_ms, n.waiting, "
        "(SELECT MAX(c.received_at) FROM certifications c WHERE c.center_code = n.code), "_s +
            tally.arg(u"COALESCE(SUM(%1 + w.corrections), 0)"_s.arg(originals), u"a"_s, u"w.day >= ?"_s) + u", "_s +
            tally.arg(u"COALESCE(SUM(%1 + w.corrections), 0)"_s.arg(originals), u"a"_s, u"w.day >= ?"_s) +
            u", (SELECT MAX(t.not_after) FROM certificates t WHERE t.center_code = n.code AND t.revoked_at IS NULL), "_s +
            tally.arg(u"COALESCE(SUM(%1), 0)"_s.arg(originals), u"w"_s, u"w.day = ?"_s) + u", "_s +
            tally.arg(u"COALESCE(SUM(%1), 0)"_s.arg(originals), u"w"_s, u"w.day >= ? AND w.day < ?"_s) + u", "_s +
            tally.arg(u"COUNT(DISTINCT w.day)"_s, u"w"_s, u"w.day >= ? AND w.day < ? AND %1 > 0"_s.arg(originals)) +
            u" FROM centers n ORDER BY n.code"_s,
        {today, monday.toString(Qt::ISODate), today, paceFrom, today, paceFrom, today});
    if (!q)
        return q.error();
    QJsonArray silent;
    QJsonArray others;
    while (q->next()) {
        const QString lastContact = q->value(2).toString();
        const QDateTime contact = QDateTime::fromString(lastContact, Qt::ISODateWithMs);
        const qint64 silentDays = contact.isValid() ? contact.toLocalTime().date().daysTo(clock.today) : -1;
        const QString notAfter = q->value(9).toString();
        const QDateTime expiry = QDateTime::fromString(notAfter, Qt::ISODateWithMs);
        const qint64 todayCount = q->value(10).toLongLong();
        const qint64 workDays = q->value(12).toLongLong();
        const double usual = workDays > 0 ? double(q->value(11).toLongLong()) / double(workDays) : 0.0;
        QJsonArray reasons;
        if (silentDays < 0 || silentDays >= kSilentContactDays)
            reasons.append(u"no_contact"_s);
        // "Far below its own usual pace": under a quarter of its average working day, once that average means
        // something (8 or more a day).
        if (usual >= 8 && double(todayCount) < usual / 4)
            reasons.append(u"slow"_s);
        if (!expiry.isValid() || clock.now.daysTo(expiry) < kCertWarnDays)
            reasons.append(u"cert_expiring"_s);
        const QString band = silentDays < 0 || silentDays >= kAlertContactDays ? u"alert"_s
                             : silentDays >= kSilentContactDays                ? u"warn"_s
                                                                               : u"ok"_s;
        QJsonObject o{{u"center"_s, q->value(0).toString()},
                      {u"center_name"_s, q->value(1).toString()},
                      {u"last_contact"_s, textOrNull(q->value(2))},
                      {u"days_since_contact"_s, silentDays < 0 ? QJsonValue(QJsonValue::Null) : double(silentDays)},
                      {u"band"_s, band},
                      {u"last_certification_received"_s, textOrNull(q->value(6))},
                      {u"received_today"_s, double(q->value(7).toLongLong())},
                      {u"received_week"_s, double(q->value(8).toLongLong())},
                      {u"certified_today"_s, double(todayCount)},
                      {u"usual_per_day"_s, std::round(usual * 10) / 10},
                      {u"waiting"_s, q->value(5).isNull() ? QJsonValue(QJsonValue::Null) : q->value(5).toDouble()},
                      {u"program_version"_s, textOrNull(q->value(3))},
                      {u"clock_offset_ms"_s,
                       q->value(4).isNull() ? QJsonValue(QJsonValue::Null) : double(q->value(4).toLongLong())},
                      {u"cert_not_after"_s, textOrNull(q->value(9))},
                      {u"silent"_s, !reasons.isEmpty()},
                      {u"silent_reasons"_s, reasons}};
        (reasons.isEmpty() ? others : silent).append(o);
    }
    for (const auto &v : others)
        silent.append(v);
    QJsonObject o = envelope("centers");
    o.insert(u"generated_at"_s, iso(clock.now));
    o.insert(u"today"_s, clock.today.toString(Qt::ISODate));
    o.insert(u"centers"_s, silent);
    return o;
}

Result<QJsonObject> workloadReport(CountyDb &db, const QDate &from, const QDate &to, const QString &center,
                                   bool byArrival)
{
    auto rows = workload(db, from, to, center, byArrival);
    if (!rows)
        return rows.error();
    QMap<QDate, QList<WorkloadRow>> perDay;
    QMap<QPair<QString, QString>, QList<WorkloadRow>> perClerk;
    QJsonArray rowArray;
    for (const WorkloadRow &r : rows.value()) {
        perDay[r.date].append(r);
        perClerk[{r.center, r.clerk}].append(r);
        rowArray.append(workloadRowJson(r));
    }
    QJsonArray days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        WorkloadRow t = workloadTotal(perDay.value(d));
        t.date = d;
        QJsonObject o = workloadRowJson(t);
        o.remove(u"center"_s);
        o.remove(u"clerk"_s);
        o.remove(u"clerk_name"_s);
        days.append(o);
    }
    QJsonArray clerks;
    for (auto it = perClerk.cbegin(); it != perClerk.cend(); ++it) {
        WorkloadRow t = workloadTotal(it.value());
        t.center = it.key().first;
        t.clerk = it.key().second;
        t.clerkName = it.value().constLast().clerkName;
        QJsonObject o = workloadRowJson(t);
        o.remove(u"date"_s);
        clerks.append(o);
    }
    QJsonObject total = workloadRowJson(workloadTotal(rows.value()));
    for (const char *k : {"date", "center", "clerk", "clerk_name"})
        total.remove(QLatin1String(k));
    QJsonObject o = envelope("workload");
    o.insert(u"from"_s, from.toString(Qt::ISODate));
    o.insert(u"to"_s, to.toString(Qt::ISODate));
    o.insert(u"center"_s, center.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(center));
    o.insert(u"by"_s, byArrival ? u"arrival"_s : u"work"_s);
    o.insert(u"days"_s, days);
    o.insert(u"clerks"_s, clerks);
    o.insert(u"rows"_s, rowArray);
    o.insert(u"total"_s, total);
    return o;
}

} // namespace certdesk::county
