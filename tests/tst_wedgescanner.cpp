// The keyboard-wedge scanner as an identity source: which payloads are identities, what it says about them, and
// that everything else (form QR, form numbers, bad numbers, noise) is handed back untouched and emits nothing.
#include "devices/wedgescanner.h"
#include "domain/scanpayload.h"

#include <QSignalSpy>
#include <QtTest>

using namespace certdesk;

namespace {

const QDate kToday(2026, 5, 10);
const QString kId = QStringLiteral("11010519491231002X");

} // namespace

class TestWedgeScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CardIdentity>(); }

    void idNumberIsAnIdentityComparedByEye()
    {
        WedgeScannerSource source([] { return kToday; });
        QSignalSpy reads(&source, &IdentitySource::cardRead);
        QSignalSpy states(&source, &IdentitySource::stateChanged);
        source.start();
        QCOMPARE(source.state(), ReaderState::Idle);
        // A scanner may send a lower-case check character and trailing blanks: the number is normalised.
        const ScanPayload scan = source.feed(QStringLiteral(" 11010519491231002x \r"));
        QCOMPARE(scan.kind, ScanPayload::Kind::CitizenId);
        QCOMPARE(reads.count(), 1);
        const auto card = reads.at(0).at(0).value<CardIdentity>();
        QCOMPARE(card.idNo, kId);
        QCOMPARE(card.method, IdentityMethod::Manual);
        QCOMPARE(card.cardType, CardType::Unknown);
        QCOMPARE(card.source, QStringLiteral("scanner"));
        QVERIFY(card.name.isEmpty());
        QVERIFY(!card.validTo.isValid());
        QVERIFY(!card.isExpiredOn(kToday));
        QCOMPARE(source.state(), ReaderState::CardRead);
        QCOMPARE(states.count(), 2);              // Idle, then CardRead
        QVERIFY(!source.message().contains(kId)); // the status line never holds personal data
        QVERIFY(!source.deviceName().isEmpty());
    }

    void legacyFifteenDigitNumberIsAnIdentity()
    {
        WedgeScannerSource source([] { return kToday; });
        QSignalSpy reads(&source, &IdentitySource::cardRead);
        source.start();
        QCOMPARE(source.feed(QStringLiteral("110105491231002")).kind, ScanPayload::Kind::CitizenId);
        QCOMPARE(reads.count(), 1);
        QCOMPARE(reads.at(0).at(0).value<CardIdentity>().idNo.size(), 18);
    }

    void otherPayloadsAreHandedBack_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("kind");
        QTest::newRow("qr") << encodeQrPayload(QStringLiteral("YD2026000001"), QStringLiteral("4821"), true,
                                               QStringLiteral("440106001"), kToday, QStringLiteral("u-1"))
                            << int(ScanPayload::Kind::CertdeskQr);
        QTest::newRow("form number") << QStringLiteral("YD2026000001") << int(ScanPayload::Kind::FormNumber);
        QTest::newRow("bad check digit") << QStringLiteral("110105194912310021") << int(ScanPayload::Kind::InvalidId);
        QTest::newRow("born in the future")
            << QStringLiteral("110105209912310023") << int(ScanPayload::Kind::InvalidId);
        QTest::newRow("empty") << QStringLiteral("   ") << int(ScanPayload::Kind::Empty);
    }

    void otherPayloadsAreHandedBack()
    {
        QFETCH(QString, payload);
        QFETCH(int, kind);
        WedgeScannerSource source([] { return kToday; });
        QSignalSpy reads(&source, &IdentitySource::cardRead);
        source.start();
        const ScanPayload scan = source.feed(payload);
        QCOMPARE(int(scan.kind), kind);
        QCOMPARE(reads.count(), 0);
        QCOMPARE(source.state(), ReaderState::Idle);
    }

    void stoppedSourceTakesNothing()
    {
        WedgeScannerSource source([] { return kToday; });
        QSignalSpy reads(&source, &IdentitySource::cardRead);
        QCOMPARE(source.state(), ReaderState::Absent);
        QCOMPARE(source.feed(kId).kind, ScanPayload::Kind::CitizenId);
        source.start();
        source.stop();
        QCOMPARE(source.feed(kId).kind, ScanPayload::Kind::CitizenId);
        QCOMPARE(reads.count(), 0);
        QCOMPARE(source.state(), ReaderState::Absent);
    }

    void eachScanIsReportedAgain()
    {
        // A scanner cannot tell that a card was lifted: the same number scanned twice is presented twice.
        WedgeScannerSource source([] { return kToday; });
        QSignalSpy reads(&source, &IdentitySource::cardRead);
        source.start();
        source.feed(kId);
        source.feed(kId);
        QCOMPARE(reads.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
