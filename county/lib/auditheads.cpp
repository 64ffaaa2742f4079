#include "auditheads.h"

#include <QCoreApplication>

namespace certdesk::county {

using namespace Qt::StringLiterals;
using protocol::AuditHead;

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

Error refusal(ErrorCode code, const AuditHead &stored, AuditHead *countyHead, const QString &message)
{
    *countyHead = stored;
    return Error::refused(code, message);
}

Error rewritten(const AuditHead &stored, AuditHead *countyHead)
{
    return refusal(ErrorCode::AuditRewritten, stored, countyHead,
                   Tr::tr("This desk's audit log does not continue the head the county accepted before (#%1): it was "
                          "rewritten or the database was replaced by an older copy.")
                       .arg(stored.seq));
}

} // namespace

Result<AuditHead> acceptAuditHead(CountyDb &db, const QString &serial, const QString &center,
                                  const protocol::AuditClaim &claim, const QDateTime &now, AuditHead *countyHead)
{
    // FOR UPDATE: two pushes of one desk at once (PostgreSQL) take turns on its head; SQLite's BEGIN IMMEDIATE
    // already serialises every push.
    auto q = db.run(db.isPostgres() ? u"SELECT seq, hash FROM audit_heads WHERE serial = ? FOR UPDATE"_s
                                    : u"SELECT seq, hash FROM audit_heads WHERE serial = ?"_s,
                    {serial});
    if (!q)
        return q.error();
    AuditHead stored;
    if (q->next())
        stored = {q->value(0).toLongLong(), q->value(1).toString()};
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    if (claim.isNull()) {
        // An older client: nothing to check. Once a certificate has sent a head, a push without one would skip the
        // check (a downgrade), so it is refused.
        if (!stored.isNull())
            return refusal(ErrorCode::AuditMissing, stored, countyHead,
                           Tr::tr("This desk sent its audit head before; a push without one is refused."));
        return AuditHead{};
    }
    if (stored.isNull()) {
        // The first head of this certificate is taken as it comes (nothing to compare it with).
        if (auto r =
                db.run(u"INSERT INTO audit_heads(serial, center_code, seq, hash, accepted_at) VALUES (?,?,?,?,?)"_s,
                       {serial, center, claim.head.seq, claim.head.hash, at});
            !r)
            return r.error();
        return claim.head;
    }
    const qint64 s = stored.seq;
    if (claim.head.seq < s || (claim.head.seq == s && claim.head.hash != stored.hash))
        return rewritten(stored, countyHead);
    if (claim.head.seq == s)
        return stored;
    const qint64 last = claim.from + claim.links.size(); // the links cover from+1 .. last
    if (claim.from > s || last < s)
        return refusal(ErrorCode::AuditGap, stored, countyHead,
                       Tr::tr("The links of this push do not reach back to the head the county holds (#%1).").arg(s));
    QString prev = stored.hash;
    for (const protocol::AuditLink &l : claim.links) {
        if (l.seq < s)
            continue;
        if (l.seq == s) {
            if (l.hash != stored.hash)
                return rewritten(stored, countyHead);
            continue;
        }
        const QString h = protocol::auditEntryHash(prev, l.seq, l.at, l.actor, l.action, l.detail);
        if (h != l.hash)
            return rewritten(stored, countyHead);
        prev = h;
    }
    if (last == s)
        return stored; // nothing beyond the stored head came with this push
    if (last == claim.head.seq && prev != claim.head.hash)
        return rewritten(stored, countyHead);
    // The links may stop short of the head (at most kMaxAuditLinks a push): the county keeps the last link it
    // checked, and the next push goes on from there.
    if (auto r = db.run(u"UPDATE audit_heads SET seq = ?, hash = ?, accepted_at = ? WHERE serial = ?"_s,
                        {last, prev, at, serial});
        !r)
        return r.error();
    return AuditHead{last, prev};
}

Status recordAuditRefusal(CountyDb &db, const QString &serial, const QString &center, const QString &code,
                          const AuditHead &county, const AuditHead &claimed, const QDateTime &now)
{
    auto r = db.run(u"INSERT INTO audit_head_events(serial, center_code, event, county_seq, claimed_seq, at) "
                    "VALUES (?,?,?,?,?,?)"_s,
                    {serial, center, code, county.isNull() ? QVariant() : QVariant(county.seq),
                     claimed.isNull() ? QVariant() : QVariant(claimed.seq), now.toUTC().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditHeadRow>> listAuditHeads(CountyDb &db)
{
    auto q = db.run(u"SELECT h.serial, h.center_code, h.seq, h.hash, h.accepted_at, "
                    "(SELECT COUNT(*) FROM audit_head_events e WHERE e.serial = h.serial AND e.event <> 'reset') "
                    "FROM audit_heads h ORDER BY h.center_code, h.serial"_s);
    if (!q)
        return q.error();
    QList<AuditHeadRow> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toInt()});
    return rows;
}

Result<int> resetAuditHeads(CountyDb &db, const QString &center, const QDateTime &now)
{
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto heads = db.run(u"SELECT serial, seq FROM audit_heads WHERE center_code = ?"_s, {center});
    if (!heads)
        return heads.error();
    QList<std::pair<QString, qint64>> forgotten;
    while (heads->next())
        forgotten.append({heads->value(0).toString(), heads->value(1).toLongLong()});
    for (const auto &[serial, seq] : forgotten)
        if (auto s = recordAuditRefusal(db, serial, center, u"reset"_s, AuditHead{seq, {}}, AuditHead{}, now); !s)
            return s.error();
    if (auto r = db.run(u"DELETE FROM audit_heads WHERE center_code = ?"_s, {center}); !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(forgotten.size());
}

} // namespace certdesk::county
