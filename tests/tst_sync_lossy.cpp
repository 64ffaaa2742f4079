// Sync over a bad link, proven on any kernel: the center talks to the county through certdesk-lossyproxy
// (tools/lossyproxy), which at a 30 % fault rate per flight delays, stalls, cuts connections mid-request and
// mid-response and truncates answers, reproducibly by seed. A week of offline work (2,000 records) is pulled down
// and pushed up through it, sync run after sync run (each failed run is simply run again, as the desk's own loop
// does), and must converge: every record at the county exactly once, the outbox all acknowledged, nothing
// quarantined. Runs on SQLite and PostgreSQL counties (tst_sync_flow's rows).
//
// CERTDESK_LOSSY_SEED=N replays a run with the proxy's decisions of seed N (the seed in use is printed).

#include "syncdeployment.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kRecords = 2000;
constexpr int kDays = 10;
constexpr int kMaxRounds = 200; // sync runs allowed to converge; a run ends at its first link failure

// certdesk-lossyproxy in front of the county, for one test function.
class LossyProxy
{
public:
    bool start(quint16 target, quint64 seed, double rate)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(CERTDESK_LOSSYPROXY_BIN),
                        {QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(target),
                         QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--fault-rate"),
                         QString::number(rate), QStringLiteral("--max-stall-ms"), QStringLiteral("2500")});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        const bool up = QTest::qWaitFor(
            [&] {
                m_output += m_process.readAllStandardOutput();
                const auto m = listening.match(QString::fromLatin1(m_output));
                if (m.hasMatch())
                    m_port = quint16(m.captured(1).toUInt());
                return m_port != 0 || m_process.state() == QProcess::NotRunning;
            },
            10000);
        return up && m_port != 0;
    }
    ~LossyProxy()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    // Faults decided so far, by kind ("delay", "stall", "cut-request", "cut-response", "truncate").
    QMap<QString, int> faults()
    {
        // The test ran blocking child processes meanwhile: drain the pipe now.
        do
            m_output += m_process.readAllStandardOutput();
        while (m_process.waitForReadyRead(300));
        QMap<QString, int> kinds;
        static const QRegularExpression fault(QStringLiteral("^fault conn=\\d+ kind=(\\S+)$"),
                                              QRegularExpression::MultilineOption);
        for (auto it = fault.globalMatch(QString::fromLatin1(m_output)); it.hasNext();)
            ++kinds[it.next().captured(1)];
        return kinds;
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

QString describe(const QMap<QString, int> &counts)
{
    QStringList text;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        text << it.key() + QLatin1Char('=') + QString::number(it.value());
    return text.join(QLatin1Char(' '));
}

} // namespace

class SyncLossyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convergesThroughLossyProxy_data()
    {
        QTest::addColumn<int>("backend");
        for (const auto &[name, kind] : countyBackends())
            QTest::newRow(qPrintable(name)) << int(kind);
    }

    void convergesThroughLossyProxy()
    {
        QFETCH(int, backend);
        std::unique_ptr<SyncDeployment> d;
        QString skip, why;
        QVERIFY2(startCounty(CountyBackend(backend), &d, &skip, &why), qPrintable(why));
        if (!d)
            QSKIP(qPrintable(skip));

        const quint64 seed = qEnvironmentVariableIsSet("CERTDESK_LOSSY_SEED")
                                 ? qEnvironmentVariable("CERTDESK_LOSSY_SEED").toULongLong()
                                 : QRandomGenerator::global()->generate();
        qInfo("lossy proxy seed %llu (CERTDESK_LOSSY_SEED=%llu replays its decisions)", seed, seed);
        LossyProxy proxy;
        QVERIFY2(proxy.start(d->county().port(), seed, 0.3), "certdesk-lossyproxy did not start");
        auto center = d->addCenter(QStringLiteral("L1"), QStringLiteral("测试山区服务中心"), proxy.url());
        QVERIFY(center);

        const QList<Form> forms = syncForms(QStringLiteral("LS"), kRecords, QDate::currentDate());
        QVERIFY(d->importForms(forms, QStringLiteral("L1")));
        // The week's forms come down the lossy link first; a run cut by the proxy is simply run again.
        int rounds = 0;
        while (center->formCount() < kRecords && rounds < kMaxRounds) {
            ++rounds;
            center->sync(false, QProcessEnvironment::systemEnvironment(), 60000);
        }
        QCOMPARE(center->formCount(), kRecords);
        const int pullRounds = rounds;

        // A week and a half of days: each day's 200 records are certified offline, then synced until settled.
        QStringList uuids;
        int failedRuns = 0;
        bool settled = true;
        for (int day = 0; day < kDays && settled; ++day) {
            QVERIFY(center->certify(forms.mid(day * (kRecords / kDays), kRecords / kDays), true, &uuids));
            settled = false;
            while (!settled && rounds < kMaxRounds) {
                ++rounds;
                const CliResult r = center->sync(false, QProcessEnvironment::systemEnvironment(), 60000);
                if (r.exitCode != 0)
                    ++failedRuns;
                const auto states = center->outboxStates();
                settled = r.exitCode == 0 && states.value(QStringLiteral("pending")) == 0 &&
                          states.value(QStringLiteral("sent")) == 0;
            }
        }
        const QMap<QString, int> faults = proxy.faults();
        qInfo("%d pull runs, %d push runs (%d cut short); proxy faults: %s", pullRounds, rounds - pullRounds,
              failedRuns, qPrintable(describe(faults)));
        QVERIFY2(settled, qPrintable(QStringLiteral("did not converge in %1 runs; outbox: %2")
                                         .arg(kMaxRounds)
                                         .arg(describe(center->outboxStates()))));
        // The link must really have been bad: faults that break a connection happened, and runs failed of them.
        const int cuts = faults.value(QStringLiteral("stall")) + faults.value(QStringLiteral("cut-request")) +
                         faults.value(QStringLiteral("cut-response")) + faults.value(QStringLiteral("truncate"));
        QVERIFY2(cuts >= 3, "fewer than 3 connection-breaking faults: the link was not bad enough to prove anything");
        QVERIFY(failedRuns > 0);

        const auto states = center->outboxStates();
        QCOMPARE(states.value(QStringLiteral("acked")), kRecords);
        QCOMPARE(states.value(QStringLiteral("rejected")) + states.value(QStringLiteral("conflict")), 0);
        QStringList stored;
        QVERIFY(d->countyQuery(QStringLiteral("SELECT uuid FROM certifications WHERE center_code = 'L1'"), &stored));
        QCOMPARE(stored.size(), kRecords); // no record twice
        QCOMPARE(QSet<QString>(stored.begin(), stored.end()), QSet<QString>(uuids.begin(), uuids.end()));
        QCOMPARE(d->countyScalar(QStringLiteral(
                     "SELECT count(*) FROM certifications WHERE center_code = 'L1' AND status <> 'accepted'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(SyncLossyTest)
#include "tst_sync_lossy.moc"
