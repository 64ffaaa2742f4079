#pragma once

#include "sync/transport.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <memory>

namespace certdesk::test {

// An in-memory county for client tests: it answers push and pull like docs/sync-protocol.md says (uuid
// dedup, first record of a form+cycle stands, corrections inherit their record's standing, scripted rejections and
// failures) without any network. tests/county/tst_county_fakecontract.cpp holds it to the real county's answers.
// Thread-safe: the GUI tests call it from the sync worker thread.
class FakeCounty
{
public:
    // Push answers.
    QHash<QString, QString> rejectFormNos; // form_no → reason code: records of these forms are rejected
    QDateTime retryAfter;                  // set on every rejection when valid (rate_limited answers)
    QList<Error> failNextPushes;           // each push call takes the first one and fails with it
    QList<Error> failNextPulls;
    QSet<QString> poisonUuids;                  // any batch containing one of these fails with server_error
    int timeoutAbove = 0;                       // >0: a push of more records than this times out
    QString centerCode = QStringLiteral("C01"); // the center whose client pushes here

    // Pull side: the change log.
    void addForm(const Form &form);
    void addWithdrawal(const QString &formNo);
    void addDeath(const DeathNotice &death);
    void addConflictNotice(const protocol::ConflictNotice &notice);
    // Another center certified `formNo` in `cycle` first (so this center's record becomes a conflict).
    void certifiedElsewhere(const QString &formNo, int cycle, const QString &center = QStringLiteral("C99"),
                            const QString &uuid = QStringLiteral("00000000-0000-4000-8000-000000000001"));

    // What happened.
    int pushCalls() const;
    int pullCalls() const;
    QList<int> batchSizes() const;
    int storedCount() const;                      // distinct uuids stored
    int timesReceived(const QString &uuid) const; // how often a uuid came in

    std::unique_ptr<SyncTransport> transport(); // a handle for a SyncEngine / SyncWorker
    int pageSize = 1000;

    Result<protocol::PushResponse> push(const protocol::PushRequest &request);
    Result<protocol::PullResponse> pull(const protocol::PullRequest &request);

private:
    mutable QMutex m_mutex;
    QList<protocol::Change> m_log;
    QHash<QString, protocol::PushResult> m_stored; // uuid → first answer
    QHash<QString, QString> m_first;               // form_no|cycle → center:uuid that stands
    QSet<QString> m_corrected;                     // uuids a stored correction supersedes
    QHash<QString, int> m_received;
    QList<int> m_batchSizes;
    int m_pushCalls = 0;
    int m_pullCalls = 0;
};

} // namespace certdesk::test
