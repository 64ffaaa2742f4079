// Contract tests of `certdesk-admin register` (登记纸质认证表) and of certifying what it registered: a 附表2 is
// certified without --check, a 附表1 with its 校验码; every usage error (exit 2) and refusal (exit 1).
#include "clirunner.h"
#include "domain/citizenid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPw = QStringLiteral("admin-Pass-1");
const QString kSup = QStringLiteral("sup");
const QString kSupPw = QStringLiteral("super-Pass-1");
const QString kClerk = QStringLiteral("clerk");
const QString kClerkPw = QStringLiteral("clerk-Pass-1");

QString idFor(const char *first17)
{
    const QString s = QString::fromLatin1(first17);
    return s + citizenIdCheckChar(s);
}

const QString kMailId = idFor("44030519551108003");
const QString kOnlineId = idFor("31010419480315001");

} // namespace

class CliPaperTest : public QObject
{
    Q_OBJECT

private:
    QStringList as(const QString &user) const { return cliArgs("--db", m_db, "--user", user); }
    CliResult asClerk(const QStringList &args) { return runCli(as(kClerk) + args, stdinLines({kClerkPw})); }
    QStringList mailArgs(const QString &formNo) const
    {
        return cliArgs("register", "--form", formNo, "--variant", "mail", "--id", kMailId, "--name", "纸质乙",
                       "--agency", "某市社会保险基金管理局", "--due", m_due, "--reply-unit", "某市社保局退管科",
                       "--reply-address", "某市某路1号", "--reply-postcode", "510000", "--reply-phone", "020-38832144");
    }
    QStringList onlineArgs(const QString &formNo) const
    {
        return cliArgs("register", "--form", formNo, "--variant", "online", "--check", "Q7W8E9", "--id", kOnlineId,
                       "--name", "纸质甲", "--agency", "某市社会保险基金管理局", "--due", m_due);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_due;
    QString m_mailUuid;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("paper.db"));
        m_due = QDate(QDate::currentDate().year(), 12, 31).toString(Qt::ISODate);
        QVERIFY(runCli(cliArgs("--db", m_db, "init", "--center-code", "T0001", "--center-name", "测试社保服务中心",
                               "--admin", kAdmin, "--window", "01-01..12-31"),
                       stdinLines({kAdminPw}))
                    .succeeded());
        for (const auto &[name, role, pw] : {std::tuple{kSup, "supervisor", kSupPw}, {kClerk, "clerk", kClerkPw}})
            QVERIFY(runCli(cliArgs("--db", m_db, "--user", kAdmin, "user", "add", name, "--role", role, "--full-name",
                                   "测试员"),
                           stdinLines({kAdminPw, pw}))
                        .succeeded());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList mail = mailArgs(QStringLiteral("P-0009"));
        QTest::newRow("no variant") << cliArgs("register", "--form", "P-1", "--id", kMailId, "--name", "乙", "--agency",
                                               "A", "--due", m_due);
        QTest::newRow("bad variant") << (mail.mid(0, 3) + cliArgs("--variant", "附表3") + mail.mid(5));
        QTest::newRow("mail with --check") << (mail + cliArgs("--check", "X1"));
        QTest::newRow("online without --check") << cliArgs("register", "--form", "P-2", "--variant", "online", "--id",
                                                           kOnlineId, "--name", "甲", "--agency", "A", "--due", m_due);
        QTest::newRow("online with reply") << (onlineArgs(QStringLiteral("P-3")) + cliArgs("--reply-unit", "U"));
        QTest::newRow("no agency") << cliArgs("register", "--form", "P-4", "--variant", "mail", "--id", kMailId,
                                              "--name", "乙", "--due", m_due);
        QTest::newRow("positional") << (mail + cliArgs("extra"));
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = asClerk(args);
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY(r.out.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QStringList badId = mailArgs(QStringLiteral("P-0010"));
        badId[badId.indexOf(QStringLiteral("--id")) + 1] = QStringLiteral("440305195511080030");
        QTest::newRow("ID check digit") << badId << QStringLiteral("ID number");
        QStringList badDue = mailArgs(QStringLiteral("P-0011"));
        badDue[badDue.indexOf(QStringLiteral("--due")) + 1] = QStringLiteral("31/12");
        QTest::newRow("due") << badDue << QStringLiteral("YYYY-MM-DD");
        QStringList badPostcode = mailArgs(QStringLiteral("P-0012"));
        badPostcode[badPostcode.indexOf(QStringLiteral("--reply-postcode")) + 1] = QStringLiteral("5100");
        QTest::newRow("reply postcode") << badPostcode << QStringLiteral("postcode");
        QStringList noUnit = mailArgs(QStringLiteral("P-0013"));
        noUnit[noUnit.indexOf(QStringLiteral("--reply-unit")) + 1] = QString();
        QTest::newRow("reply unit empty") << noUnit << QStringLiteral("单位名称");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliResult r = asClerk(args);
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(says), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }

