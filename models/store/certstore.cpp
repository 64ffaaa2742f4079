#include "store/certstore.h"

#include "store/database.h"

#include <QMap>

namespace certdesk {

namespace {

#define CERT_SELECT                                                                                                    \
    "SELECT c.uuid, f.form_no, c.form_id, c.cycle, c.alive, c.method, a.username, a.full_name, c.center_code, "        \
    "c.certified_at, c.local_date, c.new_address, c.new_postcode, c.new_phone, c.remark, c.supersedes, "               \
    "c.correction_reason, o.username, c.override_reason, ob.state "                                                    \
    "FROM certifications c JOIN forms f ON f.id = c.form_id JOIN accounts a ON a.id = c.clerk_id "                     \
    "LEFT JOIN accounts o ON o.id = c.override_by LEFT JOIN outbox ob ON ob.uuid = c.uuid "

CertificationRecord readRecord(const Statement &q)
{
    CertificationRecord r;
    r.uuid = q.text(0);
    r.formNo = q.text(1);
    r.formId = q.int64(2);
    r.cycle = int(q.int64(3));
    r.alive = q.int64(4) != 0;
    methodFromKey(q.text(5), &r.method);
    r.clerk = q.text(6);
    r.clerkName = q.text(7);
    r.centerCode = q.text(8);
    r.certifiedAt = QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
    r.localDate = QDate::fromString(q.text(10), Qt::ISODate);
    r.change = {q.text(11), q.text(12), q.text(13)};
    r.remark = q.text(14);
    r.supersedes = q.text(15);
    r.correctionReason = q.text(16);
    r.overrideBy = q.text(17);
    r.overrideReason = q.text(18);
    r.syncState = q.text(19);
    return r;
}

} // namespace

Result<std::optional<CertificationRecord>> findCertification(Database &db, const QString &uuid)
{
    auto q = db.cached(CERT_SELECT "WHERE c.uuid = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    return fetchOne<CertificationRecord>(*q.value(), readRecord);
}

Result<bool> isSuperseded(Database &db, const QString &uuid)
{
    auto q = db.cached("SELECT count(*) FROM certifications WHERE supersedes = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    auto row = q.value()->step();
    if (!row)
        return row.error();
    const bool superseded = q.value()->int64(0) > 0;
    q.value()->reset();
    return superseded;
}

Status insertCertification(Database &db, const CertificationRecord &r, qint64 clerkId,
                           std::optional<qint64> overrideById)
{
    auto q = db.cached("INSERT INTO certifications(uuid, form_id, cycle, alive, method, clerk_id, center_code, "
                       "certified_at, local_date, new_address, new_postcode, new_phone, remark, supersedes, "
                       "correction_reason, override_by, override_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q)
        return q.error();
    Statement *s = q.value();
    auto orNull = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    s->bindAll(r.uuid, r.formId, r.cycle, r.alive, methodKey(r.method), clerkId, r.centerCode,
               r.certifiedAt.toUTC().toString(Qt::ISODateWithMs), r.localDate.toString(Qt::ISODate), r.change.address,
               r.change.postcode, r.change.phone, r.remark.isNull() ? QStringLiteral("") : r.remark,
               orNull(r.supersedes), orNull(r.correctionReason));
    if (overrideById)
        s->bind(16, *overrideById);
    else
        s->bindNull(16);
    s->bind(17, orNull(r.overrideReason));
    if (auto st = s->run(); !st)
        return st;
    auto ob = db.cached("INSERT INTO outbox(uuid, state, updated_at) VALUES (?, 'pending', ?)");
    if (!ob)
        return ob.error();
    return ob.value()->bindAll(r.uuid, r.certifiedAt.toUTC().toString(Qt::ISODateWithMs)).run();
}

Result<QList<CertificationRecord>> certificationsBetween(Database &db, const QDate &from, const QDate &to,
                                                         bool currentOnly)
{
    auto q = currentOnly ? db.prepare(CERT_SELECT "WHERE c.local_date BETWEEN ? AND ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM certifications s WHERE s.supersedes = c.uuid) "
                                                  "ORDER BY c.certified_at, c.id")
                         : db.prepare(CERT_SELECT "WHERE c.local_date BETWEEN ? AND ? ORDER BY c.certified_at, c.id");
    if (!q)
        return q.error();
    q->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return fetchAll<CertificationRecord>(q.value(), readRecord);
}

Status recordRefusal(Database &db, qint64 clerkId, ErrorCode code, const QDateTime &at, const QDate &localDate)
{
    auto q = db.cached("INSERT INTO refusals(at, local_date, clerk_id, code) VALUES (?,?,?,?)");
    if (!q)
        return q.error();
    return q.value()
        ->bindAll(at.toUTC().toString(Qt::ISODateWithMs), localDate.toString(Qt::ISODate), clerkId, errorCodeWord(code))
        .run();
}

Result<QList<WorkloadRow>> workloadBetween(Database &db, const QDate &from, const QDate &to)
{
    // One pass over certifications and one over refusals, merged by (date, clerk) in a sorted map.
    // A work item is an original certification (o), counted on its day for its clerk; what it says —
    // alive or deceased, an information change — is read from the newest record of its chain (t), so a
    // correction changes the figures without counting as new work.
    auto certs = db.prepare("SELECT o.local_date, a.username, sum(t.alive), sum(1 - t.alive), "
                            "sum(CASE WHEN t.new_address IS NOT NULL OR t.new_postcode IS NOT NULL "
                            "OR t.new_phone IS NOT NULL THEN 1 ELSE 0 END) "
                            "FROM certifications o JOIN accounts a ON a.id = o.clerk_id "
                            "JOIN certifications t ON t.form_id = o.form_id AND t.cycle = o.cycle "
                            "AND NOT EXISTS (SELECT 1 FROM certifications s WHERE s.supersedes = t.uuid) "
                            "WHERE o.supersedes IS NULL AND o.local_date BETWEEN ?1 AND ?2 "
                            "GROUP BY o.local_date, a.username");
    auto refusals = db.prepare("SELECT r.local_date, a.username, count(*) FROM refusals r "
                               "JOIN accounts a ON a.id = r.clerk_id WHERE r.local_date BETWEEN ?1 AND ?2 "
                               "GROUP BY r.local_date, a.username");
    if (!certs)
        return certs.error();
    if (!refusals)
        return refusals.error();
    QMap<QPair<QString, QString>, WorkloadRow> rows;
    for (Statement *q : {&certs.value(), &refusals.value()}) {
        q->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        const bool isCerts = q == &certs.value();
        for (;;) {
            auto row = q->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            WorkloadRow &w = rows[{q->text(0), q->text(1)}];
            w.date = QDate::fromString(q->text(0), Qt::ISODate);
            w.clerk = q->text(1);
            if (isCerts) {
                w.alive = int(q->int64(2));
                w.deceased = int(q->int64(3));
                w.addressChanges = int(q->int64(4));
            } else {
                w.refusals = int(q->int64(2));
            }
        }
    }
    return rows.values();
}

} // namespace certdesk
