// Two county server processes on one PostgreSQL database (issue 13 §3): each push reads the form's standing record
// first, so two pushes of the same form and cycle that read at the same moment both found none and both stored an
// accepted original. The partial unique index (county schema step 9) refuses the second, which is pushed again and
// then finds the first: exactly one stands, the other is a conflict with it. Two connections on two threads stand
// in for the two processes; the lookup hook holds each push after its reads until both have read.
#include "countydb.h"
#include "countystore.h"
#include "countytest.h"
#include "pushprocessor.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

class TestCountyStanding : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgCluster> m_pg;
    QString m_pgWhy;
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);

    CountyConfig config(const QString &name) const
    {
        CountyConfig c{QStringLiteral("X1"), QStringLiteral("县"), QString()};
        c.databaseUrl = m_pg->url(name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<test::PgCluster>();
        if (!m_pg->start(&m_pgWhy)) {
            QVERIFY2(!test::PgCluster::requiredHere(), qPrintable(m_pgWhy));
            QSKIP(qPrintable(QStringLiteral("PostgreSQL unavailable: ") + m_pgWhy));
        }
    }

    void racingOriginalsLeaveOneStanding()
    {
        QVERIFY(m_pg->createDatabase(QStringLiteral("race")));
        {
            auto db = CountyDb::open(DataDir{m_dir.path()}, config(QStringLiteral("race")));
            QVERIFY(db);
            for (const QString &c : {QStringLiteral("C1"), QStringLiteral("C2")})
                QVERIFY(recordEnrolment(*db.value(), c, c, c + QStringLiteral("-serial"), m_now, m_now).ok());
            QVERIFY(importForms(*db.value(), QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        }
        // Both pushes wait after their reads until the other has read too (only on their first attempt).
        QSemaphore read;
        std::atomic<int> hooked{0};
        setPushLookupHook([&] {
            if (hooked.fetch_add(1) < 2) {
                read.release();
                read.tryAcquire(2, 10000); // both here (or give up: the test then fails on its counts)
                read.release(2);
            }
        });
        QList<protocol::PushResult> results(2);
        QStringList errors(2);
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                auto db = CountyDb::open(DataDir{m_dir.path()}, config(QStringLiteral("race")));
                if (!db) {
                    errors[i] = db.error().message;
                    return;
                }
                const QString center = i == 0 ? QStringLiteral("C1") : QStringLiteral("C2");
                auto r = processPush(*db.value(), center, recordValues({makeRecord(QStringLiteral("F1"), 1)}), m_now);
                if (!r)
                    errors[i] = r.error().codeWord() + QStringLiteral(": ") + r.error().message;
                else
                    results[i] = r->results.value(0);
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        setPushLookupHook({});
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(hooked.load() >= 3); // both read before either wrote, and one push ran again
        QStringList statuses{protocol::pushStatusKey(results[0].status), protocol::pushStatusKey(results[1].status)};
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("accepted"), QStringLiteral("conflict")}));
        QStringList rows;
        QVERIFY(m_pg->query(
            QStringLiteral("race"),
            QStringLiteral("SELECT status, count(*) FROM certifications GROUP BY status ORDER BY status"), &rows));
        QCOMPARE(rows, (QStringList{QStringLiteral("accepted|1"), QStringLiteral("conflict|1")}));
    }

    void stepNineDemotesEarlierDoubles()
    {
        // A database from before step 9 in which a race left two standing originals: the migration keeps the first.
        QVERIFY(m_pg->createDatabase(QStringLiteral("doubles")));
        {
            auto db = CountyDb::open(DataDir{m_dir.path()}, config(QStringLiteral("doubles")));
            QVERIFY(db);
            QVERIFY(db.value()->run(QStringLiteral("DROP INDEX certifications_standing")).ok());
            QVERIFY(importForms(*db.value(), QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
            for (const QString &uuid : {QStringLiteral("11111111-1111-4111-8111-111111111111"),
                                        QStringLiteral("22222222-2222-4222-8222-222222222222")})
                QVERIFY(db.value()
                            ->run(QStringLiteral("INSERT INTO certifications(uuid, center_code, form_no, cycle, id_no, "
                                                 "name, alive, method, clerk, clerk_name, certified_at, local_date, "
                                                 "remark, status, received_at) VALUES (?, 'C1', 'F1', 2026, 'X', '', "
                                                 "1, 'idcard', 'li', '', 'x', '2026-05-10', '', 'accepted', 'x')"),
                                  {uuid})
                            .ok());
            QVERIFY(db.value()->run(QStringLiteral("UPDATE meta SET value = '8' WHERE key = 'schema_version'")).ok());
        }
        auto db = CountyDb::open(DataDir{m_dir.path()}, config(QStringLiteral("doubles")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QStringList rows;
        QVERIFY(m_pg->query(QStringLiteral("doubles"),
                            QStringLiteral("SELECT uuid, status, COALESCE(conflict_with, '') FROM certifications "
                                           "ORDER BY id"),
                            &rows));
        QCOMPARE(rows, (QStringList{QStringLiteral("11111111-1111-4111-8111-111111111111|accepted|"),
                                    QStringLiteral("22222222-2222-4222-8222-222222222222|conflict|"
                                                   "11111111-1111-4111-8111-111111111111")}));
    }
};

QTEST_GUILESS_MAIN(TestCountyStanding)
#include "tst_county_standing.moc"
