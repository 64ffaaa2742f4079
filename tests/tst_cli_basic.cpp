// Process-level contract tests of certdesk-admin: check-id, init, usage errors, passwords and lockout,
// account commands and verify (including a tampered audit log). See tst_cli_flow.cpp for the counter work.
//
// The CLI unlocks with the real KDF cost (~0.35 s per password), so one database is shared by the whole
// class; the functions run in declaration order and some depend on the accounts changed before them.

#include "clirunner.h"
#include "core/clock.h"
#include "domain/citizenid.h"
#include "services/session.h"
#include "sessionaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPw = QStringLiteral("admin-Pass-1");
const QString kSup = QStringLiteral("sup");
const QString kSupPw = QStringLiteral("super-Pass-1");
const QString kClerk = QStringLiteral("clerk1");
const QString kClerkPw = QStringLiteral("clerk-Pass-1");
const QString kClerkNewPw = QStringLiteral("clerk-Pass-2"); // set by the admin
const QString kClerkPw3 = QStringLiteral("clerk-Pass-3");   // then by the clerk
const QString kLocky = QStringLiteral("clerk2");            // only used by the lockout test
const QString kLockyPw = QStringLiteral("clerk2-Pass-1");

// A fictitious woman born 1949-12-31 in 110105; the check character is X.
const QString kSampleId = QStringLiteral("11010519491231002X");

QString withCheck(const QString &first17)
{
    return first17 + citizenIdCheckChar(first17);
}

// check-id --json: these keys, plus "province" when valid or the error "code" when not (docs/cli.md).
const QSet<QString> kCheckIdKeys{QStringLiteral("valid"), QStringLiteral("id"),     QStringLiteral("birth"),
                                 QStringLiteral("sex"),   QStringLiteral("region"), QStringLiteral("reason")};

} // namespace

