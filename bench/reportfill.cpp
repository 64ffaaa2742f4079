#include "reportfill.h"

#include "tallies.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

namespace certdesk::bench {

using county::CountyDb;

namespace {

void run(CountyDb &db, const QString &sql)
{
    if (auto r = db.run(sql); !r) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(r.error().message));
        std::exit(2);
    }
}

} // namespace

void seedReportCounty(CountyDb &db, int forms, int centers, const QDate &lastDay)
{
    QElapsedTimer timer;
    timer.start();
    const QString f = QString::number(forms);
    const QString c = QString::number(centers);
    const QString certified = QString::number(forms * 9 / 10);
    const QString corrected = QString::number(forms / 10);
    const QString last = lastDay.toString(Qt::ISODate);
    const QString due = QDate(lastDay.year(), 6, 30).toString(Qt::ISODate);
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
                           "'110101195003' || lpad((i % 1000000)::text, 6, '0'), '姓名' || i, %3, '{}', "
                           "'2026-01-05T00:00:00.000Z', 'online', to_char(date '%4' - (i % 90), "
                           "'YYYY-MM-DD') FROM generate_series(1, %1) i")
                .arg(f, c, QString::number(lastDay.year()), due));
    // Certifications: forms 1..90 %, dated over the 60 days up to lastDay, by 7 clerks per center; then corrections
    // of the first 10 %.
    const QString cert = QStringLiteral(
        "INSERT INTO certifications(uuid, center_code, form_no, cycle, id_no, name, alive, method, clerk, "
        "clerk_name, certified_at, local_date, remark, status, received_at, source, variant, supersedes, "
        "new_address) SELECT %1, 'C' || lpad((i % %2 + 1)::text, 3, '0'), 'F' || lpad(i::text, 8, '0'), %6, "
        "'110101195003' || lpad((i % 1000000)::text, 6, '0'), '姓名' || i, CASE WHEN i % 97 = 0 THEN 0 ELSE 1 END, "
        "'idcard', 'k' || (i % 7), '经办' || (i % 7), to_char(d, 'YYYY-MM-DD\"T\"08:00:00.000Z'), "
        "to_char(d, 'YYYY-MM-DD'), '', 'accepted', to_char(d + 1, 'YYYY-MM-DD\"T\"09:00:00.000Z'), 'list', 'online', "
        "%3, %4 FROM (SELECT i, date '%7' - (i % 60) AS d FROM generate_series(1, %5) i) s");
    const QString year = QString::number(lastDay.year());
    run(db,
        cert.arg(QStringLiteral("'u' || i"), c, QStringLiteral("NULL"), QStringLiteral("NULL"), certified, year, last));
    run(db, cert.arg(QStringLiteral("'v' || i"), c, QStringLiteral("'u' || i"),
                     QStringLiteral("CASE WHEN i % 3 = 0 THEN '新地址' ELSE NULL END"), corrected, year, last));
    run(db, QStringLiteral("UPDATE certifications SET status = 'conflict' WHERE uuid IN "
                           "(SELECT 'u' || i FROM generate_series(1000, 1100) i)"));
    run(db, QStringLiteral("ANALYZE"));
    std::printf("seed: %d centers, %d forms, %d certifications in %.1f s (SQL, not timed below)\n", centers, forms,
                forms * 9 / 10 + forms / 10, double(timer.elapsed()) / 1000);
    std::fflush(stdout);
    // The rows went in behind the tallies' back: fill them as the schema step does for an existing county (the step
    // builds forms_open after the backfill; autovacuum then clears the updated forms' old versions: VACUUM here).
    timer.restart();
    run(db, QStringLiteral("DROP INDEX forms_open"));
    {
        county::CountyTransaction tx(db);
        if (!tx.begun().ok() || !county::rebuildTallies(db).ok() || !tx.commit().ok()) {
            std::fprintf(stderr, "seed: filling the tallies failed\n");
            std::exit(2);
        }
    }
    run(db,
        QStringLiteral("CREATE INDEX forms_open ON forms(center_code, cycle, status, standing, due_date, form_no)"));
    std::printf("tallies filled from the rows and forms_open built (the schema step) in %.1f s\n",
                double(timer.elapsed()) / 1000);
    timer.restart();
    run(db, QStringLiteral("VACUUM ANALYZE"));
    std::printf("VACUUM ANALYZE (what autovacuum does after the bulk update) in %.1f s\n",
                double(timer.elapsed()) / 1000);
    std::fflush(stdout);
}

} // namespace certdesk::bench
