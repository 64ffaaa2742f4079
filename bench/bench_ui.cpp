// Counter-screen benchmarks on the 1,000,000-form database of bench_store:
//  - last scanner key → person panel filled and repainted: median < 16 ms (one frame at 60 Hz);
//  - cold start of the real `certdesk` process to its unlock window: < 500 ms;
//  - resident memory with the counter screen open on that database (after the scans): < 150 MB.
#include "benchsupport.h"
#include "storefill.h"

#include "core/workstationsettings.h"
#include "domain/scanpayload.h"
#include "services/accounts.h"
#include "services/session.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace certdesk;
using namespace certdesk::bench;

namespace {

class SilentPrompter final : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }
    void inform(QWidget *, const QString &, const QString &) override {}
    void warn(QWidget *, const QString &, const QString &) override {}
    QString openFile(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
};

const QString kClerk = QStringLiteral("benchclerk");
const QString kClerkPassword = QStringLiteral("bench-clerk-password");

bool ensureClerk(const QString &dbPath, const Clock &clock)
{
    if (Session::open(dbPath, kClerk, kClerkPassword, clock))
        return true;
    auto admin = openDatabase(dbPath, clock);
    if (!admin)
        return false;
    admin.value()->setKdfIterations(kBenchKdfIterations);
    return AccountService(*admin.value()).add(kClerk, Role::Clerk, QStringLiteral("基准经办"), kClerkPassword).ok();
}

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool coldStart(const QString &certdesk, const QString &dbPath)
{
    QList<qint64> nanos;
    for (int i = 0; i < 11; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(certdesk, {QStringLiteral("--db"), dbPath, QStringLiteral("--startup-probe")});
        if (!p.waitForFinished(20000) || p.exitCode() != 0) {
            std::fprintf(stderr, "certdesk --startup-probe failed\n");
            return false;
        }
        if (i > 0) // the first run warms the OS file cache
            nanos << t.nsecsElapsed();
    }
    const Stats s = summarize(nanos);
    std::printf("cold start to unlock window (10 runs): median %s ms, p95 %s ms\n", qPrintable(fmtMs(s.medianMs)),
                qPrintable(fmtMs(s.p95Ms)));
    return verdict(s.medianMs < 500, QStringLiteral("cold start median %1 ms < 500 ms").arg(fmtMs(s.medianMs)));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    SystemClock clock;
    const QString dir = workDir(argc, argv);
    StoreSpec spec;
    spec.dbPath = dir + QStringLiteral("/store-1m.db");
    if (dir.isEmpty() || !ensureStore(spec, clock) || !ensureClerk(spec.dbPath, clock)) {
        std::fprintf(stderr, "cannot prepare the 1M-form database\n");
        return 2;
    }
    SilentPrompter prompter;
    qint64 nowMs = 1000;
    WorkstationSettings settings(dir + QStringLiteral("/workstation.ini"));
    UiContext context{spec.dbPath, clock, prompter, settings, [&nowMs] { return nowMs; }, kBenchKdfIterations};
    MainWindow window(context);
    window.show();
    QApplication::setActiveWindow(&window);
    (void)QTest::qWaitForWindowExposed(&window);
    std::printf("resident memory at the unlock window: %lld MB\n", residentKb() / 1024);
    window.findChild<QLineEdit *>(QStringLiteral("unlockAccount"))->setText(kClerk);
    auto *password = window.findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    password->setText(kClerkPassword);
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return window.session() != nullptr; }, 20000)) {
        std::fprintf(stderr, "sign-in failed\n");
        return 2;
    }
    std::printf("resident memory after sign-in: %lld MB\n", residentKb() / 1024);
    auto *panel = window.findChild<QWidget *>(QStringLiteral("personPanel"));
    auto *name = window.findChild<QLabel *>(QStringLiteral("formName"));
    const QDate today = clock.today();
    QRandomGenerator rng(42);
    QList<qint64> nanos;
    int wrong = 0;
    for (int i = 0; i < 300; ++i) {
        const Form f = benchForm(int(rng.bounded(spec.forms)), today);
        const QString payload =
            encodeQrPayload(f.formNo, f.checkCode, true, QStringLiteral("BENCH01"), today, QStringLiteral("-"));
        for (const QChar ch : payload) {
            nowMs += 4;
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
        }
        nowMs += 4;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the last key of the burst
        const qint64 handled = t.nsecsElapsed();
        panel->repaint(); // the frame the clerk sees
        const qint64 elapsed = t.nsecsElapsed();
        if (qEnvironmentVariableIsSet("BENCH_UI_SPLIT") && i % 20 == 0)
            std::printf("  scan %d: handled %.1f ms, painted %.1f ms\n", i, handled / 1e6, elapsed / 1e6);
        if (name->text() != f.person.name)
            ++wrong;
        if (i >= 20) // warm-up
            nanos << elapsed;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12); // 下一位
    }
    const Stats s = summarize(nanos);
    std::printf("last scanner key -> person panel filled and painted (280 scans): median %s ms, p95 %s ms\n",
                qPrintable(fmtMs(s.medianMs)), qPrintable(fmtMs(s.p95Ms)));
    bool ok = verdict(s.medianMs < 16, QStringLiteral("scan to panel median %1 ms < 16 ms").arg(fmtMs(s.medianMs)));
    ok &= verdict(wrong == 0, QStringLiteral("every scan showed its own person (%1 wrong)").arg(wrong));
    const qint64 rss = residentKb();
    std::printf("resident memory with the counter open on %d forms: %lld MB\n", spec.forms, rss / 1024);
    ok &= verdict(rss > 0 && rss < 150 * 1024, QStringLiteral("resident memory %1 MB < 150 MB").arg(rss / 1024));
    window.lock();
    const QString certdesk = QStringLiteral(CERTDESK_GUI_BIN);
    ok &= coldStart(certdesk, spec.dbPath);
    return ok ? 0 : 1;
}
