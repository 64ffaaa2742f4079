#pragma once

// Shared by the benchmark programs: reproducible fictitious forms, timing statistics, the work directory,
// throw-away databases and the PASS/FAIL lines that bench/run.sh collects.

#include "core/clock.h"
#include "core/result.h"
#include "domain/types.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace certdesk {
class Session;
}

namespace certdesk::bench {

// Forms are a pure function of their index, so a lookup benchmark can re-derive its keys without reading them
// back. Every index below kMaxForms gets a distinct, valid ID number (one person per form).
constexpr int kMaxForms = 10'000'000;
Form benchForm(int index, const QDate &today);

// The forms [0, count) as a UTF-8 CSV with the Chinese column names printed on the form.
QByteArray formsCsv(int count, const QDate &today);

struct Stats
{
    double medianMs = 0;
    double p95Ms = 0;
};
Stats summarize(QList<qint64> nanos);

// argv[1], else $CERTDESK_BENCH_DIR, else /tmp/certdesk-bench; created if missing. Empty on failure.
QString workDir(int argc, char **argv);

// The key slots use kBenchKdfIterations PBKDF2 rounds instead of the product's 1,000,000, so that opening a
// session costs milliseconds: the KDF runs once per sign-in and is not on any measured path.
constexpr int kBenchKdfIterations = 1000;
Status createDatabase(const QString &dbPath, const Clock &clock);
Result<std::unique_ptr<Session>> openDatabase(const QString &dbPath, const Clock &clock);
void removeDatabase(const QString &dbPath);

// Prints "PASS  what" or "FAIL  what" and returns pass.
bool verdict(bool pass, const QString &what);

QString fmtMs(double ms);

} // namespace certdesk::bench
