#pragma once

// The audit heads of the desks (docs/sync-protocol.md, "Audit head"): every push carries the desk's audit head and
// the chain links since the head the county last acknowledged; the county keeps one head per desk certificate
// (each desk has its own database and chain) and takes a new one only if it extends the stored one, recomputing
// the links' hashes from it. A rewritten or shortened chain at the center is refused, and the refusal is logged.

#include "core/result.h"
#include "countydb.h"
#include "protocol/protocol.h"

#include <QDateTime>

namespace certdesk::county {

// Runs inside the push's transaction (so the new head commits with the records). Returns the head the county now
// holds for `serial` (null: an older client that never sent one). Refused with code audit_rewritten (the chain
// does not extend the stored head), audit_gap (the links do not reach back to the stored head: the client starts
// again from it) or audit_missing (no head from a certificate that sent one before); *countyHead is then the
// stored head.
Result<protocol::AuditHead> acceptAuditHead(CountyDb &db, const QString &serial, const QString &center,
                                            const protocol::AuditClaim &claim, const QDateTime &now,
                                            protocol::AuditHead *countyHead);

// A refusal kept after the push's rollback (audit_refusals), so a rewritten chain stays visible at the county.
Status recordAuditRefusal(CountyDb &db, const QString &serial, const QString &center, const QString &code,
                          const protocol::AuditHead &county, const protocol::AuditHead &claimed, const QDateTime &now);

struct AuditHeadRow
{
    QString serial;
    QString center;
    qint64 seq = 0;
    QString hash;
    QString acceptedAt;
    int refusals = 0; // audit refusals logged for this certificate
};
// Every stored head, by center and serial (certdesk-county audit-heads).
Result<QList<AuditHeadRow>> listAuditHeads(CountyDb &db);
// Forgets the heads of a center's certificates (after a restore at the center, once the county has looked): the
// next push of each desk starts a new head. Returns how many were forgotten.
Result<int> resetAuditHeads(CountyDb &db, const QString &center, const QDateTime &now);

} // namespace certdesk::county