    void registerMailFormPrintsItsNumber()
    {
        const CliResult r = asClerk(mailArgs(QStringLiteral("P-0001")));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.outText(), QStringLiteral("P-0001\n"));
        const CliResult again = asClerk(mailArgs(QStringLiteral("P-0001")));
        CLI_EXPECT_EXIT(again, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("already")), qPrintable(again.describe()));
    }

    void registerOnlineFormJson()
    {
        const CliResult r = asClerk(onlineArgs(QStringLiteral("P-0002")) + cliArgs("--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonObject expected{{QStringLiteral("form_no"), QStringLiteral("P-0002")},
                                   {QStringLiteral("variant"), QStringLiteral("online")},
                                   {QStringLiteral("source"), QStringLiteral("paper")},
                                   {QStringLiteral("cycle"), QDate::currentDate().year()},
                                   {QStringLiteral("due_date"), m_due}};
        QCOMPARE(r.json(), expected);
    }

    void certifyMailFormWithoutCheck()
    {
        const CliResult wrong =
            asClerk(cliArgs("certify", "--form", "P-0001", "--check", "ANY", "--id", kMailId, "--alive", "yes"));
        CLI_EXPECT_EXIT(wrong, 1); // a 附表2 has no check code: a typed one cannot match
        const CliResult r =
            asClerk(cliArgs("certify", "--form", "P-0001", "--id", kMailId, "--alive", "yes", "--method", "idcard"));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("mail it home")), qPrintable(r.describe()));
        const CliResult found = asClerk(cliArgs("lookup", "--form", "P-0001", "--json"));
        CLI_EXPECT_EXIT(found, 0);
        const QJsonObject form = found.json().value(QStringLiteral("forms")).toArray().first().toObject();
        QCOMPARE(form.value(QStringLiteral("status")), QJsonValue(QStringLiteral("certified")));
        QCOMPARE(form.value(QStringLiteral("variant")), QJsonValue(QStringLiteral("mail")));
    }

    void certifyOnlineFormNeedsItsCheck()
    {
        const CliResult missing = asClerk(cliArgs("certify", "--form", "P-0002", "--id", kOnlineId, "--alive", "yes"));
        CLI_EXPECT_EXIT(missing, 1);
        const CliResult r = asClerk(
            cliArgs("certify", "--form", "P-0002", "--check", "Q7W8E9", "--id", kOnlineId, "--alive", "yes", "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QString uuid = r.json().value(QStringLiteral("uuid")).toString();
        QVERIFY(!QUuid::fromString(uuid).isNull());
        const CliResult usage = asClerk(cliArgs("retain"));
        CLI_EXPECT_EXIT(usage, 2);
        const CliResult kept = asClerk(cliArgs("retain", "--record", uuid));
        CLI_EXPECT_EXIT(kept, 0);
        const CliResult unknown = asClerk(cliArgs("retain", "--record", QUuid::createUuid().toString()));
        CLI_EXPECT_EXIT(unknown, 1);
    }

    void reviewListIsForSupervisors()
    {
        const CliResult clerk = asClerk(cliArgs("review", "list", "--json"));
        CLI_EXPECT_EXIT(clerk, 1);
        const CliResult r = runCli(as(kSup) + cliArgs("review", "list", "--json"), stdinLines({kSupPw}));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("reviews"), QJsonArray()}}));
        const CliResult resolve =
            runCli(as(kSup) + cliArgs("review", "resolve", "7", "--note", "x"), stdinLines({kSupPw}));
        CLI_EXPECT_EXIT(resolve, 1);
    }
};

QTEST_GUILESS_MAIN(CliPaperTest)
#include "tst_cli_paper.moc"
