// County sync figures (docs/benchmarks.md), end to end with real processes over loopback mutual TLS:
//  push   one center pushes 10,000 certified records: wall time of `certdesk-admin sync --json` (start to exit),
//         target < 5 s; county on SQLite.
//  pull   one center pulls 100,000 forms the county imported for it: wall time of `certdesk-admin sync`,
//         target < 10 s; county on SQLite.
//  pull-county, pull-county-pg   the county-wide service: 100,000 forms listed under 10 centers, pulled in full by
//         an 11th center with none of its own; county on SQLite / on PostgreSQL (a private cluster), target < 10 s.
//  many   50 centers push 200 records each at the same time against a county on PostgreSQL (a private cluster):
//         records / wall time from the first start to the last exit, target >= 1,000 records/s.
// The set-up (certificates, center databases, certifications) is not timed. Uses the test harness
// (tests/support) for the county process, the PostgreSQL cluster and the center databases.
//
// Usage: bench_sync [push|pull|pull-county|pull-county-pg|many ...]   (default: push, pull, many)

#include "benchsupport.h"
#include "countyprocess.h"
#include "syncdeployment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::bench;
using namespace certdesk::test;

namespace {

void note(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// Exit 2 (could not run) with a message.
[[noreturn]] void giveUp(const QString &why)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(why));
    std::exit(2);
}

std::unique_ptr<SyncDeployment> county(CountyBackend backend)
{
    auto d = std::make_unique<SyncDeployment>();
    QString why;
    bool skippable = false;
    if (!d->setUp(backend, &why, &skippable))
        giveUp(why);
    return d;
}

// CPU seconds (user + system) of a running process, from /proc (the county server).
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return fields.size() > 12 ? (fields[11].toLongLong() + fields[12].toLongLong()) / double(::sysconf(_SC_CLK_TCK))
                              : 0;
}

// CPU seconds of all reaped child processes so far (the certdesk-admin runs).
double childrenCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// One timed `sync` run of a center; the run's JSON in *json. Prints the CPU time of client and server: on a
// machine shared with other work the wall time is inflated, the CPU time much less.
qint64 timedSync(SyncDeployment &d, SyncCenter &center, QJsonObject *json)
{
    const double server0 = processCpuSeconds(d.county().pid());
    const double client0 = childrenCpuSeconds();
    QElapsedTimer t;
    t.start();
    const CliResult r = center.sync(false, QProcessEnvironment::systemEnvironment(), 600000);
    const qint64 ms = t.elapsed();
    if (r.exitCode != 0)
        giveUp(r.describe());
    *json = r.json();
    note(QStringLiteral("  wall %1 ms; CPU: client %2 s, county server %3 s")
             .arg(ms)
             .arg(childrenCpuSeconds() - client0, 0, 'f', 2)
             .arg(processCpuSeconds(d.county().pid()) - server0, 0, 'f', 2));
    return ms;
}

