// The sync client's pull (pages stored with their cursor, withdrawals, deaths, conflict notices), the schema
// step that brought the sync tables, and the background worker's backoff and probe against an in-memory county.
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

class TestSyncClientPull : public test::SyncDeskTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        setUpDesk();
        QVERIFY(m_clerk);
    }

    void cleanup() { tearDownDesk(); }

    void schemaStepThreeKeepsAQueueWrittenByVersionTwo()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("v2.db")), crypto::randomBytes(32), true);
        QVERIFY(db.ok());
        QVERIFY(migrateTo(*db.value(), 2).ok());
        QVERIFY(!db.value()->prepare("SELECT quarantined FROM outbox").ok());
        QVERIFY(db.value()
                    ->exec("PRAGMA foreign_keys = OFF; INSERT INTO outbox(uuid, state, updated_at) "
                           "VALUES ('u1', 'sent', 'x')")
                    .ok());
        QVERIFY(migrate(*db.value()).ok());
        QCOMPARE(schemaVersion(*db.value()).value(), latestSchemaVersion()); // step 3 and every later one
        auto q = db.value()->prepare("SELECT state, quarantined, conflict_with IS NULL FROM outbox");
        QVERIFY(q.ok() && q->step().value());
        QCOMPARE(q->text(0), QStringLiteral("sent"));
        QCOMPARE(q->int64(1), 0);
        QCOMPARE(q->int64(2), 1);
        QVERIFY(db.value()->prepare("SELECT server_url FROM sync_config").ok());
        QVERIFY(db.value()->prepare("SELECT value FROM sync_state").ok());
    }

    void pullStoresPagesWithTheirCursor()
    {
        const QList<Form> fresh = newForms(5, 99);
        QCOMPARE(fresh.size(), 5);
        for (const Form &f : fresh)
            m_county->addForm(f);
        Form bad = fresh[0];
        bad.formNo = QStringLiteral("BAD-ID-1");
        bad.person.idNo = QStringLiteral("110101195003150099"); // wrong check digit: the importer refuses it
        m_county->addForm(bad);
        m_county->addWithdrawal(m_forms[5].formNo);
        m_county->addDeath(
            {m_forms[6].person.idNo, m_forms[6].person.name, QDate(2026, 4, 30), QStringLiteral("民政")});
        m_county->addDeath(
            {m_forms[6].person.idNo, m_forms[6].person.name, QDate(2026, 4, 30), QStringLiteral("民政")});
        m_county->pageSize = 3;
        // The second page fails: the first one stays stored with its cursor.
        SyncReport first = run(true);
        QVERIFY(!first.error);
        QVERIFY(!first.pullDone);
        QCOMPARE(first.pulledForms, 3);
        QCOMPARE(syncValue(SessionAccess::db(*m_clerk), QStringLiteral("pull_cursor")).value(), QStringLiteral("3"));
        m_county->failNextPulls.append(Error::io(ErrorCode::Timeout, QStringLiteral("slow")));
        QVERIFY(run(true).error);
        QCOMPARE(syncValue(SessionAccess::db(*m_clerk), QStringLiteral("pull_cursor")).value(), QStringLiteral("3"));
        const SyncReport rest = run(false);
        QVERIFY(!rest.error);
        QVERIFY(rest.pullDone);
        QCOMPARE(rest.pulledForms, 2);
        QCOMPARE(rest.pulledDeaths, 1); // the repeated notice is no news
        QCOMPARE(rest.withdrawals, 1);
        QCOMPARE(rest.skipped, 1);
        QCOMPARE(syncValue(SessionAccess::db(*m_clerk), QStringLiteral("pull_cursor")).value(), QStringLiteral("9"));
        QCOMPARE(count("SELECT count(*) FROM forms"), 45);
        QCOMPARE(count("SELECT count(*) FROM forms WHERE form_no = 'BAD-ID-1'"), 0);
        // A pulled form is an ordinary pending form at the counter; the withdrawn one and the dead are refused.
        CertificationService svc(*m_clerk);
        auto view = svc.lookupForm(fresh[4].formNo, fresh[4].checkCode);
        QVERIFY(view.ok());
        QCOMPARE(view->form, fresh[4]);
        QVERIFY(certify(5).isEmpty());
        QVERIFY(certify(6).isEmpty());
        // Nothing new: the next pull changes nothing.
        const SyncReport idle = run(false);
        QCOMPARE(idle.pulledForms + idle.pulledDeaths + idle.withdrawals, 0);
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'sync_pull'"), 3);
    }

    void pulledFormReplacesTheLocalCopyAndReassignsAWithdrawnOne()
    {
        Form changed = m_forms[7];
        changed.person.phone = QStringLiteral("13900000000");
        m_county->addWithdrawal(m_forms[8].formNo);
        m_county->addForm(changed);
        m_county->addForm(m_forms[8]); // re-assigned to this center after the withdrawal
        const SyncReport r = run(false);
        QVERIFY(!r.error);
        QCOMPARE(r.pulledForms, 2);
        auto view = CertificationService(*m_clerk).lookupForm(changed.formNo, changed.checkCode);
        QCOMPARE(view->form.person.phone, QStringLiteral("13900000000"));
        QCOMPARE(count("SELECT count(*) FROM forms WHERE status = 'withdrawn'"), 0);
    }

    void workerBacksOffOnLinkErrorsThenProbes()
    {
        const QString uuid = certify(0);
        test::TestPki pki;
        const SyncConfigRow config{QStringLiteral("https://127.0.0.1:1"),
                                   QString::fromLatin1(pki.serverCertPem()),
                                   QString::fromLatin1(pki.serverKeyPem()),
                                   QString::fromLatin1(pki.caPem()),
                                   m_center->clock.now(),
                                   QStringLiteral("admin")};
        QVERIFY(saveSyncConfig(SessionAccess::db(*m_clerk), config).ok());
        const Error down = Error::io(ErrorCode::Unreachable, QStringLiteral("down"));
        m_county->failNextPushes = {down, down, down};
        SyncTiming timing;
        timing.probeMs = 60 * 60 * 1000;
        timing.backoffBaseMs = 20;
        timing.backoffCapMs = 50;
        timing.nudgeMs = 10;
        auto own = m_clerk->reopen();
        QVERIFY(own.ok());
        SyncWorker worker(
            std::move(own).value(), [this](const SyncCredentials &) { return m_county->transport(); }, timing,
            [] { return 1.0; });
        QSignalSpy finished(&worker, &SyncWorker::runFinished);
        worker.start();
        QTRY_COMPARE(finished.count(), 4);
        QList<qint64> delays;
        for (int i = 0; i < 3; ++i) {
            const auto r = finished.at(i).at(0).value<SyncRunResult>();
            QCOMPARE(r.link, LinkState::Offline);
            delays.append(r.nextAttemptMs);
        }
        QCOMPARE(delays, (QList<qint64>{20, 40, 50})); // doubling, capped
        const auto ok = finished.at(3).at(0).value<SyncRunResult>();
        QCOMPARE(ok.link, LinkState::Online);
        QCOMPARE(ok.report.accepted, 1);
        QCOMPARE(ok.nextAttemptMs, timing.probeMs); // idle: the next look is the probe
        QCOMPARE(state(uuid), QStringLiteral("acked"));
        // New work nudges it long before the probe; losing the network is reported at once.
        QVERIFY(!certify(1).isEmpty());
        worker.nudge();
        QTRY_COMPARE(finished.count(), 5);
        QCOMPARE(finished.at(4).at(0).value<SyncRunResult>().report.accepted, 1);
        worker.setReachable(false);
        QCOMPARE(finished.count(), 6);
        QCOMPARE(finished.at(5).at(0).value<SyncRunResult>().link, LinkState::Offline);
        worker.stop();
        worker.release();
    }

    void conflictNoticesMarkBothSides()
    {
        const QString ours = certify(0);
        const QString theirs = certify(1);
        QVERIFY(!run(false).error);
        protocol::ConflictNotice second{ours,
                                        m_forms[0].formNo,
                                        m_forms[0].cycle,
                                        QStringLiteral("second"),
                                        QStringLiteral("C02"),
                                        QStringLiteral("x")};
        protocol::ConflictNotice first{theirs,
                                       m_forms[1].formNo,
                                       m_forms[1].cycle,
                                       QStringLiteral("first"),
                                       QStringLiteral("C03"),
                                       QStringLiteral("y")};
        m_county->addConflictNotice(second);
        m_county->addConflictNotice(first);
        QVERIFY(!run(false).error);
        QCOMPARE(state(ours), QStringLiteral("conflict"));
        QCOMPARE(state(theirs), QStringLiteral("acked"));
        auto problems = SyncQueue(*m_clerk).problems();
        QCOMPARE(problems->size(), 2);
        QVERIFY(problems->at(1).reason.contains(QStringLiteral("C03")));
    }
};

QTEST_GUILESS_MAIN(TestSyncClientPull)
#include "tst_syncclient_pull.moc"
