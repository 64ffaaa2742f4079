// Lookup at the counter with 1,000,000 forms in the encrypted database: CertificationService::lookupForm and
// lookupById (the product path) against the same SELECT through the bare SQLCipher C API on the same connection.
//
// Usage: bench_store [WORK_DIR]   (default $CERTDESK_BENCH_DIR or /tmp/certdesk-bench)

#include "bareapi.h"
#include "benchsupport.h"
#include "services/certification.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "storefill.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <array>
#include <cstdio>
#include <functional>

using namespace certdesk;
using namespace certdesk::bench;

namespace {

constexpr int kSamples = 2000;
// Not measured: fills SQLite's page cache with the upper B-tree levels, as on a counter that has been
// open for a while (the file itself is in the OS page cache either way after the fill or a first run).
constexpr int kWarmup = 500;

struct Key
{
    QString formNo;
    QString checkCode;
    QString idNo;
    QByteArray formNoUtf8;
    QByteArray idNoUtf8;
};

// One kind of lookup, with its own random keys: no probe finds pages that another probe just brought in.
struct Probe
{
    Probe(const char *probeName, std::function<bool(const Key &)> probe) : name(probeName), run(std::move(probe)) {}

    const char *name;
    std::function<bool(const Key &)> run; // false: not exactly the expected form came back
    QList<Key> keys;
    QList<qint64> nanos;
    int wrong = 0;
};

QList<Key> randomKeys(quint32 seed, int forms)
{
    QRandomGenerator rng(seed);
    const QDate anyDay(2026, 11, 27); // the keys do not depend on the due date
    QList<Key> keys;
    for (int i = 0; i < kWarmup + kSamples; ++i) {
        const Form f = benchForm(int(rng.bounded(forms)), anyDay);
        keys.append({f.formNo, f.checkCode, f.person.idNo, f.formNo.toUtf8(), f.person.idNo.toUtf8()});
    }
    return keys;
}

// Round-robin over the probes, rotating which goes first, so that cache warmth and CPU frequency drift
// affect them alike.
void measure(std::array<Probe, 4> &probes)
{
    for (int i = 0; i < kWarmup + kSamples; ++i) {
        for (int j = 0; j < int(probes.size()); ++j) {
            Probe &p = probes[(i + j) % probes.size()];
            QElapsedTimer timer;
            timer.start();
            const bool right = p.run(p.keys.at(i));
            const qint64 ns = timer.nsecsElapsed();
            if (i < kWarmup)
                continue;
            p.nanos.append(ns);
            p.wrong += right ? 0 : 1;
        }
    }
}

bool report(const std::array<Probe, 4> &probes)
{
    std::printf("\n%-40s %10s %10s %8s\n", "lookup (n = 2000 each)", "median ms", "p95 ms", "wrong");
    std::array<Stats, 4> stats;
    for (size_t i = 0; i < probes.size(); ++i) {
        stats[i] = summarize(probes[i].nanos);
        std::printf("%-40s %10.4f %10.4f %8d\n", probes[i].name, stats[i].medianMs, stats[i].p95Ms, probes[i].wrong);
    }
    std::printf("\n");
    bool ok = true;
    const char *what[] = {"form number", "ID number"};
    for (int k = 0; k < 2; ++k) {
        const Stats &product = stats[size_t(2 * k)];
        const Stats &bare = stats[size_t(2 * k + 1)];
        const double ratio = product.medianMs / bare.medianMs;
        ok &= verdict(product.medianMs < 0.2, QStringLiteral("lookup by %1, 1M forms: median %2 ms (target < 0.2 ms)")
                                                  .arg(QLatin1String(what[k]), fmtMs(product.medianMs)));
        ok &= verdict(ratio <= 2.0,
                      QStringLiteral("lookup by %1: product/bare C API = %2x (bare %3 ms; target <= 2x)")
                          .arg(QLatin1String(what[k]), QString::number(ratio, 'f', 2), fmtMs(bare.medianMs)));
    }
    int wrong = 0;
    for (const Probe &p : probes)
        wrong += p.wrong;
    ok &= verdict(wrong == 0, QStringLiteral("every lookup returned exactly its form (%1 wrong)").arg(wrong));
    return ok;
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
    StoreSpec spec;
    spec.dbPath = dir + QStringLiteral("/store-1m.db");
    if (auto s = ensureStore(spec, clock); !s) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(s.error().message));
        return 2;
    }

    QElapsedTimer openTimer;
    openTimer.start();
    auto session = openDatabase(spec.dbPath, clock);
    if (!session) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(session.error().message));
        return 2;
    }
    std::printf("Session::open: %lld ms (KDF %d iterations; sign-in is not on the measured path)\n",
                openTimer.elapsed(), kBenchKdfIterations);

    CertificationService service(*session.value());
    sqlite3 *db = SessionAccess::db(*session.value()).handle();
    printVersions(db);
    sqlite3_stmt *byFormNo = prepareBare(db, "SELECT * FROM forms WHERE form_no = ?");
    sqlite3_stmt *byIdNo = prepareBare(db, "SELECT * FROM forms WHERE id_no = ?");
    if (!byFormNo || !byIdNo)
        return 2;

    std::array<Probe, 4> probes = {{
        {"CertificationService::lookupForm",
         [&](const Key &k) {
             auto r = service.lookupForm(k.formNo, k.checkCode);
             return r.ok() && r->form.formNo == k.formNo;
         }},
        {"bare C API: WHERE form_no = ?", [&](const Key &k) { return bareRows(byFormNo, k.formNoUtf8) == 1; }},
        {"CertificationService::lookupById",
         [&](const Key &k) {
             auto r = service.lookupById(k.idNo);
             return r.ok() && r->size() == 1 && r->first().form.person.idNo == k.idNo;
         }},
        {"bare C API: WHERE id_no = ?", [&](const Key &k) { return bareRows(byIdNo, k.idNoUtf8) == 1; }},
    }};
    for (size_t i = 0; i < probes.size(); ++i)
        probes[i].keys = randomKeys(quint32(20261127 + i), spec.forms);

    measure(probes);
    const bool ok = report(probes);
    reportFullScans(db);
    sqlite3_finalize(byFormNo);
    sqlite3_finalize(byIdNo);
    return ok ? 0 : 1;
}
