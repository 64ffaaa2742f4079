// The sync client's outbox and pull against an in-memory county: state machine, duplicates after a lost
// answer, conflicts and rejections, quarantine, batch adaptation.
#include "sessionaccess.h"
#include "syncdesk.h"
#include "testpki.h"

#include "core/crypto.h"
#include "io/importrows.h"
#include "services/certification.h"
#include "services/demo.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/syncstore.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "sync/syncqueue.h"
#include "sync/syncworker.h"
#include "testerrorcode.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestSyncClient : public test::SyncDeskTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUpDesk();
        QVERIFY(m_clerk);
    }

    void cleanup() { tearDownDesk(); }

    void pushMarksAcceptedRecordsAcked()
    {
        const QStringList uuids{certify(0), certify(1), certify(2)};
        QCOMPARE(state(uuids[0]), QStringLiteral("pending"));
        QCOMPARE(SyncQueue(*m_clerk).overview()->counts.pending, 3);
        const SyncReport r = run(false);
        QVERIFY(!r.error);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.accepted, 3);
        QVERIFY(r.pushDone && r.pullDone);
        for (const QString &u : uuids)
            QCOMPARE(state(u), QStringLiteral("acked"));
        auto overview = SyncQueue(*m_clerk).overview();
        QCOMPARE(overview->counts.pending, 0);
        QCOMPARE(overview->counts.acked, 3);
        QCOMPARE(overview->lastSuccess, m_center->clock.now());
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'sync_push'"), 1);
        // Nothing left: a second run sends nothing.
        const SyncReport again = run(false);
        QCOMPARE(again.pushed, 0);
        QCOMPARE(m_county->pushCalls(), 1);
    }

    void batchIsCommittedSentBeforeTheRequest()
    {
        const QStringList uuids{certify(0), certify(1)};
        // A transport that looks at the database through another connection while the request is "on the wire",
        // then dies like a killed process would (no answer).
        struct Observer final : SyncTransport
        {
            Session *probe = nullptr;
            QStringList seen;
            Result<protocol::PushResponse> push(const protocol::PushRequest &r) override
            {
                for (const auto &rec : r.records)
                    seen.append(outboxState(SessionAccess::db(*probe), rec.uuid).value());
                return Error::io(ErrorCode::Unreachable, QStringLiteral("killed"));
            }
            Result<protocol::PullResponse> pull(const protocol::PullRequest &) override
            {
                return Error::io(ErrorCode::Unreachable, QStringLiteral("killed"));
            }
            Result<protocol::HelloResponse> hello() override { return protocol::HelloResponse{}; }
        } observer;
        auto probe = m_clerk->reopen();
        QVERIFY(probe.ok());
        observer.probe = probe->get();
        BatchSizer sizer;
        const SyncReport r = SyncEngine(*m_clerk, observer, sizer).run(false);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::Unreachable);
        QCOMPARE(observer.seen, (QStringList{QStringLiteral("sent"), QStringLiteral("sent")}));
        QCOMPARE(sizer.size(), 200); // a dead link is not a poor link: the batch size stays
        // "Restart": a fresh session finds them sent and sends them again; nothing lost, nothing doubled.
        m_clerk.reset();
        m_clerk = m_center->open(QStringLiteral("clerk"));
        QCOMPARE(state(uuids[0]), QStringLiteral("sent"));
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->pending, 2);
        const SyncReport after = run(false);
        QVERIFY(!after.error);
        QCOMPARE(after.accepted, 2);
        QCOMPARE(m_county->storedCount(), 2);
        QCOMPARE(state(uuids[1]), QStringLiteral("acked"));
    }

    void lostAnswerComesBackAsDuplicate()
    {
        const QStringList uuids{certify(0), certify(1), certify(2)};
        // The county stores the batch but the answer never arrives.
        {
            BatchSizer sizer;
            struct Lossy final : SyncTransport
            {
                test::FakeCounty &county;
                explicit Lossy(test::FakeCounty &c) : county(c) {}
                Result<protocol::PushResponse> push(const protocol::PushRequest &r) override
                {
                    (void)county.push(r);
                    return Error::io(ErrorCode::Unreachable, QStringLiteral("connection reset"));
                }
                Result<protocol::PullResponse> pull(const protocol::PullRequest &r) override { return county.pull(r); }
                Result<protocol::HelloResponse> hello() override { return protocol::HelloResponse{}; }
            } lossy(*m_county);
            const SyncReport r = SyncEngine(*m_clerk, lossy, sizer).run(true);
            QVERIFY(r.error);
        }
        QCOMPARE(m_county->storedCount(), 3);
        QCOMPARE(state(uuids[0]), QStringLiteral("sent"));
        const SyncReport r = run(false);
        QVERIFY(!r.error);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.duplicates, 3);
        QCOMPARE(r.accepted, 0);
        QCOMPARE(m_county->storedCount(), 3);
        for (const QString &u : uuids) {
            QCOMPARE(state(u), QStringLiteral("acked"));
            QCOMPARE(m_county->timesReceived(u), 2);
        }
    }

    void conflictsAndRejectionsAreKeptWithReasonsAndDoNotBlock()
    {
        m_county->certifiedElsewhere(m_forms[0].formNo, m_forms[0].cycle, QStringLiteral("C07"));
        m_county->rejectFormNos.insert(m_forms[1].formNo, QStringLiteral("id_mismatch"));
        const QStringList uuids{certify(0), certify(1), certify(2)};
        const SyncReport r = run(false);
        QVERIFY(!r.error);
        QCOMPARE(r.accepted, 1);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(state(uuids[0]), QStringLiteral("conflict"));
        QCOMPARE(state(uuids[1]), QStringLiteral("rejected"));
        QCOMPARE(state(uuids[2]), QStringLiteral("acked"));
        auto problems = SyncQueue(*m_clerk).problems();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 2);
        QCOMPARE(problems->at(0).formNo, m_forms[0].formNo);
        QVERIFY(problems->at(0).reason.contains(QStringLiteral("C07")));
        QVERIFY(!problems->at(0).conflictWith.isEmpty());
        QCOMPARE(problems->at(1).state, QStringLiteral("rejected"));
        QVERIFY(problems->at(1).reason.startsWith(QStringLiteral("id_mismatch")));
        // Neither is sent again on its own.
        const int calls = m_county->pushCalls();
        QCOMPARE(run(false).pushed, 0);
        QCOMPARE(m_county->pushCalls(), calls);
        // A rejected record can be put back once the cause is fixed; a conflict cannot.
        QCOMPARE(SyncQueue(*m_clerk).retry(uuids[0]).error().code, ErrorCode::NotRetryable);
        m_county->rejectFormNos.clear();
        QVERIFY(SyncQueue(*m_clerk).retry(uuids[1]).ok());
        QCOMPARE(state(uuids[1]), QStringLiteral("pending"));
        QCOMPARE(run(false).accepted, 1);
        QCOMPARE(state(uuids[1]), QStringLiteral("acked"));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'sync_retry'"), 1);
    }

    // Issue 11: records the county answered rate_limited (too many ID mismatches from this center) are not lost:
    // they stay rejected and visible until the window the county named has passed, then the next sync sends them
    // again on its own, once.
    void rateLimitedRecordsAreRetriedAfterTheWindow()
    {
        const QDateTime frees = m_center->clock.now().addSecs(3600);
        m_county->rejectFormNos.insert(m_forms[1].formNo, QStringLiteral("rate_limited"));
        m_county->retryAfter = frees;
        const QStringList uuids{certify(0), certify(1)};
        SyncReport r = run(false);
        QVERIFY(!r.error);
        QCOMPARE(r.accepted, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(state(uuids[1]), QStringLiteral("rejected"));
        QCOMPARE(rateLimitedUntil(SessionAccess::db(*m_clerk)).value(), frees);
        auto problems = SyncQueue(*m_clerk).problems();
        QCOMPARE(problems->size(), 1); // the Sync tab lists it meanwhile
        QCOMPARE(problems->at(0).uuid, uuids[1]);
        QVERIFY(problems->at(0).reason.startsWith(QStringLiteral("rate_limited")));

        // The county would take it now, but the window has not passed: nothing is sent.
        m_county->rejectFormNos.clear();
        m_center->clock.set(frees.addSecs(-60));
        r = run(false);
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.requeued, 0);
        QCOMPARE(m_county->timesReceived(uuids[1]), 1);
        QCOMPARE(state(uuids[1]), QStringLiteral("rejected"));

        // After the window: the next sync puts it back and delivers it; the problem is gone.
        m_center->clock.set(frees.addSecs(1));
        r = run(false);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->codeWord() + QLatin1Char(' ') + r.error->message) : "");
        QCOMPARE(r.requeued, 1);
        QCOMPARE(r.accepted, 1);
        QCOMPARE(state(uuids[1]), QStringLiteral("acked"));
        QCOMPARE(m_county->timesReceived(uuids[1]), 2);
        QVERIFY(SyncQueue(*m_clerk).problems()->isEmpty());
        QVERIFY(!rateLimitedUntil(SessionAccess::db(*m_clerk)).value().isValid());
        QCOMPARE(run(false).pushed, 0); // once, not on every sync
    }

    // Other rejections are not retried on their own; a rate_limited answer without a time (an older county)
    // waits the documented 24 hours.
    void rateLimitedWithoutATimeWaitsTheDocumentedWindow()
    {
        m_county->rejectFormNos.insert(m_forms[0].formNo, QStringLiteral("rate_limited"));
        m_county->rejectFormNos.insert(m_forms[1].formNo, QStringLiteral("id_mismatch"));
        const QDateTime start = m_center->clock.now();
        const QStringList uuids{certify(0), certify(1)};
        QCOMPARE(run(false).rejected, 2);
        QCOMPARE(rateLimitedUntil(SessionAccess::db(*m_clerk)).value(),
                 start.addSecs(SyncEngine::kRateLimitWindowSecs));
        m_county->rejectFormNos.clear();
        m_center->clock.set(start.addSecs(23 * 3600));
        QCOMPARE(run(false).pushed, 0);
        m_center->clock.set(start.addSecs(SyncEngine::kRateLimitWindowSecs));
        const SyncReport r = run(false);
        QCOMPARE(r.requeued, 1);
        QCOMPARE(r.accepted, 1);
        QCOMPARE(state(uuids[0]), QStringLiteral("acked"));
        QCOMPARE(state(uuids[1]), QStringLiteral("rejected")); // an ID mismatch waits for a person
    }

    void poisonRecordIsIsolatedAndQuarantined()
    {
        const QStringList uuids{certify(0), certify(1), certify(2), certify(3)};
        m_county->poisonUuids.insert(uuids[1]);
        BatchSizer sizer;
        int runs = 0;
        while (runs < 40 && outboxCounts(SessionAccess::db(*m_clerk))->pending > 0) {
            run(true, &sizer);
            ++runs;
        }
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->pending, 0);
        QCOMPARE(state(uuids[0]), QStringLiteral("acked"));
        QCOMPARE(state(uuids[2]), QStringLiteral("acked"));
        QCOMPARE(state(uuids[3]), QStringLiteral("acked"));
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->quarantined, 1);
        auto problems = SyncQueue(*m_clerk).problems();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->at(0).uuid, uuids[1]);
        QVERIFY(problems->at(0).quarantined);
        QCOMPARE(problems->at(0).attempts, SyncEngine::kQuarantineAfter);
        QVERIFY(!problems->at(0).reason.isEmpty());
        // The panel's retry puts it back; once the county copes, it goes through.
        m_county->poisonUuids.clear();
        QVERIFY(SyncQueue(*m_clerk).retry(uuids[1]).ok());
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->quarantined, 0);
        QVERIFY(!run(false).error);
        QCOMPARE(state(uuids[1]), QStringLiteral("acked"));
    }

    void linkErrorsNeverCountAgainstARecord()
    {
        const QString uuid = certify(0);
        for (int i = 0; i < 2 * SyncEngine::kQuarantineAfter; ++i)
            m_county->failNextPushes.append(Error::io(ErrorCode::Unreachable, QStringLiteral("down")));
        for (int i = 0; i < 2 * SyncEngine::kQuarantineAfter; ++i)
            QVERIFY(run(true).error);
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->quarantined, 0);
        QCOMPARE(count("SELECT attempts FROM outbox"), 0);
        QVERIFY(!run(false).error);
        QCOMPARE(state(uuid), QStringLiteral("acked"));
    }

    void batchShrinksOnTimeoutsAndGrowsBack()
    {
        for (int i = 0; i < 30; ++i)
            QVERIFY(!certify(i).isEmpty());
        m_county->timeoutAbove = 10;
        BatchSizer sizer(200, 10, 200);
        for (int i = 0; i < 10 && outboxCounts(SessionAccess::db(*m_clerk))->pending > 0; ++i)
            run(true, &sizer);
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->pending, 0);
        const QList<int> sizes = m_county->batchSizes();
        QCOMPARE(sizes.mid(0, 3), (QList<int>{30, 15, 10}));
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->quarantined, 0); // timeouts are the link's fault
        QCOMPARE(outboxCounts(SessionAccess::db(*m_clerk))->acked, 30);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
