#pragma once

#include "core/result.h"
#include "store/syncstore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace certdesk {

class Session;

struct SyncOverview
{
    bool configured = false;
    QString server;
    OutboxCounts counts;
    QDateTime lastSuccess; // invalid: never
};

// What the status bar and the Sync panel read (on the GUI's own connection), and the panel's one action.
class SyncQueue
{
    Q_DECLARE_TR_FUNCTIONS(SyncQueue)

public:
    explicit SyncQueue(Session &session) : m_session(session) {}

    Result<SyncOverview> overview();
    Result<QList<OutboxProblem>> problems();
    // Puts a quarantined or rejected record back into the queue (audited). Refused "not_retryable" otherwise.
    Status retry(const QString &uuid);

private:
    Session &m_session;
};

} // namespace certdesk
