#include "store/syncstore.h"

#include "store/database.h"

namespace certdesk {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<OutboxCounts> outboxCounts(Database &db)
{
    auto q = db.cached("SELECT "
                       "sum(CASE WHEN state IN ('pending', 'sent') AND quarantined = 0 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN state = 'acked' THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN state = 'conflict' THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN state = 'rejected' THEN 1 ELSE 0 END), "
                       "sum(quarantined) FROM outbox");
    if (!q)
        return q.error();
    auto row = fetchOne<OutboxCounts>(*q.value(), [](const Statement &s) {
        return OutboxCounts{int(s.int64(0)), int(s.int64(1)), int(s.int64(2)), int(s.int64(3)), int(s.int64(4))};
    });
    if (!row)
        return row.error();
    return row->value_or(OutboxCounts{});
}

Result<QStringList> nextOutboxBatch(Database &db, int limit)
{
    auto q = db.cached("SELECT o.uuid FROM outbox o JOIN certifications c ON c.uuid = o.uuid "
                       "WHERE o.state IN ('pending', 'sent') AND o.quarantined = 0 ORDER BY c.id LIMIT ?");
    if (!q)
        return q.error();
    q.value()->bind(1, limit);
    auto rows = fetchAll<QString>(*q.value(), [](const Statement &s) { return s.text(0); });
    if (!rows)
        return rows.error();
    return QStringList(rows.value());
}

Status markOutbox(Database &db, const QString &uuid, const char *state, const QString &reason,
                  const QString &conflictWith, const QDateTime &now)
{
    auto q = db.cached("UPDATE outbox SET state = ?, last_error = ?, conflict_with = ?, updated_at = ? WHERE uuid = ?");
    if (!q)
        return q.error();
    auto orNull = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    if (auto s = q.value()
                     ->bindAll(QString::fromLatin1(state), orNull(reason), orNull(conflictWith), stamp(now), uuid)
                     .run();
        !s)
        return s;
    if (db.changes() != 1)
        return Error::internal(QStringLiteral("outbox row missing for a certification"));
    return {};
}

Result<bool> recordOutboxFailure(Database &db, const QString &uuid, const QString &reason, int limit,
                                 const QDateTime &now)
{
    auto q = db.cached("UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ?, "
                       "quarantined = CASE WHEN attempts + 1 >= ? THEN 1 ELSE 0 END, updated_at = ? WHERE uuid = ?");
    if (!q)
        return q.error();
    if (auto s = q.value()->bindAll(reason, limit, stamp(now), uuid).run(); !s)
        return s.error();
    auto check = db.cached("SELECT quarantined FROM outbox WHERE uuid = ?");
    if (!check)
        return check.error();
    check.value()->bind(1, uuid);
    auto flag = fetchOne<bool>(*check.value(), [](const Statement &s) { return s.int64(0) != 0; });
    if (!flag)
        return flag.error();
    return flag->value_or(false);
}

Result<bool> retryOutbox(Database &db, const QString &uuid, const QDateTime &now)
{
    auto q = db.cached("UPDATE outbox SET state = 'pending', attempts = 0, quarantined = 0, last_error = NULL, "
                       "updated_at = ? WHERE uuid = ? AND (quarantined = 1 OR state = 'rejected')");
    if (!q)
        return q.error();
    if (auto s = q.value()->bindAll(stamp(now), uuid).run(); !s)
        return s.error();
    return db.changes() == 1;
}

namespace {
const QString kRateLimitedKey = QStringLiteral("rate_limited_until");
} // namespace

Status noteRateLimited(Database &db, const QDateTime &until)
{
    auto current = rateLimitedUntil(db);
    if (!current)
        return current.error();
    if (current->isValid() && current.value() >= until)
        return {};
    return setSyncValue(db, kRateLimitedKey, stamp(until));
}

Result<QDateTime> rateLimitedUntil(Database &db)
{
    auto v = syncValue(db, kRateLimitedKey);
    if (!v)
        return v.error();
    return v->isEmpty() ? QDateTime() : QDateTime::fromString(v.value(), Qt::ISODateWithMs);
}

Result<int> requeueRateLimited(Database &db, const QDateTime &now)
{
    auto until = rateLimitedUntil(db);
    if (!until)
        return until.error();
    if (!until->isValid() || now < until.value())
        return 0;
    auto q = db.cached("UPDATE outbox SET state = 'pending', attempts = 0, updated_at = ? WHERE state = 'rejected' "
                       "AND (last_error = 'rate_limited' OR last_error LIKE 'rate_limited:%')");
    if (!q)
        return q.error();
    if (auto s = q.value()->bindAll(stamp(now)).run(); !s)
        return s.error();
    const int requeued = db.changes();
    auto forget = db.cached("DELETE FROM sync_state WHERE key = ?");
    if (!forget)
        return forget.error();
    if (auto s = forget.value()->bindAll(kRateLimitedKey).run(); !s)
        return s.error();
    return requeued;
}

Result<QList<OutboxProblem>> outboxProblems(Database &db)
{
    auto q = db.prepare(
        "SELECT o.uuid, f.form_no, a.username, c.certified_at, o.state, o.quarantined, o.attempts, "
        "o.last_error, o.conflict_with, a.full_name FROM outbox o JOIN certifications c ON c.uuid = o.uuid "
        "JOIN forms f ON f.id = c.form_id JOIN accounts a ON a.id = c.clerk_id "
        "WHERE o.state IN ('conflict', 'rejected') OR o.quarantined = 1 OR o.conflict_with IS NOT NULL ORDER BY c.id");
    if (!q)
        return q.error();
    return fetchAll<OutboxProblem>(q.value(), [](const Statement &s) {
        OutboxProblem p;
        p.uuid = s.text(0);
        p.formNo = s.text(1);
        p.clerk = s.text(2);
        p.certifiedAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        p.state = s.text(4);
        p.quarantined = s.int64(5) != 0;
        p.attempts = int(s.int64(6));
        p.reason = s.text(7);
        p.conflictWith = s.text(8);
        p.clerkName = s.text(9);
        if (p.state == QLatin1String("rejected"))
            p.rejection = errorCodeFromWord(p.reason.section(QStringLiteral(": "), 0, 0), ErrorCode::Internal);
        return p;
    });
}

Result<QString> outboxState(Database &db, const QString &uuid)
{
    auto q = db.cached("SELECT state FROM outbox WHERE uuid = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    auto v = fetchOne<QString>(*q.value(), [](const Statement &s) { return s.text(0); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Result<QString> syncValue(Database &db, const QString &key)
{
    auto q = db.cached("SELECT value FROM sync_state WHERE key = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, key);
    auto v = fetchOne<QString>(*q.value(), [](const Statement &s) { return s.text(0); });
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Status setSyncValue(Database &db, const QString &key, const QString &value)
{
    auto q = db.cached("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)");
    if (!q)
        return q.error();
    return q.value()->bindAll(key, value).run();
}

Result<std::optional<SyncConfigRow>> loadSyncConfig(Database &db)
{
    auto q = db.cached("SELECT server_url, cert_pem, key_pem, ca_pem, configured_at, configured_by FROM sync_config "
                       "WHERE id = 1");
    if (!q)
        return q.error();
    return fetchOne<SyncConfigRow>(*q.value(), [](const Statement &s) {
        return SyncConfigRow{
            s.text(0), s.text(1), s.text(2), s.text(3), QDateTime::fromString(s.text(4), Qt::ISODateWithMs), s.text(5)};
    });
}

Status saveSyncConfig(Database &db, const SyncConfigRow &r)
{
    auto q = db.cached("INSERT OR REPLACE INTO sync_config(id, server_url, cert_pem, key_pem, ca_pem, configured_at, "
                       "configured_by) VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    return q.value()->bindAll(r.serverUrl, r.certPem, r.keyPem, r.caPem, stamp(r.configuredAt), r.configuredBy).run();
}

} // namespace certdesk

namespace certdesk {

Status replaceForm(Database &db, qint64 formId, const Form &f)
{
    auto q = db.cached("UPDATE forms SET check_code = ?, variant = ?, name = ?, sex = ?, birth = ?, id_no = ?, "
                       "person_no = ?, address = ?, postcode = ?, phone = ?, insured_agency = ?, due_date = ?, "
                       "cycle = ?, reply_unit = ?, reply_address = ?, reply_postcode = ?, reply_phone = ?, "
                       "status = 'pending' WHERE id = ?");
    if (!q)
        return q.error();
    const Person &p = f.person;
    auto v = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    return q.value()
        ->bindAll(v(f.checkCode), variantKey(f.variant), p.name, QString(p.sex), p.birth, p.idNo, v(p.personNo),
                  v(p.address), v(p.postcode), v(p.phone), v(f.insuredAgency), f.dueDate.toString(Qt::ISODate), f.cycle,
                  v(f.reply.unit), v(f.reply.address), v(f.reply.postcode), v(f.reply.phone), formId)
        .run();
}

Result<bool> setFormStatus(Database &db, const QString &formNo, const QString &status)
{
    auto q = db.cached("UPDATE forms SET status = ? WHERE form_no = ?");
    if (!q)
        return q.error();
    if (auto s = q.value()->bindAll(status, formNo).run(); !s)
        return s.error();
    return db.changes() == 1;
}

Status noteConflict(Database &db, const QString &uuid, bool ours, const QString &reason, const QString &otherUuid,
                    const QDateTime &now)
{
    // "ours" (this record came second): an acked record turns into a conflict; "theirs": it stays acked and
    // carries the note, so the Sync panel shows both sides of the story.
    auto q = ours ? db.cached("UPDATE outbox SET state = CASE WHEN state IN ('acked', 'sent') THEN 'conflict' "
                              "ELSE state END, last_error = ?, conflict_with = ?, updated_at = ? WHERE uuid = ?")
                  : db.cached("UPDATE outbox SET last_error = ?, conflict_with = ?, updated_at = ? WHERE uuid = ?");
    if (!q)
        return q.error();
    return q.value()->bindAll(reason, otherUuid, now.toUTC().toString(Qt::ISODateWithMs), uuid).run();
}

Status noteCertifiedElsewhere(Database &db, const ElsewhereNote &n, const QDateTime &now)
{
    auto q =
        db.cached("INSERT OR IGNORE INTO certified_elsewhere(form_no, cycle, center_code, center_name, local_date, "
                  "noted_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    return q.value()
        ->bindAll(n.formNo, n.cycle, n.centerCode, n.centerName.isNull() ? QStringLiteral("") : n.centerName,
                  n.date.toString(Qt::ISODate), now.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

Result<std::optional<ElsewhereNote>> findCertifiedElsewhere(Database &db, const QString &formNo, int cycle)
{
    auto q = db.cached("SELECT form_no, cycle, center_code, center_name, local_date FROM certified_elsewhere "
                       "WHERE form_no = ? AND cycle = ?");
    if (!q)
        return q.error();
    q.value()->bindAll(formNo, cycle);
    return fetchOne<ElsewhereNote>(*q.value(), [](const Statement &st) {
        return ElsewhereNote{st.text(0), int(st.int64(1)), st.text(2), st.text(3),
                             QDate::fromString(st.text(4), Qt::ISODate)};
    });
}

} // namespace certdesk
