// The real SamReader (QSerialPort, timers, frame parser) against certdesk-samsim over a pseudo-terminal.
#include "devices/portprobe.h"
#include "devices/samreader.h"
#include "samsimprocess.h"

#include <QSignalSpy>
#include <QtTest>

using namespace certdesk;
using certdesk::test::SamSimProcess;

namespace {

SamReader::Timing fastTiming()
{
    SamReader::Timing t;
    t.pollMs = 100;
    t.replyMs = 300;
    t.readMs = 1500;
    t.reopenMs = 200;
    return t;
}

constexpr int kWait = 8000;

} // namespace

class TestSamReader : public QObject
{
    Q_OBJECT

    struct Rig
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        std::unique_ptr<SamReader> reader;
        std::unique_ptr<QSignalSpy> reads, removals;
        FixedClock clock{QDateTime(QDate(2026, 5, 10), QTime(9, 0))};

        bool start(const QStringList &simArgs)
        {
            if (!sim.start(simArgs))
                return false;
            reader = std::make_unique<SamReader>(sim.link());
            reader->setTiming(fastTiming());
            reader->setClock(&clock);
            reads = std::make_unique<QSignalSpy>(reader.get(), &IdentitySource::cardRead);
            removals = std::make_unique<QSignalSpy>(reader.get(), &IdentitySource::cardRemoved);
            reader->start();
            return true;
        }
        CardIdentity last() const { return reads->last().first().value<CardIdentity>(); }
        bool is(ReaderState state, const char *text = "") const
        {
            return reader->state() == state && reader->message().contains(QLatin1String(text));
        }
    };

