// The supervisors' report endpoints (docs/county-reports.md, docs/benchmarks.md "County reports"): a county database
// on a private PostgreSQL 15 cluster with C centers, F forms and about F certifications (90 % of the forms certified
// once, 10 % of those corrected), seeded with SQL (generate_series; not timed), then each report computed through
// the endpoint code (reportsAnswer: SQL, JSON and serialisation; TLS and the socket excluded) R times.
//
// Usage: bench_reports [FORMS] [CENTERS] [RUNS]   (default 1,000,000 forms, 100 centers, 5 runs)
// Target: every report < 200 ms (median) at 100 centers / 1,000,000 forms / 1,000,000 certifications.

#include "countydb.h"
#include "countyserver.h"
#include "pgcluster.h"
#include "reportfill.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace certdesk;
using namespace certdesk::county;

namespace {

[[noreturn]] void giveUp(const QString &why)
{
    std::fprintf(stderr, "bench_reports: %s\n", qPrintable(why));
    std::exit(2);
}

void note(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int forms = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int centers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 5;
    test::PgCluster pg;
    QString why;
    if (!pg.start(&why) || !pg.createDatabase(QStringLiteral("bench")))
        giveUp(QStringLiteral("no PostgreSQL: ") + why);
    QTemporaryDir dir;
    const CountyConfig config{QStringLiteral("X1"), QStringLiteral("测试县"), pg.url(QStringLiteral("bench"))};
    auto db = CountyDb::open(DataDir{dir.path()}, config);
    if (!db)
        giveUp(db.error().message);
    bench::seedReportCounty(*db.value(), forms, centers, QDate(2026, 5, 12));
    const QList<std::pair<QString, QString>> reports{
        {QStringLiteral("overview"), QStringLiteral("today=2026-05-12")},
        {QStringLiteral("centers"), QStringLiteral("today=2026-05-12")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12&center=C001")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12&by=arrival")},
        {QStringLiteral("review"), QString()},
        {QStringLiteral("open"), QStringLiteral("center=C002")},
    };
    bool allPass = true;
    for (const auto &[name, query] : reports) {
        QList<qint64> ms;
        qsizetype bytes = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const HttpAnswer a = reportsAnswer(*db.value(), config, "GET", QLatin1String(kReportsPrefix) + name,
                                               QUrlQuery(query), {}, QStringLiteral("bench"));
            ms << t.elapsed();
            bytes = a.body.size();
            if (a.status != 200)
                giveUp(name + QStringLiteral(": ") + QString::fromUtf8(a.body));
        }
        std::sort(ms.begin(), ms.end());
        const qint64 median = ms[ms.size() / 2];
        const bool pass = median < 200;
        allPass = allPass && pass;
        note(QStringLiteral("%1 %2?%3: median %4 ms (min %5, max %6), %7 bytes")
                 .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"), name, query)
                 .arg(median)
                 .arg(ms.first())
                 .arg(ms.last())
                 .arg(bytes));
    }
    return allPass ? 0 : 1;
}
