// The console's "overview painted < 1 s after connecting" (issue 12, docs/benchmarks.md "County reports"): a real
// `certdesk-county serve` process on a private PostgreSQL 15 cluster holding C centers, F forms and about F
// certifications (reportfill.h; dated up to today so this week's workload is full), and the supervisors' console
// offscreen in this process. Each run signs in afresh (a new client: a new TLS connection), refreshes, and stops the
// clock when the overview tab has been rendered with the answers (ConsoleWindow::refreshed, then grab()).
//
// Usage: bench_console [FORMS] [CENTERS] [RUNS]   (default 1,000,000 forms, 100 centers, 5 runs)

#include "console/consoleclient.h"
#include "console/consolewindow.h"
#include "console/overviewtab.h"
#include "countydb.h"
#include "pgcluster.h"
#include "reportfill.h"
#include "reportseed.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::countytest;

namespace {

// CPU time (user + system) of a process, in ms: what the run cost, apart from the machine's load.
qint64 cpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const long tick = sysconf(_SC_CLK_TCK);
    return fields.size() > 12 ? (fields[11].toLongLong() + fields[12].toLongLong()) * 1000 / tick : 0;
}

[[noreturn]] void giveUp(const QString &why)
{
    std::fprintf(stderr, "bench_console: %s\n", qPrintable(why));
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int forms = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int centers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 5;
    test::PgCluster pg;
    QString why;
    if (!pg.start(&why) || !pg.createDatabase(QStringLiteral("bench")))
        giveUp(QStringLiteral("no PostgreSQL: ") + why);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("county"));
    if (!seedCounty(dir, pg.url(QStringLiteral("bench"))))
        giveUp(QStringLiteral("county init failed"));
    {
        auto config = county::loadConfig(county::DataDir{dir});
        if (!config)
            giveUp(config.error().message);
        auto db = county::CountyDb::open(county::DataDir{dir}, config.value());
        if (!db)
            giveUp(db.error().message);
        bench::seedReportCounty(*db.value(), forms, centers, QDate::currentDate());
    }
    QProcess serve;
    serve.start(QStringLiteral(CERTDESK_COUNTY_BIN), {QStringLiteral("--data"), dir, QStringLiteral("serve"),
                                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray out;
    while (!out.contains('\n') && serve.waitForReadyRead(60000))
        out += serve.readAllStandardOutput();
    const auto m = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")).match(QString::fromUtf8(out));
    if (!m.hasMatch())
        giveUp(QStringLiteral("certdesk-county serve did not start"));
    const QUrl url(QStringLiteral("https://127.0.0.1:") + m.captured(1));
    const QString snapshot = tmp.filePath(QStringLiteral("snapshot.json"));
    QList<qint64> signIn, painted, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto client = console::ConsoleClient::open(url, dir + QStringLiteral("/wangjian.p12"),
                                                   QString::fromLatin1(kSupervisorPassword));
        if (!client)
            giveUp(client.error().message);
        signIn << t.elapsed();
        t.restart();
        const qint64 consoleCpu = cpuMs(QCoreApplication::applicationPid());
        const qint64 serverCpu = cpuMs(serve.processId());
        console::ConsoleWindow window(*client.value(), {}, snapshot);
        window.resize(1280, 800);
        window.show();
        QSignalSpy spy(&window, &console::ConsoleWindow::refreshed);
        window.refresh();
        if (!spy.wait(120000) || window.isOffline() || !window.lastError().isEmpty())
            giveUp(QStringLiteral("refresh failed: ") + window.lastError());
        const QPixmap shot = window.overviewTab()->grab(); // the overview tab rendered, chart included
        painted << t.elapsed();
        cpu << cpuMs(QCoreApplication::applicationPid()) - consoleCpu + cpuMs(serve.processId()) - serverCpu;
        if (shot.isNull() || window.overviewTab()->table()->rowCount() < centers)
            giveUp(QStringLiteral("the overview was not filled"));
        std::printf("run %d: sign-in %lld ms, connect → overview painted %lld ms (CPU: console + server %lld ms)\n",
                    i + 1, qint64(signIn.last()), qint64(painted.last()), qint64(cpu.last()));
        std::fflush(stdout);
    }
    serve.terminate();
    serve.waitForFinished(10000);
    std::sort(painted.begin(), painted.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("CPU time of console + server per run: median %lld ms (min %lld, max %lld)\n",
                qint64(cpu[cpu.size() / 2]), qint64(cpu.first()), qint64(cpu.last()));
    const qint64 median = painted[painted.size() / 2];
    std::printf("%s overview painted after connecting: median %lld ms (min %lld, max %lld) over %d runs, "
                "%d centers, %d forms\n",
                median < 1000 ? "PASS" : "FAIL", qint64(median), qint64(painted.first()), qint64(painted.last()), runs,
                centers, forms);
    return median < 1000 ? 0 : 1;
}
