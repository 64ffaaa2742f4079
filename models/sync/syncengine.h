#pragma once

#include "core/result.h"
#include "sync/backoff.h"
#include "sync/transport.h"

#include <QCoreApplication>

#include <optional>

namespace certdesk {

class Session;

// What one sync run did. The JSON of `certdesk-admin sync --json` is made from the first seven counters.
struct SyncReport
{
    int pushed = 0;     // records sent (each attempt of a record counts once per request)
    int accepted = 0;   // accepted by the county
    int duplicates = 0; // the county had them already (an earlier answer was lost)
    int conflicts = 0;  // stored at the county and flagged: another record of the same form came first
    int rejected = 0;   // refused by the county, with a reason
    int quarantined = 0;
    int requeued = 0;     // rate-limited records put back into the queue (the county's window had passed)
    int pulledForms = 0;  // pending forms stored (new or changed)
    int pulledDeaths = 0; // death notices stored (new)
    int withdrawals = 0;
    int skipped = 0;       // pulled rows that failed the import validation (left out, counted, not stored)
    bool pushDone = false; // the outbox had nothing left to send
    bool pullDone = false; // the county had nothing more for this center
    std::optional<Error> error;
};

// Push and pull, one step at a time, each step crash-safe:
//  push: the batch is marked 'sent' in a committed transaction before the request goes out; the answers are
//        applied in one transaction. A kill in between leaves 'sent' rows that are simply sent again (the county
//        deduplicates by UUID), so nothing is lost or doubled.
//  pull: a page is stored — forms and deaths through the importer's validation, withdrawals, conflict notices —
//        and the cursor advanced, all in one transaction.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    static constexpr int kQuarantineAfter = 5;
    // The county's ID-mismatch rate-limit window (docs/sync-protocol.md), when its answer names no time.
    static constexpr int kRateLimitWindowSecs = 24 * 3600;
    static constexpr int kPullLimit = protocol::kMaxPullLimit; // fewer round trips and commits; the server clamps

    SyncEngine(Session &session, SyncTransport &transport, BatchSizer &batch)
        : m_session(session), m_transport(transport), m_batch(batch)
    {}

    // One batch of the outbox; sets report.pushDone when nothing is left.
    Status pushBatch(SyncReport &report);
    // One page of changes; sets report.pullDone when the county has no more.
    Status pullPage(SyncReport &report);
    // Puts rate-limited records back into the queue when the county's window has passed (run() starts with it).
    Status requeueRateLimitedRecords(SyncReport &report);
    // once: one push batch and one pull page. Otherwise: until the outbox is drained and the pull is exhausted,
    // or the first error (kept in report.error).
    SyncReport run(bool once);

private:
    Status failBatch(const QStringList &uuids, const Error &error);
    Status applyPush(const QStringList &uuids, const protocol::PushResponse &response, SyncReport &report);
    Status applyPull(const protocol::PullResponse &response, SyncReport &report);

    Session &m_session;
    SyncTransport &m_transport;
    BatchSizer &m_batch;
};

} // namespace certdesk