private Q_SLOTS:
    void readsEveryCardType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("cardType");
        QTest::addColumn<QString>("idNo");
        QTest::newRow("resident") << "resident" << int(CardType::ResidentId) << "110105195003070019";
        QTest::newRow("hkmotw") << "hkmotw" << int(CardType::HkMoTwResidence) << "810000195510100014";
        QTest::newRow("foreign2017") << "foreign2017" << int(CardType::ForeignPermanent2017) << "CAN110050030701";
        QTest::newRow("foreign2023") << "foreign2023" << int(CardType::ForeignPermanent2023) << "912124195203070021";
    }
    void readsEveryCardType()
    {
        QFETCH(QString, type);
        QFETCH(int, cardType);
        QFETCH(QString, idNo);
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--card-type"), type}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        const CardIdentity id = rig.last();
        QCOMPARE(int(id.cardType), cardType);
        QCOMPARE(id.idNo, idNo);
        QCOMPARE(id.source, rig.sim.link());
        QCOMPARE(id.method, IdentityMethod::IdCard);
        QVERIFY(!id.name.isEmpty());
        QCOMPARE(rig.reader->state(), ReaderState::CardRead);
        QCOMPARE(rig.reader->deviceName(), rig.sim.link());
        QCOMPARE(rig.reader->samId().size(), 16);
    }

    void cardFileEveryField()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--card"), QStringLiteral(CERTDESK_TEST_DATA "/cards/resident.json")}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        const CardIdentity id = rig.last();
        QCOMPARE(id.name, QStringLiteral("演示李桂兰"));
        QCOMPARE(id.sex, QLatin1Char('F'));
        QCOMPARE(id.nation, QStringLiteral("回"));
        QCOMPARE(id.birth, QDate(1948, 11, 2));
        QCOMPARE(id.address, QStringLiteral("演示省演示市演示区幸福路12号"));
        QCOMPARE(id.idNo, QStringLiteral("110105194811020023"));
        QCOMPARE(id.issuer, QStringLiteral("演示市公安局演示分局"));
        QCOMPARE(id.validFrom, QDate(2016, 4, 1));
        QVERIFY(id.validToLongTerm);
        QCOMPARE(rig.reader->message(), QStringLiteral("Card read"));
    }

    void expiredCardFlagged()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--card"), QStringLiteral(CERTDESK_TEST_DATA "/cards/expired.json")}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        QVERIFY(rig.last().isExpiredOn(rig.clock.today()));
        QVERIFY2(rig.is(ReaderState::CardRead, "EXPIRED"), qPrintable(rig.reader->message()));
    }

    void sameCardReportedOnce_removedAndReplacedReadAgain()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--card-type"), QStringLiteral("resident")}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        // The card stays: several more full reads happen, none is reported again.
        QTRY_VERIFY_WITH_TIMEOUT(rig.sim.stat(QStringLiteral("read")) >= 4, kWait);
        QCOMPARE(rig.reads->size(), 1);
        QCOMPARE(rig.removals->size(), 0);

        QCOMPARE(rig.sim.command(QStringLiteral("remove")), QStringLiteral("ok remove"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.removals->size(), 1, kWait);
        QVERIFY(rig.is(ReaderState::Idle, "place a card"));
        QCOMPARE(rig.sim.command(QStringLiteral("place-type resident")), QStringLiteral("ok place"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 2, kWait);

        // A different card swapped in is reported even if no poll saw the reader empty.
        QCOMPARE(rig.sim.command(QStringLiteral("place " CERTDESK_TEST_DATA "/cards/resident.json")),
                 QStringLiteral("ok place"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 3, kWait);
        QCOMPARE(rig.last().idNo, QStringLiteral("110105194811020023"));
    }

    void noCardIsIdle()
    {
        Rig rig;
        QVERIFY(rig.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.is(ReaderState::Idle, "place a card"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(rig.sim.stat(QStringLiteral("find")) >= 3, kWait);
        QCOMPARE(rig.reads->size(), 0);
        QCOMPARE(rig.sim.stat(QStringLiteral("read")), 0);
    }

    void faultsAreReportedAndRecovered_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        const std::pair<const char *, const char *> rows[] = {
            {"badcheck", "check byte"},        {"stall", "did not answer"},    {"selectfail", "could not be selected"},
            {"readfail", "could not be read"}, {"truncated", "incomplete"},    {"partial", "cut off"},
            {"noise", "unreadable data"},      {"status:24", "unknown error"}, {"status:7E", "status 0x7E"}};
        for (const auto &[fault, message] : rows)
            QTest::newRow(fault) << QString::fromUtf8(fault) << QString::fromUtf8(message);
    }
    void faultsAreReportedAndRecovered()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        Rig rig;
        QVERIFY(rig.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.is(ReaderState::Idle), kWait);
        QCOMPARE(rig.sim.command(QStringLiteral("fault ") + fault), QStringLiteral("ok fault ") + fault);
        QCOMPARE(rig.sim.command(QStringLiteral("place-type resident")), QStringLiteral("ok place"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.reader->state() == ReaderState::Error && rig.reader->message().contains(message),
                                 kWait);
        QCOMPARE(rig.reads->size(), 0);
        QCOMPARE(rig.sim.command(QStringLiteral("fault none")), QStringLiteral("ok fault none"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        QCOMPARE(rig.reader->state(), ReaderState::CardRead);
    }

    void noisyLinesStillRead_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("split") << "split";
        QTest::newRow("garbage") << "garbage";
    }
    void noisyLinesStillRead()
    {
        QFETCH(QString, fault);
        Rig rig;
        QVERIFY(
            rig.start({QStringLiteral("--fault"), fault, QStringLiteral("--card-type"), QStringLiteral("resident")}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        QCOMPARE(rig.last().idNo, QStringLiteral("110105195003070019"));
    }

    void stallReconnects()
    {
        Rig rig;
        QVERIFY(rig.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.is(ReaderState::Idle), kWait);
        rig.sim.command(QStringLiteral("fault stall"));
        // Three silent requests in a row: the port is given up and reopened (and re-probed) in a loop.
        QTRY_VERIFY_WITH_TIMEOUT(rig.is(ReaderState::Absent, "did not answer"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(rig.sim.stat(QStringLiteral("samid")) >= 2, kWait);
        rig.sim.command(QStringLiteral("fault none"));
        rig.sim.command(QStringLiteral("place-type hkmotw"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
    }

    void unplugAndReplug()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--card-type"), QStringLiteral("resident")}));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 1, kWait);
        QCOMPARE(rig.sim.command(QStringLiteral("unplug")), QStringLiteral("ok unplug"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reader->state(), ReaderState::Absent, kWait);
        QVERIFY2(rig.is(ReaderState::Absent, "disconnected"), qPrintable(rig.reader->message()));
        QCOMPARE(rig.removals->size(), 1);
        QCOMPARE(rig.sim.command(QStringLiteral("replug")), QStringLiteral("ready ") + rig.sim.link());
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), 2, kWait);
        QCOMPARE(rig.reader->state(), ReaderState::CardRead);
    }

    void stopMidExchangeAndRestart()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--fault"), QStringLiteral("split"), QStringLiteral("--card-type"),
                           QStringLiteral("resident")}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.sim.stat(QStringLiteral("read")) >= 1, kWait); // a split read reply under way
        rig.reader->stop();
        QCOMPARE(rig.reader->state(), ReaderState::Absent);
        const int reads = int(rig.reads->size());
        QTest::qWait(300); // the rest of the reply arrives at a closed port: nothing may happen
        QCOMPARE(rig.reads->size(), reads);
        rig.reader->start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.reads->size(), reads + 1, kWait);
        rig.reader.reset(); // destroyed while polling
        QCOMPARE(rig.sim.command(QStringLiteral("remove")), QStringLiteral("ok remove"));
    }

    void probingSettlesOnTheReader()
    {
        // Without a configured port every candidate is tried in turn: one missing, one silent, then the reader.
        SamSimProcess silent{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(silent.start({QStringLiteral("--fault"), QStringLiteral("stall")}));
        SamSimProcess good{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(good.start({QStringLiteral("--card-type"), QStringLiteral("resident")}));
        SamReader reader;
        reader.setTiming(fastTiming());
        reader.setCandidateSource([&] {
            return QStringList{QStringLiteral("/nonexistent/ttyUSB9"), silent.link(), good.link()};
        });
        QSignalSpy reads(&reader, &IdentitySource::cardRead);
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kWait);
        QCOMPARE(reader.deviceName(), good.link());
        QCOMPARE(reads.first().first().value<CardIdentity>().source, good.link());
        QCOMPARE(silent.stat(QStringLiteral("samid")), 1);
        QCOMPARE(silent.stat(QStringLiteral("find")), 0);

        // No candidate answers: Absent, saying why the last one failed, and it keeps looking.
        SamReader none;
        none.setTiming(fastTiming());
        none.setCandidateSource([&] { return QStringList{silent.link()}; });
        none.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            none.state() == ReaderState::Absent && none.message().contains(QLatin1String("did not answer")), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(silent.stat(QStringLiteral("samid")) >= 3, kWait);
        SamReader empty;
        empty.setCandidateSource([] { return QStringList{}; });
        empty.start();
        QVERIFY2(empty.message().contains(QLatin1String("No ID card reader found")), qPrintable(empty.message()));
    }

    void missingPortIsAbsent()
    {
        SamReader reader(QStringLiteral("/nonexistent/ttyNOPE"));
        reader.setTiming(fastTiming());
        QSignalSpy states(&reader, &IdentitySource::stateChanged);
        reader.start();
        QCOMPARE(reader.state(), ReaderState::Absent);
        QVERIFY2(reader.message().contains(QLatin1String("Cannot open /nonexistent/ttyNOPE")),
                 qPrintable(reader.message()));
        QVERIFY(!states.isEmpty());
        reader.stop();
        QCOMPARE(reader.state(), ReaderState::Absent);
    }

    void silentDeviceIsNotAReader()
    {
        Rig rig;
        QVERIFY(rig.start({QStringLiteral("--fault"), QStringLiteral("stall")}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.is(ReaderState::Absent, "did not answer"), kWait);
        QCOMPARE(rig.reads->size(), 0);
    }

    void probe()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start());
        const auto ok = portprobe::probePort(sim.link(), 1000);
        QVERIFY(ok.opened);
        QVERIFY(ok.isSam);
        QCOMPARE(portprobe::formatSamId(ok.samId), QStringLiteral("05.01-20200101-0021860171-0123456789"));
        QVERIFY(portprobe::candidatePaths(sim.link()).contains(sim.link()));
        sim.command(QStringLiteral("fault stall"));
        const auto silent = portprobe::probePort(sim.link(), 300);
        QVERIFY(silent.opened);
        QVERIFY(!silent.isSam);
        QVERIFY(!portprobe::probePort(QStringLiteral("/nonexistent/tty"), 300).opened);
    }
};

QTEST_GUILESS_MAIN(TestSamReader)
#include "tst_samreader.moc"
