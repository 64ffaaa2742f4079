#include "centerreports.h"

#include "sqlbatch.h"

#include <QCoreApplication>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

Status storeRefusals(CountyDb &db, const QString &center, const QList<protocol::RefusalTally> &tallies)
{
    // Each day listed arrives complete: its earlier tallies are replaced.
    QStringList dates;
    for (const protocol::RefusalTally &t : tallies)
        dates << t.date.toString(Qt::ISODate);
    dates.removeDuplicates();
    if (auto s = selectIn(db, u"DELETE FROM refusal_tallies WHERE center_code = ? AND local_date IN %IN%"_s, {center},
                          dates, [](const QSqlQuery &) {});
        !s)
        return s;
    QList<QVariantList> rows;
    QSet<QString> seen;
    for (const protocol::RefusalTally &t : tallies) {
        const QString key = t.date.toString(Qt::ISODate) + u'\x1f' + t.clerk + u'\x1f' + t.code;
        if (seen.contains(key))
            continue; // the first of a repeated key stands
        seen.insert(key);
        rows << QVariantList{center, t.date.toString(Qt::ISODate), t.clerk, notNull(t.clerkName), t.code, t.count};
    }
    return insertRows(db, u"refusal_tallies"_s,
                      {u"center_code"_s, u"local_date"_s, u"clerk"_s, u"clerk_name"_s, u"code"_s, u"count"_s}, rows);
}

Status storeHandovers(CountyDb &db, const QString &center, const QList<protocol::HandoverBatch> &batches,
                      const QString &at)
{
    for (const protocol::HandoverBatch &b : batches) {
        auto q = db.run(u"SELECT received_at FROM handover_batches WHERE center_code = ? AND batch = ?"_s,
                        {center, b.batch});
        if (!q)
            return q.error();
        if (q->next()) {
            if (!q->value(0).isNull() && !q->value(0).toString().isEmpty())
                continue; // received: the county's record of it stands
            if (auto r = db.run(u"DELETE FROM handover_forms WHERE center_code = ? AND batch = ?"_s, {center, b.batch});
                !r)
                return r.error();
            if (auto r =
                    db.run(u"DELETE FROM handover_batches WHERE center_code = ? AND batch = ?"_s, {center, b.batch});
                !r)
                return r.error();
        }
        if (auto r = db.run(u"INSERT INTO handover_batches(center_code, batch, created_at, created_by, forms, "
                            "synced_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {center, b.batch, b.createdAt.toUTC().toString(Qt::ISODateWithMs), notNull(b.createdBy),
                             int(b.forms.size()), at});
            !r)
            return r.error();
        QList<QVariantList> rows;
        QSet<QString> seen;
        for (const protocol::HandoverForm &f : b.forms) {
            if (seen.contains(f.formNo))
                continue;
            seen.insert(f.formNo);
            rows << QVariantList{
                center, b.batch, f.formNo, notNull(f.name), f.date.toString(Qt::ISODate), notNull(f.clerkName)};
        }
        if (auto s = insertRows(
                db, u"handover_forms"_s,
                {u"center_code"_s, u"batch"_s, u"form_no"_s, u"name"_s, u"local_date"_s, u"clerk_name"_s}, rows);
            !s)
            return s;
    }
    return {};
}

} // namespace

Status storeCenterReport(CountyDb &db, const QString &center, const protocol::PullRequest &request,
                         const QDateTime &now)
{
    if (request.refusals.isEmpty() && request.institution.isNull() && request.handovers.isEmpty() &&
        request.settings.isNull())
        return {};
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = storeRefusals(db, center, request.refusals); !s)
        return s;
    if (!request.institution.isNull()) {
        const protocol::InstitutionRow &i = request.institution;
        if (auto r = db.run(u"UPDATE centers SET institution_name = ?, address = ?, contact = ?, department = ?, "
                            "title = ?, phone = ?, reported_at = ? WHERE code = ?"_s,
                            {i.name, notNull(i.address), notNull(i.contact), notNull(i.department), notNull(i.title),
                             notNull(i.phone), at, center});
            !r)
            return r.error();
    }
    if (!request.settings.isNull()) {
        const protocol::CenterSettingsRow &k = request.settings;
        if (auto r = db.run(u"UPDATE centers SET cycle_policy = ?, window_start = ?, window_end = ?, "
                            "idle_lock_minutes = ? WHERE code = ?"_s,
                            {k.cyclePolicy, k.windowStart, k.windowEnd, k.idleLockMinutes, center});
            !r)
            return r.error();
    }
    if (auto s = storeHandovers(db, center, request.handovers, at); !s)
        return s;
    return tx.commit();
}

