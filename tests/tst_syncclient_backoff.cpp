// Retry timing and batch sizes of the sync client: exponential backoff with full jitter, capped and reset;
// batches that shrink on timeouts (to a floor) and on server failures (to one record) and grow back.
#include "sync/backoff.h"

#include <QTest>

using namespace certdesk;

class TestSyncClientBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchSizerBounds()
    {
        BatchSizer b(200, 10, 200);
        b.onTimeout(200);
        QCOMPARE(b.size(), 100);
        b.onTimeout(30);
        QCOMPARE(b.size(), 15);
        b.onTimeout(15);
        QCOMPARE(b.size(), 10);
        b.onTimeout(10);
        QCOMPARE(b.size(), 10);
        b.onServerError(10);
        QCOMPARE(b.size(), 5);
        b.onServerError(2);
        QCOMPARE(b.size(), 1);
        b.onServerError(1);
        QCOMPARE(b.size(), 1);
        for (int i = 0; i < 20; ++i)
            b.onSuccess();
        QCOMPARE(b.size(), 200);
    }

    void batchGrowsToTheProtocolMaximumOnAGoodLinkOnly()
    {
        BatchSizer b; // 200 at first, as before; the ceiling is what the protocol allows in one push
        QCOMPARE(b.size(), 200);
        b.onSuccess(BatchSizer::kGoodLinkMs + 1); // answered, but slowly: not a link to ask more of
        QCOMPARE(b.size(), 200);
        const QList<int> growth{400, 800, 1600, protocol::kMaxPushRecords, protocol::kMaxPushRecords};
        for (int expected : growth) {
            b.onSuccess(50);
            QCOMPARE(b.size(), expected);
        }
        b.onTimeout(protocol::kMaxPushRecords); // a large batch timing out halves as before
        QCOMPARE(b.size(), protocol::kMaxPushRecords / 2);
        b.onSuccess(BatchSizer::kGoodLinkMs * 5);
        QCOMPARE(b.size(), protocol::kMaxPushRecords / 2);
    }

    void backoffIsExponentialWithFullJitterAndCapped()
    {
        double r = 1.0;
        Backoff b(5000, 600000, [&r] { return r; });
        QCOMPARE(b.nextDelayMs(), 5000);
        QCOMPARE(b.nextDelayMs(), 10000);
        QCOMPARE(b.nextDelayMs(), 20000);
        for (int i = 0; i < 30; ++i)
            b.nextDelayMs();
        QCOMPARE(b.nextDelayMs(), 600000);
        r = 0.5;
        QCOMPARE(b.nextDelayMs(), 300000);
        r = 0.0;
        QCOMPARE(b.nextDelayMs(), 500); // the floor: a tenth of the base
        b.reset();
        r = 1.0;
        QCOMPARE(b.nextDelayMs(), 5000);
        // The system source stays inside the bounds.
        Backoff real(1000, 8000);
        for (int i = 0; i < 50; ++i) {
            const qint64 d = real.nextDelayMs();
            QVERIFY(d >= 100 && d <= 8000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncClientBackoff)
#include "tst_syncclient_backoff.moc"