class CliBasicTest : public QObject
{
    Q_OBJECT

private:
    QStringList as(const QString &user) const { return cliArgs("--db", m_db, "--user", user); }
    CliResult addUser(const QString &name, const QString &role, const QString &fullName, const QString &password)
    {
        return runCli(as(kAdmin) + cliArgs("user", "add", name, "--role", role, "--full-name", fullName),
                      stdinLines({kAdminPw, password}));
    }
    QJsonArray usersAsAdmin()
    {
        const CliResult r = runCli(as(kAdmin) + cliArgs("user", "list", "--json"), stdinLines({kAdminPw}));
        return r.succeeded() ? r.json().value(QStringLiteral("users")).toArray() : QJsonArray();
    }
    static QJsonObject findUser(const QJsonArray &users, const QString &name)
    {
        for (const QJsonValue &v : users)
            if (v.toObject().value(QStringLiteral("username")).toString() == name)
                return v.toObject();
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(CERTDESK_ADMIN_BIN)));
        m_db = m_dir.filePath(QStringLiteral("basic.db"));
        const CliResult init = runCli(cliArgs("--db", m_db, "init", "--center-code", "T0001", "--center-name",
                                              "测试社保服务中心", "--admin", kAdmin, "--window", "01-01..12-31"),
                                      stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(init, 0);
        QVERIFY(QFile::exists(m_db));
        const QFileDevice::Permissions groupOrOther =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QVERIFY(QFile::exists(m_db + QStringLiteral(".keys")));
        QCOMPARE(QFile::permissions(m_db + QStringLiteral(".keys")) & groupOrOther, QFileDevice::Permissions());
        const auto match =
            QRegularExpression(QStringLiteral("\\b([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})\\b")).match(init.outText());
        QVERIFY2(match.hasMatch(), qPrintable(init.describe()));
        m_recovery = match.captured(1);

        CLI_EXPECT_EXIT(addUser(kSup, QStringLiteral("supervisor"), QStringLiteral("测试主管"), kSupPw), 0);
        CLI_EXPECT_EXIT(addUser(kClerk, QStringLiteral("clerk"), QStringLiteral("测试员甲"), kClerkPw), 0);
        CLI_EXPECT_EXIT(addUser(kLocky, QStringLiteral("clerk"), QStringLiteral("测试员乙"), kLockyPw), 0);
    }

    // ---- check-id (no database) ----

    void checkIdValid()
    {
        // Lower-case x and surrounding blanks are accepted and normalised.
        const CliResult r = runCli(cliArgs("check-id", " 11010519491231002x ", "--json"));
        CLI_EXPECT_EXIT(r, 0);
        bool ok = false;
        const QJsonObject o = r.json(&ok);
        QVERIFY2(ok, qPrintable(r.describe()));
        QCOMPARE(jsonKeys(o), kCheckIdKeys + QSet<QString>{QStringLiteral("province")});
        QCOMPARE(o.value(QStringLiteral("valid")), QJsonValue(true));
        QCOMPARE(o.value(QStringLiteral("id")), QJsonValue(kSampleId));
        QCOMPARE(o.value(QStringLiteral("birth")), QJsonValue(QStringLiteral("1949-12-31")));
        QCOMPARE(o.value(QStringLiteral("sex")), QJsonValue(QStringLiteral("F")));
        QCOMPARE(o.value(QStringLiteral("region")), QJsonValue(QStringLiteral("110105")));
        QCOMPARE(o.value(QStringLiteral("reason")), QJsonValue(QJsonValue::Null));
        QCOMPARE(o.value(QStringLiteral("province")), QJsonValue(QStringLiteral("北京市")));
    }

    void checkIdConvertsLegacy15()
    {
        const QString id18 = withCheck(QStringLiteral("44030519551108003"));
        const CliResult r = runCli(cliArgs("check-id", "440305551108003", "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("valid")), QJsonValue(true));
        QCOMPARE(o.value(QStringLiteral("id")), QJsonValue(id18));
        QCOMPARE(o.value(QStringLiteral("birth")), QJsonValue(QStringLiteral("1955-11-08")));
        QCOMPARE(o.value(QStringLiteral("sex")), QJsonValue(QStringLiteral("M")));
        QCOMPARE(o.value(QStringLiteral("region")), QJsonValue(QStringLiteral("440305")));
        QCOMPARE(o.value(QStringLiteral("reason")), QJsonValue(QJsonValue::Null));
    }

    void checkIdInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonPart");
        const int nextYear = QDate::currentDate().year() + 1;
        QTest::newRow("empty") << QString() << "empty"
                               << "No ID number";
        QTest::newRow("length") << "1101051949123100"
                                << "length"
                                << "16";
        QTest::newRow("character") << "11010519491231A02X"
                                   << "character"
                                   << "position 15";
        QTest::newRow("region") << "00010519491231002X"
                                << "region"
                                << "00";
        QTest::newRow("date not real") << withCheck(QStringLiteral("11010519490230001")) << "date"
                                       << "1949-02-30";
        QTest::newRow("date in future") << withCheck(QStringLiteral("110105") + QString::number(nextYear) +
                                                     QStringLiteral("0101001"))
                                        << "date"
                                        << "future";
        QTest::newRow("date before 1900") << withCheck(QStringLiteral("11010518991231001")) << "date"
                                          << "1900";
        QTest::newRow("check digit") << "110105194912310021"
                                     << "check_digit"
                                     << "should be X";
    }

    void checkIdInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, reasonPart);
        const CliResult r = runCli(cliArgs("check-id", input, "--json"));
        CLI_EXPECT_EXIT(r, 1);
        bool ok = false;
        const QJsonObject o = r.json(&ok);
        QVERIFY2(ok, qPrintable(r.describe()));
        QCOMPARE(jsonKeys(o), kCheckIdKeys + QSet<QString>{QStringLiteral("code")});
        QCOMPARE(o.value(QStringLiteral("valid")), QJsonValue(false));
        for (const char *key : {"id", "birth", "sex", "region"})
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(reasonPart), qPrintable(r.describe()));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
    }

    void checkIdInvalidWithoutJson()
    {
        const CliResult r = runCli(cliArgs("check-id", "110105194912310021"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(QStringLiteral("should be X")), qPrintable(r.describe()));
    }

    // ---- usage errors: exit 2, nothing opened or created ----

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString db = m_dir.filePath(QStringLiteral("usage.db")); // must never be created
        const QStringList asClerk = cliArgs("--db", db, "--user", kClerk);
        const QStringList initBase = cliArgs("--db", db, "init");
        const QStringList certifyBase =
            asClerk + cliArgs("certify", "--form", "F1", "--check", "C1", "--id", kSampleId);
        QTest::newRow("no command") << QStringList();
        QTest::newRow("only global options") << cliArgs("--db", db);
        QTest::newRow("unknown command") << cliArgs("frobnicate");
        QTest::newRow("unknown sub-command") << asClerk + cliArgs("user", "frobnicate");
        QTest::newRow("unknown option") << cliArgs("check-id", kSampleId, "--bogus");
        QTest::newRow("check-id without ID") << cliArgs("check-id");
        QTest::newRow("check-id with two IDs") << cliArgs("check-id", kSampleId, kSampleId);
        QTest::newRow("init without --center-code") << initBase + cliArgs("--center-name", "X", "--admin", "a1");
        QTest::newRow("init with bad --cycle-policy")
            << initBase +
                   cliArgs("--center-code", "C", "--center-name", "X", "--admin", "a1", "--cycle-policy", "weekly");
        QTest::newRow("init with reversed --window") << initBase + cliArgs("--center-code", "C", "--center-name", "X",
                                                                           "--admin", "a1", "--window", "06-30..04-01");
        QTest::newRow("init with malformed --window")
            << initBase + cliArgs("--center-code", "C", "--center-name", "X", "--admin", "a1", "--window", "7-1..6-30");
        QTest::newRow("session command without --user") << cliArgs("--db", db, "user", "list");
        QTest::newRow("user add with bad --role") << asClerk + cliArgs("user", "add", "x1", "--role", "boss");
        QTest::newRow("import of an unknown kind") << asClerk + cliArgs("import", "people", "f.csv");
        // A 附表2 has no check code, so `lookup --form` alone is valid; both ways at once is not.
        QTest::newRow("lookup by form and by ID at once")
            << asClerk + cliArgs("lookup", "--form", "F1", "--id", "11010519491231002X");
        QTest::newRow("certify without --id")
            << asClerk + cliArgs("certify", "--form", "F1", "--check", "C1", "--alive", "yes");
        QTest::newRow("certify with bad --alive") << certifyBase + cliArgs("--alive", "maybe");
        QTest::newRow("certify with bad --method") << certifyBase + cliArgs("--alive", "yes", "--method", "eye");
        QTest::newRow("override without reason") << certifyBase + cliArgs("--alive", "yes", "--override-by", kSup);
        QTest::newRow("correct without --reason") << asClerk + cliArgs("correct", "--record", "abc");
        QTest::newRow("workload with bad date")
            << asClerk + cliArgs("workload", "--from", "2026-1-1", "--to", "2026-01-31");
        QTest::newRow("workload with month 13")
            << asClerk + cliArgs("workload", "--from", "2026-13-01", "--to", "2026-12-31");
        QTest::newRow("export without --from")
            << asClerk + cliArgs("export", "results", "--to", "2026-01-31", "--format", "csv");
        QTest::newRow("--json on a command without JSON output")
            << asClerk + cliArgs("user", "disable", "x1", "--json");
        QTest::newRow("--json on init") << initBase + cliArgs("--center-code", "C", "--center-name", "X", "--admin",
                                                              "a1", "--json");
        QTest::newRow("export with bad --format")
            << asClerk + cliArgs("export", "results", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "xml");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args, stdinLines({kClerkPw}));
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(r.errText().startsWith(QStringLiteral("certdesk-admin: ")), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("usage.db"))));
    }

    void helpExitsZero()
    {
        const CliResult all = runCli(cliArgs("--help"));
        CLI_EXPECT_EXIT(all, 0);
        QVERIFY2(all.outText().startsWith(QStringLiteral("Usage: certdesk-admin")), qPrintable(all.describe()));
        const CliResult certify = runCli(cliArgs("certify", "--help"));
        CLI_EXPECT_EXIT(certify, 0);
        QVERIFY2(certify.outText().contains(QStringLiteral("--override-by SUPERVISOR")),
                 qPrintable(certify.describe()));
    }

    void missingSecretIsUsageError()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("nosecret.db"));
        CLI_EXPECT_EXIT(
            runCli(cliArgs("--db", fresh, "init", "--center-code", "C", "--center-name", "X", "--admin", kAdmin)), 2);
        QVERIFY(!QFile::exists(fresh));
        CLI_EXPECT_EXIT(runCli(as(kAdmin) + cliArgs("user", "list")), 2);
        // The acting password is the first line; the new account's password is missing.
        const CliResult r =
            runCli(as(kAdmin) + cliArgs("user", "add", "clerk7", "--role", "clerk"), stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("standard input")), qPrintable(r.describe()));
    }

    // ---- init ----

    void initRefusesExistingDatabase()
    {
        const QByteArray db = readFile(m_db);
        const QByteArray keys = readFile(m_db + QStringLiteral(".keys"));
        QVERIFY(!db.isEmpty() && !keys.isEmpty());
        const CliResult r = runCli(
            cliArgs("--db", m_db, "init", "--center-code", "T0002", "--center-name", "Other", "--admin", "other"),
            stdinLines({QStringLiteral("other-Pass-1")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("already exists")), qPrintable(r.describe()));
        QCOMPARE(readFile(m_db), db);
        QCOMPARE(readFile(m_db + QStringLiteral(".keys")), keys);
    }

    void initRefusesShortPassword()
    {
        const QString db = m_dir.filePath(QStringLiteral("short.db"));
        const CliResult r =
            runCli(cliArgs("--db", db, "init", "--center-code", "T0003", "--center-name", "X", "--admin", kAdmin),
                   stdinLines({QStringLiteral("7-chars")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("at least 8")), qPrintable(r.describe()));
        for (const char *suffix : {"", "-wal", "-shm", ".keys"})
            QVERIFY2(!QFile::exists(db + QLatin1String(suffix)), suffix);
    }

    // ---- passwords ----

    void missingDatabaseIsRefused()
    {
        const CliResult r =
            runCli(cliArgs("--db", m_dir.filePath(QStringLiteral("missing.db")), "--user", kAdmin, "user", "list"),
                   stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("no database")), qPrintable(r.describe()));
    }

    void unknownUserIsAuthFailure()
    {
        // A password typed into the user field by mistake: refused, and not kept in clear by the failure counter.
        const QString typedName = QStringLiteral("Typed-Secret-77");
        const CliResult r = runCli(as(typedName) + cliArgs("user", "list"), stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(r, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("Wrong user name or password")), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!readFile(m_db + QStringLiteral(".keys")).contains(typedName.toUtf8()));
    }

    void wrongPasswordsLockTheAccount()
    {
        const QStringList lookup = as(kLocky) + cliArgs("lookup", "--id", kSampleId, "--json");
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const CliResult r = runCli(lookup, stdinLines({QStringLiteral("wrong-Pass-%1").arg(attempt)}));
            CLI_EXPECT_EXIT(r, 3);
            QVERIFY2(r.errText().contains(QStringLiteral("Wrong user name or password")), qPrintable(r.describe()));
            QVERIFY(r.out.isEmpty());
        }
        // The right password no longer helps: the sixth attempt is refused by the lockout.
        const CliResult r = runCli(lookup, stdinLines({kLockyPw}));
        CLI_EXPECT_EXIT(r, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("Too many failed attempts")), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }

    void recoveryCodeUnlocksAdmin()
    {
        QString typed = m_recovery.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        const CliResult r = runCli(as(kAdmin) + cliArgs("user", "list", "--json"), stdinLines({typed}));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(findUser(r.json().value(QStringLiteral("users")).toArray(), kAdmin)
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("admin"));
    }

    // ---- accounts ----

    void userAddRefusesShortPassword()
    {
        const CliResult r = addUser(QStringLiteral("clerk9"), QStringLiteral("clerk"), QStringLiteral("测试员丙"),
                                    QStringLiteral("7-chars"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("at least 8")), qPrintable(r.describe()));
    }

    void userListJson()
    {
        const QJsonArray users = usersAsAdmin();
        QCOMPARE(users.size(), 4); // admin, sup, clerk1, clerk2; not the refused clerk9
        const QSet<QString> keys{QStringLiteral("username"), QStringLiteral("full_name"), QStringLiteral("role"),
                                 QStringLiteral("active")};
        for (const QJsonValue &v : users)
            QCOMPARE(jsonKeys(v.toObject()), keys);
        const QJsonObject admin = findUser(users, kAdmin);
        QCOMPARE(admin.value(QStringLiteral("full_name")), QJsonValue(kAdmin)); // defaults to the user name
        QCOMPARE(admin.value(QStringLiteral("role")), QJsonValue(QStringLiteral("admin")));
        QCOMPARE(admin.value(QStringLiteral("active")), QJsonValue(true));
        const QJsonObject sup = findUser(users, kSup);
        QCOMPARE(sup.value(QStringLiteral("full_name")), QJsonValue(QStringLiteral("测试主管")));
        QCOMPARE(sup.value(QStringLiteral("role")), QJsonValue(QStringLiteral("supervisor")));
        const QJsonObject clerk = findUser(users, kClerk);
        QCOMPARE(clerk.value(QStringLiteral("full_name")), QJsonValue(QStringLiteral("测试员甲")));
        QCOMPARE(clerk.value(QStringLiteral("role")), QJsonValue(QStringLiteral("clerk")));
        QCOMPARE(clerk.value(QStringLiteral("active")), QJsonValue(true));
    }

    void userPasswdReplacesPassword()
    {
        CLI_EXPECT_EXIT(runCli(as(kAdmin) + cliArgs("user", "passwd", kClerk), stdinLines({kAdminPw, kClerkNewPw})), 0);
        const QStringList lookup = as(kClerk) + cliArgs("lookup", "--id", kSampleId, "--json");
        const CliResult old = runCli(lookup, stdinLines({kClerkPw}));
        CLI_EXPECT_EXIT(old, 3);
        const CliResult fresh = runCli(lookup, stdinLines({kClerkNewPw}));
        CLI_EXPECT_EXIT(fresh, 0);
        QCOMPARE(fresh.json(), (QJsonObject{{QStringLiteral("forms"), QJsonArray()}})); // nobody: an empty list
        // Anyone may change their own password, but only an admin another account's.
        CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("user", "passwd", kClerk), stdinLines({kClerkNewPw, kClerkPw3})),
                        0);
        const CliResult other = runCli(as(kClerk) + cliArgs("user", "passwd", kSup),
                                       stdinLines({kClerkPw3, QStringLiteral("hijack-Pass-1")}));
        CLI_EXPECT_EXIT(other, 1);
        QVERIFY2(other.errText().contains(QStringLiteral("Your role (clerk) may not")), qPrintable(other.describe()));
    }

    void clerkCannotAddUsers()
    {
        const CliResult r = runCli(as(kClerk) + cliArgs("user", "add", "clerk8", "--role", "clerk"),
                                   stdinLines({kClerkPw3, QStringLiteral("clerk8-Pass-1")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("Your role (clerk) may not")), qPrintable(r.describe()));
    }

    void disabledUserCannotSignIn()
    {
        CLI_EXPECT_EXIT(runCli(as(kAdmin) + cliArgs("user", "disable", kClerk), stdinLines({kAdminPw})), 0);
        const CliResult r = runCli(as(kClerk) + cliArgs("lookup", "--id", kSampleId), stdinLines({kClerkPw3}));
        CLI_EXPECT_EXIT(r, 3);
        QVERIFY(r.out.isEmpty());
        const QJsonObject clerk = findUser(usersAsAdmin(), kClerk);
        QCOMPARE(clerk.value(QStringLiteral("active")), QJsonValue(false));
    }

    void lastAdminCannotBeDisabled()
    {
        const CliResult r = runCli(as(kAdmin) + cliArgs("user", "disable", kAdmin), stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("last active administrator")), qPrintable(r.describe()));
    }

    // ---- verify ----

    void verifyIntactDatabase()
    {
        const CliResult r = runCli(as(kSup) + cliArgs("verify"), stdinLines({kSupPw}));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("intact")), qPrintable(r.describe()));
        // Single-dash spellings before the command (ParseAsLongOptions) find the command too.
        const CliResult j = runCli(cliArgs("-db", m_db, "-user", kSup, "-json", "verify"), stdinLines({kSupPw}));
        CLI_EXPECT_EXIT(j, 0);
        QCOMPARE(jsonKeys(j.json()), (QSet<QString>{QStringLiteral("ok"), QStringLiteral("integrity"),
                                                    QStringLiteral("audit_entries"), QStringLiteral("records")}));
        QCOMPARE(j.json().value(QLatin1String("ok")).toBool(), true);
        QVERIFY(j.json().value(QLatin1String("audit_entries")).toInt() >= 2);
    }

    // Must stay last: it breaks the shared database's audit chain.
    void verifyNamesTamperedEntry()
    {
        {
            SystemClock clock;
            auto session = Session::open(m_db, kSup, kSupPw, clock);
            QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
            // Entry #1 is init, #2 the account_add of the supervisor.
            const Status s = SessionAccess::db(*session.value())
                                 .exec("DROP TRIGGER audit_no_update; UPDATE audit SET detail = '{}' WHERE seq = 2;");
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        }
        const CliResult r = runCli(as(kSup) + cliArgs("verify"), stdinLines({kSupPw}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("Audit entry #2 (account_add) was altered")),
                 qPrintable(r.describe()));
        QVERIFY(!r.outText().contains(QStringLiteral("intact")));
    }
};

QTEST_GUILESS_MAIN(CliBasicTest)
#include "tst_cli_basic.moc"
