// Personal data outside the encrypted file (safekeeping issue, security review M6): exports and PDFs are written
// 0600, no executable can leave a core dump, the counter database syncs every commit (synchronous = FULL).

#include "clirunner.h"
#include "core/hardening.h"
#include "fixture.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr auto kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions();
}

// "Max core file size" soft and hard limits of a running process, from /proc/<pid>/limits.
QString coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26).simplified());
    return {};
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsAndPdfsAreOwnerOnly();
    void everyExecutableStartsWithoutCoreDumps_data();
    void everyExecutableStartsWithoutCoreDumps();
    void counterDatabaseSyncsEveryCommit();
    void personalDataFromStdinNotArgv();
    void hardenProcessDisablesDumps(); // last: it turns dumps off for this test process too
};

void TestPrivacy::exportsAndPdfsAreOwnerOnly()
{
    TestCenter center;
    center.seedForms(5);
    const QString pw = TestCenter::passwordOf(QStringLiteral("admin"));
    const QString day = center.clock.today().toString(Qt::ISODate);
    for (const char *format : {"csv", "json"}) {
        const QString out = center.dir.filePath(QStringLiteral("results.") + QLatin1String(format));
        auto r = runCli(cliArgs("--db", center.dbPath, "--user", "admin", "export", "results", "--from", day, "--to",
                                day, "--format", format, "--out", out),
                        stdinLines({pw}));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(modeOf(out), kOwnerOnly);
    }
    const QString pdf = center.dir.filePath(QStringLiteral("workload.pdf"));
    auto p = runCli(cliArgs("--db", center.dbPath, "--user", "admin", "print", "workload", "--from", day, "--to", day,
                            "--out", pdf),
                    stdinLines({pw}));
    CLI_EXPECT_EXIT(p, 0);
    QCOMPARE(modeOf(pdf), kOwnerOnly);
    // An existing, world-readable file is replaced by an owner-only one (QSaveFile renames a new file over it).
    const QString old = center.dir.filePath(QStringLiteral("old.csv"));
    QVERIFY(writeFile(old, "old"));
    QVERIFY(QFile::setPermissions(old, kOwnerOnly | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    auto again = runCli(cliArgs("--db", center.dbPath, "--user", "admin", "export", "results", "--from", day, "--to",
                                day, "--format", "csv", "--out", old),
                        stdinLines({pw}));
    CLI_EXPECT_EXIT(again, 0);
    QCOMPARE(modeOf(old), kOwnerOnly);

    QSaveFile file(center.dir.filePath(QStringLiteral("direct.txt")));
    QVERIFY(openPrivate(file));
    QVERIFY(file.write("x") == 1 && file.commit());
    QCOMPARE(modeOf(file.fileName()), kOwnerOnly);
}

void TestPrivacy::hardenProcessDisablesDumps()
{
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    hardenProcess();
    rlimit after{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, rlim_t(0));
    QCOMPARE(after.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestPrivacy::everyExecutableStartsWithoutCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTemporaryDir dir;
    // Each waits for a secret on stdin (or runs its event loop), so the live process can be inspected.
    QTest::newRow("certdesk-admin") << QStringLiteral(CERTDESK_ADMIN_BIN)
                                    << cliArgs("--db", "/nonexistent/x.db", "--user", "u", "verify");
    QTest::newRow("certdesk-county") << QStringLiteral(CERTDESK_COUNTY_BIN)
                                     << cliArgs("--data", "/nonexistent/county", "--db-password-stdin", "init",
                                                "--county-code", "C1", "--county-name", "N");
    QTest::newRow("certdesk") << QStringLiteral(CERTDESK_GUI_BIN) << QStringList();
}

void TestPrivacy::everyExecutableStartsWithoutCoreDumps()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path()); // the GUI's settings and first-run state stay in here
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    // The child starts with core dumps allowed (it inherits this process's limit); it must turn them off itself.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QVERIFY2(setrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur > 0,
             "the hard core-size limit is 0 here, so the test cannot tell a hardened process from this one");
    p.start(program, args);
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(p.processId()), QStringLiteral("0 0 bytes"), 20000);
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();
    p.waitForFinished();
}

void TestPrivacy::counterDatabaseSyncsEveryCommit()
{
    TestCenter center;
    auto session = center.open(QStringLiteral("admin"));
    QVERIFY(session);
    auto q = SessionAccess::db(*session).prepare("PRAGMA synchronous");
    QVERIFY(q.ok() && q->step().value());
    QCOMPARE(q->int64(0), 2); // FULL: the WAL is synced at every commit, so a power cut keeps what was committed
}

// --stdin-json: the ID number, address and phone come from stdin (first line), the password after it.
void TestPrivacy::personalDataFromStdinNotArgv()
{
    // The CLI runs on the real clock: a rolling cycle with forms due soon is open whatever today is.
    TestCenter center(CyclePolicy::Rolling, QDateTime::currentDateTime());
    const QList<Form> forms = center.seedForms(3);
    center.addUser(QStringLiteral("clerk"), Role::Clerk);
    const QString pw = TestCenter::passwordOf(QStringLiteral("clerk"));
    const Form &f = forms.first();
    const QString person = QStringLiteral("{\"id\":\"%1\",\"address\":\"测试路9号\",\"postcode\":\"100010\","
                                          "\"phone\":\"13800000009\"}")
                               .arg(f.person.idNo);
    const QStringList args = cliArgs("--db", center.dbPath, "--user", "clerk", "certify", "--form", f.formNo, "--check",
                                     f.checkCode, "--alive", "yes", "--stdin-json", "--json");
    auto r = runCli(args, stdinLines({person, pw}));
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY(!r.args.join(QLatin1Char(' ')).contains(f.person.idNo));
    QCOMPARE(r.json().value(QStringLiteral("form_no")).toString(), f.formNo);

    const Form &g = forms.at(1);
    auto found = runCli(cliArgs("--db", center.dbPath, "--user", "clerk", "lookup", "--stdin-json", "--json"),
                        stdinLines({QStringLiteral("{\"id\":\"%1\"}").arg(g.person.idNo), pw}));
    CLI_EXPECT_EXIT(found, 0);
    QVERIFY(found.outText().contains(g.formNo));

    // Refusals: not JSON, an unknown key, a non-string, the same field on argv too, nothing on stdin.
    const QStringList base = cliArgs("--db", center.dbPath, "--user", "clerk", "certify", "--form", g.formNo, "--check",
                                     g.checkCode, "--alive", "yes", "--stdin-json");
    CLI_EXPECT_EXIT(runCli(base, stdinLines({QStringLiteral("not json"), pw})), 2);
    CLI_EXPECT_EXIT(runCli(base, stdinLines({QStringLiteral("{\"name\":\"x\"}"), pw})), 2);
    CLI_EXPECT_EXIT(runCli(base, stdinLines({QStringLiteral("{\"id\":1}"), pw})), 2);
    CLI_EXPECT_EXIT(runCli(base + cliArgs("--id", g.person.idNo),
                           stdinLines({QStringLiteral("{\"id\":\"%1\"}").arg(g.person.idNo), pw})),
                    2);
    CLI_EXPECT_EXIT(runCli(base), 2);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