bool benchPush()
{
    constexpr int kRecords = 10'000;
    auto d = county(CountyBackend::Sqlite);
    auto center = d->addCenter(QStringLiteral("B1"), QStringLiteral("基准一中心"));
    if (!center)
        giveUp(QStringLiteral("center set-up failed"));
    const QList<Form> forms = syncForms(QStringLiteral("BP"), kRecords, QDate::currentDate());
    if (!d->importForms(forms, QStringLiteral("B1")) ||
        center->sync(false, QProcessEnvironment::systemEnvironment(), 600000).exitCode != 0)
        giveUp(QStringLiteral("forms set-up failed"));
    QElapsedTimer setup;
    setup.start();
    if (!center->certify(forms))
        giveUp(QStringLiteral("certify failed"));
    note(QStringLiteral("push: %1 records certified in %2 s (set-up, not timed)")
             .arg(kRecords)
             .arg(setup.elapsed() / 1000.0));
    QJsonObject json;
    const qint64 ms = timedSync(*d, *center, &json);
    const int accepted = json.value(QStringLiteral("accepted")).toInt();
    note(QStringLiteral("push: %1").arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
    return verdict(accepted == kRecords && ms < 5000,
                   QStringLiteral("sync push of %1 records over loopback mTLS, end to end: %2 ms (%3 records/s; "
                                  "target < 5 s)")
                       .arg(accepted)
                       .arg(fmtMs(ms))
                       .arg(qRound(accepted * 1000.0 / qMax<qint64>(ms, 1))));
}

bool benchPull()
{
    constexpr int kForms = 100'000;
    auto d = county(CountyBackend::Sqlite);
    auto center = d->addCenter(QStringLiteral("B2"), QStringLiteral("基准二中心"));
    if (!center)
        giveUp(QStringLiteral("center set-up failed"));
    QElapsedTimer setup;
    setup.start();
    if (!d->importForms(syncForms(QStringLiteral("BL"), kForms, QDate::currentDate()), QStringLiteral("B2")))
        giveUp(QStringLiteral("county import failed"));
    note(QStringLiteral("pull: county import of %1 forms took %2 s (set-up, not timed)")
             .arg(kForms)
             .arg(setup.elapsed() / 1000.0));
    QJsonObject json;
    const qint64 ms = timedSync(*d, *center, &json);
    const int pulled = json.value(QStringLiteral("pulled_forms")).toInt();
    return verdict(
        pulled == kForms && center->formCount() == kForms && ms < 10000,
        QStringLiteral("sync pull of %1 forms, end to end: %2 ms (target < 10 s)").arg(pulled).arg(fmtMs(ms)));
}

// County-wide service (issue 11 §1): the county's list places 100,000 forms under 10 centers (10,000 each); a
// further center, under which the list places none, pulls every form of the county. On SQLite or PostgreSQL.
bool benchPullCounty(CountyBackend backend)
{
    constexpr int kForms = 100'000;
    constexpr int kListed = 10;
    const QString db = backend == CountyBackend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    auto d = county(backend);
    QElapsedTimer setup;
    setup.start();
    const QList<Form> forms = syncForms(QStringLiteral("BC"), kForms, QDate::currentDate());
    for (int i = 0; i < kListed; ++i) {
        const QString code = QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0'));
        if (d->enroll(code, QStringLiteral("基准列表中心%1").arg(i)).isEmpty() ||
            !d->importForms(forms.mid(i * (kForms / kListed), kForms / kListed), code))
            giveUp(QStringLiteral("county import failed"));
    }
    auto center = d->addCenter(QStringLiteral("B3"), QStringLiteral("基准三中心"));
    if (!center)
        giveUp(QStringLiteral("center set-up failed"));
    note(QStringLiteral("pull-county (%1): county import of %2 forms under %3 centers took %4 s (set-up, not timed)")
             .arg(db)
             .arg(kForms)
             .arg(kListed)
             .arg(setup.elapsed() / 1000.0));
    QJsonObject json;
    const qint64 ms = timedSync(*d, *center, &json);
    const int pulled = json.value(QStringLiteral("pulled_forms")).toInt();
    return verdict(pulled == kForms && center->formCount() == kForms && ms < 10000,
                   QStringLiteral("county-wide pull (%1) of %2 forms by a center with none of its own, end to end: "
                                  "%3 ms (target < 10 s)")
                       .arg(db)
                       .arg(pulled)
                       .arg(fmtMs(ms)));
}

bool benchMany()
{
    constexpr int kCenters = 50;
    constexpr int kPerCenter = 200;
    auto d = county(CountyBackend::Postgres);
    std::vector<std::unique_ptr<SyncCenter>> centers;
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < kCenters; ++i) {
        const QString code = QStringLiteral("M%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        auto center = d->addCenter(code, QStringLiteral("基准中心%1").arg(i + 1));
        const QList<Form> forms = syncForms(code, kPerCenter, QDate::currentDate());
        if (!center || !d->importForms(forms, code) || center->sync().exitCode != 0 || !center->certify(forms))
            giveUp(QStringLiteral("set-up of center %1 failed").arg(code));
        centers.push_back(std::move(center));
    }
    note(QStringLiteral("many: %1 centers with %2 records each set up in %3 s (not timed)")
             .arg(kCenters)
             .arg(kPerCenter)
             .arg(setup.elapsed() / 1000.0));
    std::vector<std::unique_ptr<QProcess>> runs;
    QElapsedTimer t;
    t.start();
    for (auto &c : centers)
        runs.emplace_back(c->startSync());
    for (auto &p : runs)
        if (!p->waitForFinished(600000) || p->exitCode() != 0)
            giveUp(QStringLiteral("a center's sync failed: ") + QString::fromUtf8(p->readAllStandardError()));
    const qint64 ms = t.elapsed();
    int accepted = 0;
    for (auto &p : runs)
        accepted +=
            QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(QStringLiteral("accepted")).toInt();
    const qint64 stored = d->countyScalar(QStringLiteral("SELECT count(*) FROM certifications"));
    const double rate = accepted * 1000.0 / qMax<qint64>(ms, 1);
    return verdict(accepted == kCenters * kPerCenter && stored == accepted && rate >= 1000,
                   QStringLiteral("%1 concurrent centers vs PostgreSQL: %2 records in %3 ms = %4 records/s "
                                  "(target >= 1,000/s)")
                       .arg(kCenters)
                       .arg(accepted)
                       .arg(fmtMs(ms))
                       .arg(qRound(rate)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList which = app.arguments().mid(1);
    if (which.isEmpty())
        which = {QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("many")};
    bool all = true;
    for (const QString &w : which) {
        if (w == QLatin1String("push"))
            all = benchPush() && all;
        else if (w == QLatin1String("pull"))
            all = benchPull() && all;
        else if (w == QLatin1String("many"))
            all = benchMany() && all;
        else if (w == QLatin1String("pull-county"))
            all = benchPullCounty(CountyBackend::Sqlite) && all;
        else if (w == QLatin1String("pull-county-pg"))
            all = benchPullCounty(CountyBackend::Postgres) && all;
        else
            giveUp(QStringLiteral("unknown benchmark %1 (push, pull, pull-county, pull-county-pg, many)").arg(w));
    }
    return all ? 0 : 1;
}
