// County database faults: a COMMIT that fails (a deferred constraint; a full disk) leaves the connection usable —
// the transaction is rolled back, the next one begins and commits — and a push on a disk that fills up fails whole,
// then succeeds on the same connection once space is freed. The disk is a tmpfs of a few MB (root needed, as the
// tests run here and in CI).
#include "countydb.h"
#include "countystore.h"
#include "countytest.h"
#include "pushprocessor.h"
#include "tmpfs.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

class TestCountyFaults : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);

    static qint64 count(CountyDb &db, const QString &sql)
    {
        auto q = db.run(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void failedCommitLeavesConnectionUsable()
    {
        QTemporaryDir dir;
        auto db = CountyDb::open(DataDir{dir.path()}, CountyConfig{QStringLiteral("X1"), QStringLiteral("县"), {}});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        CountyDb &c = *db.value();
        QVERIFY(c.run(QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY)")));
        QVERIFY(c.run(QStringLiteral("CREATE TABLE child(pid INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY "
                                     "DEFERRED)")));
        {
            CountyTransaction tx(c);
            QVERIFY(tx.begun());
            QVERIFY(c.run(QStringLiteral("INSERT INTO child(pid) VALUES (99)")));
            const Status committed = tx.commit(); // the deferred foreign key fails at COMMIT
            QVERIFY(!committed);
        } // the destructor must roll back what the failed COMMIT left open
        {
            CountyTransaction tx(c);
            QVERIFY2(tx.begun(), tx.begun() ? "" : qPrintable(tx.begun().error().message));
            QVERIFY(c.run(QStringLiteral("INSERT INTO parent(id) VALUES (1)")));
            QVERIFY(c.run(QStringLiteral("INSERT INTO child(pid) VALUES (1)")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM child")), 1); // the failed row is gone
    }

    void pushOnAFullDisk()
    {
        test::Tmpfs disk;
        QString why;
        QVERIFY2(disk.mount(4, &why), qPrintable(why));
        auto db = CountyDb::open(DataDir{disk.path()}, CountyConfig{QStringLiteral("X1"), QStringLiteral("县"), {}});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        CountyDb &c = *db.value();
        QVERIFY(recordEnrolment(c, QStringLiteral("C1"), QStringLiteral("一"), QStringLiteral("a1"), m_now, m_now));
        QVERIFY(disk.fill(32 * 1024));
        QList<protocol::PushRecord> records;
        for (int i = 0; i < 2000; ++i)
            records.append(paperRecord(QStringLiteral("FULL-%1").arg(i), i)); // forms the county does not hold
        auto full = processPush(c, QStringLiteral("C1"), recordValues(records), m_now);
        QVERIFY2(!full, "2,000 records fitted into 32 KiB");
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM certifications")), 0); // nothing half-stored
        disk.release();
        // The same connection (a server keeps it for its life) takes the push now.
        auto again = processPush(c, QStringLiteral("C1"), recordValues(records), m_now);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->results.size(), 2000);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM certifications")), 2000);
        auto ic = c.run(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(ic && ic->next());
        QCOMPARE(ic->value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCountyFaults)
#include "tst_county_faults.moc"
