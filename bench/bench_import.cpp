// Import of 100,000 forms from a UTF-8 CSV with the Chinese headers: the wall time of one
// ImportService::importFile call (read, decode, parse, validate, duplicate check, insert, audit, commit)
// into a fresh encrypted database. Three runs; the median is judged.
//
// Usage: bench_import [WORK_DIR]   (default $CERTDESK_BENCH_DIR or /tmp/certdesk-bench)

#include "benchsupport.h"
#include "services/importer.h"
#include "services/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace certdesk;
using namespace certdesk::bench;

namespace {

constexpr int kRows = 100'000;
constexpr int kRuns = 3;
constexpr double kTargetMs = 3000;

// One run: a fresh database each time, so that every run inserts all rows (a second import of the same
// file into the same database would only find every row unchanged).
Result<qint64> importOnce(const QString &dbPath, const QString &csvPath, const Clock &clock)
{
    removeDatabase(dbPath);
    if (auto s = createDatabase(dbPath, clock); !s)
        return s.error();
    auto session = openDatabase(dbPath, clock);
    if (!session)
        return session.error();
    ImportService importer(*session.value());
    QElapsedTimer timer;
    timer.start();
    auto report = importer.importFile(ImportKind::Forms, csvPath, TextEncoding::Utf8);
    const qint64 ns = timer.nsecsElapsed();
    if (!report)
        return report.error();
    if (!report->accepted() || report->added != kRows)
        return Error::internal(QStringLiteral("import added %1 of %2 rows; first error: %3")
                                   .arg(report->added)
                                   .arg(kRows)
                                   .arg(report->errors.isEmpty() ? QString() : report->errors.first().reason));
    return ns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SystemClock clock;
    const QString dir = workDir(argc, argv);
    if (dir.isEmpty()) {
        std::fprintf(stderr, "cannot create the work directory\n");
        return 2;
    }
    const QString csvPath = dir + QStringLiteral("/forms-100k.csv");
    const QString dbPath = dir + QStringLiteral("/import.db");

    // Written anew each time: the due dates follow today's date, and writing takes well under a second.
    const QByteArray csv = formsCsv(kRows, clock.today());
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        return 2;
    }
    file.close();
    std::printf("%s: %d rows, %.1f MB\n", qPrintable(csvPath), kRows, double(csv.size()) / 1e6);

    QList<qint64> nanos;
    for (int run = 1; run <= kRuns; ++run) {
        auto ns = importOnce(dbPath, csvPath, clock);
        if (!ns) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(ns.error().message));
            return 2;
        }
        nanos.append(ns.value());
        std::printf("  run %d: %.0f ms\n", run, double(ns.value()) / 1e6);
        std::fflush(stdout);
    }
    removeDatabase(dbPath);
    // Not judged: where the time goes. parseFormRows is the first half of importFile (decode, CSV, validation).
    QElapsedTimer parseTimer;
    parseTimer.start();
    const auto parsed = parseFormRows(csv, TextEncoding::Utf8, clock.today());
    std::printf("  of which parseFormRows alone: %.0f ms (%lld rows)\n", double(parseTimer.nsecsElapsed()) / 1e6,
                parsed ? qint64(parsed->rows.size()) : -1LL);

    const Stats stats = summarize(nanos);
    const bool ok = verdict(stats.medianMs < kTargetMs,
                            QStringLiteral("import of %1 forms from CSV: median %2 ms of %3 runs (target < 3000 ms)")
                                .arg(kRows)
                                .arg(fmtMs(stats.medianMs))
                                .arg(kRuns));
    return ok ? 0 : 1;
}