Status readCenterProfile(CountyDb &db, const QString &center, protocol::HelloResponse *hello)
{
    auto q = db.run(u"SELECT institution_name, address, contact, department, title, phone, cycle_policy, "
                    "window_start, window_end, idle_lock_minutes FROM centers WHERE code = ?"_s,
                    {center});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    hello->institution = {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    hello->settings = {q->value(6).toString(), q->value(7).toString(), q->value(8).toString(), q->value(9).toInt()};
    return {};
}

Result<QList<InstitutionLine>> institutions(CountyDb &db)
{
    auto q = db.run(u"SELECT code, CASE WHEN institution_name = '' THEN name ELSE institution_name END, address, "
                    "contact, department, title, phone FROM centers ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<InstitutionLine> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), q->value(6).toString()});
    return out;
}

Status receiveHandover(CountyDb &db, const QString &center, int batch, const QStringList &missing, const QDateTime &now)
{
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto q = db.run(u"SELECT received_at FROM handover_batches WHERE center_code = ? AND batch = ?"_s, {center, batch});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::refused(ErrorCode::UnknownBatch,
                              Tr::tr("Center %1 has not sent handover batch %2 (yet): sync the center "
                                     "first.")
                                  .arg(center)
                                  .arg(batch));
    if (!q->value(0).isNull() && !q->value(0).toString().isEmpty())
        return Error::refused(ErrorCode::AlreadyReceived, Tr::tr("Handover batch %1/%2 was already received on %3.")
                                                              .arg(center)
                                                              .arg(batch)
                                                              .arg(q->value(0).toString().left(10)));
    for (const QString &formNo : missing) {
        auto u = db.run(u"UPDATE handover_forms SET missing = 1 WHERE center_code = ? AND batch = ? AND form_no = ?"_s,
                        {center, batch, formNo});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return Error::refused(ErrorCode::NotInBatch,
                                  Tr::tr("Form %1 is not in handover batch %2/%3.").arg(formNo, center).arg(batch));
    }
    if (auto r = db.run(u"UPDATE handover_batches SET received_at = ? WHERE center_code = ? AND batch = ?"_s,
                        {now.toUTC().toString(Qt::ISODateWithMs), center, batch});
        !r)
        return r.error();
    return tx.commit();
}

Result<HandoverOverview> handoverOverview(CountyDb &db, const QDate &today, const QString &countyCode)
{
    HandoverOverview out;
    auto q = db.run(u"SELECT b.center_code, b.batch, b.created_at, b.created_by, b.forms, "
                    "(SELECT COUNT(*) FROM handover_forms f WHERE f.center_code = b.center_code AND f.batch = b.batch "
                    "AND f.missing = 1), COALESCE(b.received_at, '') FROM handover_batches b "
                    "ORDER BY b.center_code, b.batch"_s);
    if (!q)
        return q.error();
    while (q->next())
        out.batches.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                            q->value(4).toInt(), q->value(5).toInt(), q->value(6).toString()});
    // Standing 附表1 records of the centers, certified more than kHandoverDays ago, whose original is in no batch
    // (or was reported missing on receipt).
    auto o = db.run(u"SELECT c.center_code, c.form_no, COALESCE(f.name, c.name), c.local_date, c.clerk_name "
                    "FROM certifications c LEFT JOIN forms f ON f.form_no = c.form_no "
                    "WHERE c.supersedes IS NULL AND c.status = 'accepted' AND c.variant = 'online' "
                    "AND c.local_date <= ? AND c.center_code <> ? AND NOT EXISTS (SELECT 1 FROM handover_forms h "
                    "WHERE h.center_code = c.center_code AND h.form_no = c.form_no AND h.missing = 0) "
                    "ORDER BY c.center_code, c.local_date, c.form_no"_s,
                    {today.addDays(-kHandoverDays).toString(Qt::ISODate), countyCode});
    if (!o)
        return o.error();
    while (o->next())
        out.overdue.append({o->value(0).toString(), o->value(1).toString(), o->value(2).toString(),
                            o->value(3).toString(), o->value(4).toString()});
    return out;
}

} // namespace certdesk::county
