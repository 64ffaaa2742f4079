#include "sync/syncqueue.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QJsonObject>

namespace certdesk {

Result<SyncOverview> SyncQueue::overview()
{
    SyncOverview o;
    Database &db = SessionAccess::db(m_session);
    auto config = loadSyncConfig(db);
    if (!config)
        return config.error();
    o.configured = config->has_value();
    if (o.configured)
        o.server = config->value().serverUrl;
    auto counts = outboxCounts(db);
    if (!counts)
        return counts.error();
    o.counts = counts.value();
    auto last = syncValue(db, QStringLiteral("last_success"));
    if (!last)
        return last.error();
    o.lastSuccess = QDateTime::fromString(last.value(), Qt::ISODateWithMs);
    return o;
}

Result<QList<OutboxProblem>> SyncQueue::problems()
{
    return outboxProblems(SessionAccess::db(m_session));
}

Status SyncQueue::retry(const QString &uuid)
{
    if (auto s = m_session.require(Permission::Sync); !s)
        return s;
    Database &db = SessionAccess::db(m_session);
    const QDateTime now = m_session.clock().now();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto changed = retryOutbox(db, uuid, now);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return Error::refused(ErrorCode::NotRetryable, tr("Only a set-aside or rejected record can be sent again."));
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("sync_retry"),
                                          QJsonObject{{QStringLiteral("uuid"), uuid}}, now);
        !s)
        return s;
    return tx.commit();
}

} // namespace certdesk
