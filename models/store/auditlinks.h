#pragma once

// The audit log as the county sees it (docs/sync-protocol.md, "Audit head"): the head and the entries after a seq,
// each with its text exactly as hashed. Apart from auditlog.h, which half the tree includes.

#include "core/result.h"
#include "protocol/protocol.h"

#include <QList>

namespace certdesk {

class Database;

// The head as kept in meta (seq 0 and the genesis hash before the first entry).
Result<protocol::AuditHead> auditHead(Database &db);
// Up to `limit` entries after seq `after`, in order.
Result<QList<protocol::AuditLink>> auditLinks(Database &db, qint64 after, int limit);

} // namespace certdesk
