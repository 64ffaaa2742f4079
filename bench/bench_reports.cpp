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

void run(CountyDb &db, const QString &sql)
{
    if (auto r = db.run(sql); !r)
        giveUp(r.error().message);
}

void seed(CountyDb &db, int forms, int centers)
{
    const QString f = QString::number(forms);
    const QString c = QString::number(centers);
    const QString certified = QString::number(forms * 9 / 10);
    const QString corrected = QString::number(forms / 10);
    run(db, QStringLiteral("INSERT INTO centers(code, name, enrolled_at, last_contact_at, program_version, "
                           "clock_offset_ms, waiting) SELECT 'C' || lpad(i::text, 3, '0'), '中心' || i, "
                           "'2026-01-05T00:00:00.000Z', to_char(now() - (i || ' hours')::interval, "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), '0.1.0', i * 10, i % 7 FROM generate_series(1, %1) i")
                .arg(c));
    run(db, QStringLiteral("INSERT INTO certificates(serial, center_code, issued_at, not_after) SELECT 's' || i, "
                           "'C' || lpad(i::text, 3, '0'), '2026-01-05T00:00:00.000Z', '2029-01-05T00:00:00.000Z' "
                           "FROM generate_series(1, %1) i")
                .arg(c));
    run(db, QStringLiteral("INSERT INTO forms(form_no, center_code, status, id_no, name, cycle, payload, imported_at, "
                           "variant, due_date) SELECT 'F' || lpad(i::text, 8, '0'), 'C' || lpad((i % %2 + 1)::text, "
                           "3, '0'), CASE WHEN i % 50 = 0 THEN 'withdrawn' ELSE 'pending' END, "
                           "'110101195003' || lpad((i % 1000000)::text, 6, '0'), '姓名' || i, 2026, '{}', "
                           "'2026-01-05T00:00:00.000Z', 'online', to_char(date '2026-06-30' - (i % 90), "
                           "'YYYY-MM-DD') FROM generate_series(1, %1) i")
                .arg(f, c));
    // Certifications: forms 1..90 %, dated over the 60 days before 2026-05-12, by 7 clerks per center; then
    // corrections of the first 10 %.
    const QString cert = QStringLiteral(
        "INSERT INTO certifications(uuid, center_code, form_no, cycle, id_no, name, alive, method, clerk, "
        "clerk_name, certified_at, local_date, remark, status, received_at, source, variant, supersedes, "
        "new_address) SELECT %1, 'C' || lpad((i % %2 + 1)::text, 3, '0'), 'F' || lpad(i::text, 8, '0'), 2026, "
        "'110101195003' || lpad((i % 1000000)::text, 6, '0'), '姓名' || i, CASE WHEN i % 97 = 0 THEN 0 ELSE 1 END, "
        "'idcard', 'k' || (i % 7), '经办' || (i % 7), to_char(d, 'YYYY-MM-DD\"T\"08:00:00.000Z'), "
        "to_char(d, 'YYYY-MM-DD'), '', 'accepted', to_char(d + 1, 'YYYY-MM-DD\"T\"09:00:00.000Z'), 'list', 'online', "
        "%3, %4 FROM (SELECT i, date '2026-05-12' - (i % 60) AS d FROM generate_series(1, %5) i) s");
    run(db, cert.arg(QStringLiteral("'u' || i"), c, QStringLiteral("NULL"), QStringLiteral("NULL"), certified));
    run(db, cert.arg(QStringLiteral("'v' || i"), c, QStringLiteral("'u' || i"),
                     QStringLiteral("CASE WHEN i % 3 = 0 THEN '新地址' ELSE NULL END"), corrected));
    run(db, QStringLiteral("UPDATE certifications SET status = 'conflict' WHERE uuid IN "
                           "(SELECT 'u' || i FROM generate_series(1000, 1100) i)"));
    run(db, QStringLiteral("ANALYZE"));
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
    QElapsedTimer seedTimer;
    seedTimer.start();
    seed(*db.value(), forms, centers);
    note(QStringLiteral("seed: %1 centers, %2 forms, %3 certifications in %4 s (not timed below)")
             .arg(centers)
             .arg(forms)
             .arg(forms * 9 / 10 + forms / 10)
             .arg(double(seedTimer.elapsed()) / 1000, 0, 'f', 1));
    const QList<std::pair<QString, QString>> reports{
        {QStringLiteral("overview"), QStringLiteral("today=2026-05-12")},
        {QStringLiteral("centers"), QStringLiteral("today=2026-05-12")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12&center=C001")},
        {QStringLiteral("workload"), QStringLiteral("from=2026-05-06&to=2026-05-12&by=arrival")},
        {QStringLiteral("review"), QString()},
        {QStringLiteral("open"), QStringLiteral("center=C001")},
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
