#include "store/auditlinks.h"

#include "store/database.h"

namespace certdesk {

Result<protocol::AuditHead> auditHead(Database &db)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return protocol::AuditHead{0, protocol::kAuditGenesis};
    const QString v = q->text(0);
    const qsizetype colon = v.indexOf(QLatin1Char(':'));
    return protocol::AuditHead{v.left(colon).toLongLong(), v.mid(colon + 1)};
}

Result<QList<protocol::AuditLink>> auditLinks(Database &db, qint64 after, int limit)
{
    auto q = db.prepare("SELECT seq, at, actor, action, detail, hash FROM audit WHERE seq > ? ORDER BY seq LIMIT ?");
    if (!q)
        return q.error();
    q->bindAll(after, limit);
    QList<protocol::AuditLink> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append({q->int64(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5)});
    }
    return out;
}

} // namespace certdesk
