// Process-level contract tests of certdesk-admin at the counter: import, lookup, certify (with the rules that
// refuse), correct, export, workload and verify. Every function runs on its own (`tst_cli_flow certifyAlive`
// passes alone): it starts from a copy of a pristine center made once by initTestCase (accounts, and the five
// forms and the death notice imported, or not), and does itself every step it checks. The report functions read
// one working day (day()), built on first use by a script of its own — never by another test function.
//
// All dates are computed from the real "today": the center's window is the whole year and every form is due
// on 31 December of the current year (cycle = that year). The child processes read the clock themselves: a date
// they print is compared with both the test's first day and the day it is when the comparison runs, so a run
// across midnight still passes.

#include "clirunner.h"
#include "domain/citizenid.h"
#include "io/csv.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPw = QStringLiteral("admin-Pass-1");
const QString kSup = QStringLiteral("sup");
const QString kSupPw = QStringLiteral("super-Pass-1");
const QString kClerk = QStringLiteral("clerk");
const QString kClerkPw = QStringLiteral("clerk-Pass-1");

// A fictitious pensioner and the form issued for them.
struct Pensioner
{
    QString formNo;
    QString check;
    QString name;
    QString sex;
    QDate birth;
    QString id;
    QString address;
    QString postcode;
    QString phone;

    QString birthMonth() const { return birth.toString(QStringLiteral("yyyy-MM")); }
    // The first-generation 15-digit number of the same person.
    QString legacyId() const { return id.left(6) + id.mid(8, 9); }
};

Pensioner pensioner(int n, const char *name, const char *region, const QDate &birth, const char *seq)
{
    const QString first17 = QLatin1String(region) + birth.toString(QStringLiteral("yyyyMMdd")) + QLatin1String(seq);
    Pensioner p;
    p.formNo = QStringLiteral("CLI-%1").arg(n, 4, 10, QLatin1Char('0'));
    p.check = QStringLiteral("K%1Q%2").arg(n).arg(n * 7919);
    p.name = QString::fromUtf8(name);
    p.sex = (first17.at(16).unicode() - '0') % 2 ? QStringLiteral("M") : QStringLiteral("F");
    p.birth = birth;
    p.id = first17 + citizenIdCheckChar(first17);
    p.address = QStringLiteral("测试市测试路%1号").arg(n);
    p.postcode = QStringLiteral("10001%1").arg(n);
    p.phone = QStringLiteral("1380000000%1").arg(n);
    return p;
}

const Pensioner kP1 = pensioner(1, "测试甲一", "110105", QDate(1949, 12, 31), "002"); // certified, then corrected
const Pensioner kP2 = pensioner(2, "测试乙二", "310104", QDate(1948, 3, 15), "011");  // someone else's ID presented
const Pensioner kP3 = pensioner(3, "测试丙三", "440305", QDate(1955, 11, 8), "033");  // on the death-notice list
const Pensioner kP4 = pensioner(4, "测试丁四", "510104", QDate(1952, 6, 20), "042");  // reports a new address
const Pensioner kP5 = pensioner(5, "测试戊五", "320102", QDate(1940, 1, 5), "064");   // certified deceased
const QList<Pensioner> kAll{kP1, kP2, kP3, kP4, kP5};

QString formsCsv(const QList<Pensioner> &people, const QDate &due)
{
    QString csv = csvLine(cliArgs("form_no", "check_code", "name", "sex", "birth", "id_no", "person_no", "address",
                                  "postcode", "phone", "insured_agency", "due_date", "variant"));
    for (const Pensioner &p : people)
        csv += csvLine({p.formNo, p.check, p.name, p.sex, p.birthMonth(), p.id, QStringLiteral("P") + p.formNo,
                        p.address, p.postcode, p.phone, QStringLiteral("测试市社会保险经办中心"),
                        due.toString(Qt::ISODate), QStringLiteral("online")});
    return csv;
}

const QStringList kExportColumns =
    cliArgs("uuid", "form_no", "cycle", "name", "id_no", "alive", "method", "clerk", "clerk_name", "center_code",
            "certified_at", "date", "new_address", "new_postcode", "new_phone", "remark", "supersedes",
            "correction_reason", "override_by", "override_reason");

} // namespace

class CliFlowTest : public QObject
{
    Q_OBJECT

private:
    // A center of the test's own: a copy of one of the pristine centers of initTestCase.
    enum class Start
    {
        Accounts, // the admin, the supervisor and the clerk; no forms
        Forms,    // and the five forms of kAll
        Deaths,   // and kP3 on the death-notice list
    };
    struct Center
    {
        QTemporaryDir dir;
        QString db;
    };
    // The working day the report functions read: every certification and refusal of a day at the counter.
    struct Day
    {
        Center center;
        QString firstUuid;     // kP1's first record
        QString correctedUuid; // the correction that supersedes it
    };

    static QStringList as(const QString &user, const QString &db) { return cliArgs("--db", db, "--user", user); }
    static CliResult asClerk(const QString &db, const QStringList &args, const QStringList &extraSecrets = {})
    {
        return runCli(as(kClerk, db) + args, stdinLines(QStringList{kClerkPw} + extraSecrets));
    }
    static CliResult asSup(const QString &db, const QStringList &args)
    {
        return runCli(as(kSup, db) + args, stdinLines({kSupPw}));
    }
    static QStringList certifyArgs(const Pensioner &p, const QString &id, const char *alive)
    {
        return cliArgs("certify", "--form", p.formNo, "--check", p.check, "--id", id, "--alive", alive);
    }
    // lookup --form/--check as the clerk; the one form of the answer.
    static QJsonObject lookupForm(const QString &db, const Pensioner &p)
    {
        const CliResult r = asClerk(db, cliArgs("lookup", "--form", p.formNo, "--check", p.check, "--json"));
        const QJsonArray forms = r.json().value(QStringLiteral("forms")).toArray();
        return r.succeeded() && forms.size() == 1 ? forms.first().toObject() : QJsonObject();
    }
    static bool init(const QString &db, const QString &window)
    {
        const CliResult r = runCli(cliArgs("--db", db, "init", "--center-code", "T0001", "--center-name",
                                           "测试社保服务中心", "--admin", kAdmin, "--window", window),
                                   stdinLines({kAdminPw}));
        return r.succeeded();
    }
    static bool addUser(const QString &db, const QString &name, const char *role, const char *fullName,
                        const QString &pw)
    {
        const CliResult r =
            runCli(as(kAdmin, db) + cliArgs("user", "add", name, "--role", role, "--full-name", fullName),
                   stdinLines({kAdminPw, pw}));
        return r.succeeded();
    }
    static bool copyCenter(const QString &from, const QString &to)
    {
        for (const char *suffix : {"", "-wal", "-shm", ".keys"}) {
            const QString source = from + QLatin1String(suffix);
            if (QFile::exists(source) && !QFile::copy(source, to + QLatin1String(suffix)))
                return false;
        }
        return true;
    }
    // A fresh center for one test function, in a folder of its own.
    bool open(Center &c, Start start) const
    {
        c.db = c.dir.filePath(QStringLiteral("center.db"));
        return c.dir.isValid() && copyCenter(m_pristine[int(start)], c.db);
    }
    QString formsCsvFile(const QTemporaryDir &dir, const QList<Pensioner> &people, const char *name) const
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        return writeFile(path, formsCsv(people, QDate(m_today.year(), 12, 31)).toUtf8()) ? path : QString();
    }
    QString deathNoticeCsv() const
    {
        return csvLine(cliArgs("id_no", "name", "death_date", "source")) +
               csvLine({kP3.id, kP3.name, m_today.addDays(-20).toString(Qt::ISODate), QStringLiteral("民政部门")});
    }
    const Day &day();

    QTemporaryDir m_dir;
    QString m_pristine[3]; // by Start
    std::unique_ptr<Day> m_day;
    QDate m_today;

    // A date a child process printed as its "today": the day this test started or, after midnight, today.
    bool isChildToday(const QString &date) const
    {
        return date == m_today.toString(Qt::ISODate) || date == QDate::currentDate().toString(Qt::ISODate);
    }
    // The days records of this run can carry: from the first day to today.
    QString lastDay() const { return QDate::currentDate().toString(Qt::ISODate); }

private Q_SLOTS:
    // The pristine centers every function copies: made once, never used by a test function itself.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_today = QDate::currentDate();
        const QString accounts = m_dir.filePath(QStringLiteral("accounts/center.db"));
        QVERIFY(QDir().mkpath(QFileInfo(accounts).path()));
        QVERIFY(init(accounts, QStringLiteral("01-01..12-31")));
        QVERIFY(addUser(accounts, kSup, "supervisor", "测试主管", kSupPw));
        QVERIFY(addUser(accounts, kClerk, "clerk", "测试员", kClerkPw));
        m_pristine[int(Start::Accounts)] = accounts;

        const QString forms = m_dir.filePath(QStringLiteral("forms/center.db"));
        QVERIFY(QDir().mkpath(QFileInfo(forms).path()));
        QVERIFY(copyCenter(accounts, forms));
        const QString csv = formsCsvFile(m_dir, kAll, "forms.csv");
        const CliResult imported = asSup(forms, cliArgs("import", "forms", csv));
        CLI_EXPECT_EXIT(imported, 0);
        m_pristine[int(Start::Forms)] = forms;

        const QString deaths = m_dir.filePath(QStringLiteral("deaths/center.db"));
        QVERIFY(QDir().mkpath(QFileInfo(deaths).path()));
        QVERIFY(copyCenter(forms, deaths));
        const QString deathsCsv = m_dir.filePath(QStringLiteral("deaths.csv"));
        QVERIFY(writeFile(deathsCsv, deathNoticeCsv().toUtf8()));
        const CliResult noticed = asSup(deaths, cliArgs("import", "deaths", deathsCsv));
        CLI_EXPECT_EXIT(noticed, 0);
        m_pristine[int(Start::Deaths)] = deaths;
    }

    // ---- import ----

    void importFormsAndReimport()
    {
        Center c;
        QVERIFY(open(c, Start::Accounts));
        const QString file = formsCsvFile(c.dir, kAll, "forms.csv");
        const CliResult first = asSup(c.db, cliArgs("import", "forms", file));
        CLI_EXPECT_EXIT(first, 0);
        QCOMPARE(first.outText().trimmed(), QStringLiteral("5 rows: 5 added, 0 already present."));
        const CliResult again = asSup(c.db, cliArgs("import", "forms", file, "--encoding", "utf-8"));
        CLI_EXPECT_EXIT(again, 0);
        QCOMPARE(again.outText().trimmed(), QStringLiteral("5 rows: 0 added, 5 already present."));
    }

    void importRefusesStoredFormNumberWithOtherData()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        Pensioner changed = kP1;
        changed.name = QStringLiteral("测试改名");
        const QString path = formsCsvFile(c.dir, {changed}, "conflict.csv");
        const CliResult r = asSup(c.db, cliArgs("import", "forms", path));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().startsWith(QStringLiteral("line 2: ")), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(kP1.id.toUtf8())); // reasons never carry a full ID number
    }

    void importDeaths()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const QString path = c.dir.filePath(QStringLiteral("deaths.csv"));
        QVERIFY(writeFile(path, deathNoticeCsv().toUtf8()));
        const CliResult r = asSup(c.db, cliArgs("import", "deaths", path));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("1 rows: 1 added, 0 already present."));
    }

    void importGb18030File()
    {
        // tests/data/forms_gb18030.csv: five forms in GB18030 with Chinese headers; FN-2026-0001 is 测试甲.
        Center c;
        QVERIFY(open(c, Start::Accounts));
        const CliResult r = asSup(c.db, cliArgs("import", "forms", dataPath(QStringLiteral("forms_gb18030.csv"))));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("5 rows: 5 added, 0 already present."));
        const CliResult found =
            asClerk(c.db, cliArgs("lookup", "--form", "FN-2026-0001", "--check", "AB12CD34", "--json"));
        CLI_EXPECT_EXIT(found, 0);
        const QJsonObject form = found.json().value(QStringLiteral("forms")).toArray().first().toObject();
        QCOMPARE(form.value(QStringLiteral("name")), QJsonValue(QStringLiteral("测试甲")));
        QCOMPARE(form.value(QStringLiteral("address")), QJsonValue(QStringLiteral("北京市东城区测试路1号")));
    }

    void importRefusesFileWithOneBadRow()
    {
        // tests/data/forms_one_bad_row.csv: the record on line 6 (FN-B-0003) has a wrong check digit.
        Center c;
        QVERIFY(open(c, Start::Accounts));
        const CliResult r = asSup(c.db, cliArgs("import", "forms", dataPath(QStringLiteral("forms_one_bad_row.csv"))));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("line 6: ")), qPrintable(r.describe()));
        QCOMPARE(r.errText().count(QRegularExpression(QStringLiteral("(?m)^line \\d+: "))), 1);
        QVERIFY2(r.errText().contains(QStringLiteral("nothing was imported")), qPrintable(r.describe()));
        QVERIFY(!r.errText().contains(QStringLiteral("440305195511080035")));
        // Not even the good rows were stored: the first of them is unknown.
        const CliResult lookup = asClerk(c.db, cliArgs("lookup", "--form", "FN-B-0001", "--check", "C1", "--json"));
        CLI_EXPECT_EXIT(lookup, 1);
        QVERIFY(!lookup.outText().contains(QStringLiteral("测试甲")));
    }

    // ---- lookup ----

    void lookupByFormJson()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const QJsonObject f = lookupForm(c.db, kP1);
        const QJsonObject expected{{QStringLiteral("form_no"), kP1.formNo},
                                   {QStringLiteral("variant"), QStringLiteral("online")},
                                   {QStringLiteral("name"), kP1.name},
                                   {QStringLiteral("sex"), QStringLiteral("F")},
                                   {QStringLiteral("birth"), QStringLiteral("1949-12")},
                                   {QStringLiteral("id_no"), QStringLiteral("11010519491231002X")},
                                   {QStringLiteral("person_no"), QStringLiteral("PCLI-0001")},
                                   {QStringLiteral("address"), kP1.address},
                                   {QStringLiteral("postcode"), kP1.postcode},
                                   {QStringLiteral("phone"), kP1.phone},
                                   {QStringLiteral("insured_agency"), QStringLiteral("测试市社会保险经办中心")},
                                   {QStringLiteral("due_date"), QDate(m_today.year(), 12, 31).toString(Qt::ISODate)},
                                   {QStringLiteral("cycle"), m_today.year()},
                                   {QStringLiteral("status"), QStringLiteral("pending")},
                                   {QStringLiteral("death_notice"), false}};
        QCOMPARE(jsonKeys(f), jsonKeys(expected)); // exactly the contract's keys
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(f.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void lookupWithWrongCheckCodeRevealsNothing()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult r = asClerk(c.db, cliArgs("lookup", "--form", kP1.formNo, "--check", "WRONG1", "--json"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(kP1.name.toUtf8()));
        QVERIFY(!r.err.contains(kP1.id.toUtf8()));
    }

    void lookupByLegacyIdFindsForm()
    {
        Center c;
        QVERIFY(open(c, Start::Deaths));
        const CliResult r = asClerk(c.db, cliArgs("lookup", "--id", kP3.legacyId(), "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonArray forms = r.json().value(QStringLiteral("forms")).toArray();
        QCOMPARE(forms.size(), 1);
        QCOMPARE(forms.first()[QStringLiteral("form_no")], QJsonValue(kP3.formNo));
        QCOMPARE(forms.first()[QStringLiteral("id_no")], QJsonValue(kP3.id));
        QCOMPARE(forms.first()[QStringLiteral("death_notice")], QJsonValue(true));
    }

    // ---- certify ----

    void adminCannotCertify()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult r = runCli(as(kAdmin, c.db) + certifyArgs(kP1, kP1.id, "yes"), stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("Your role (administrator) may not")), qPrintable(r.describe()));
    }

    void certifyAlive()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult r =
            asClerk(c.db, certifyArgs(kP1, kP1.id.toLower(), "yes") + cliArgs("--method", "idcard", "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QString uuid = r.json().value(QStringLiteral("uuid")).toString();
        QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(r.describe()));
        const QJsonObject expected{{QStringLiteral("uuid"), uuid},
                                   {QStringLiteral("form_no"), kP1.formNo},
                                   {QStringLiteral("cycle"), m_today.year()},
                                   {QStringLiteral("alive"), true},
                                   {QStringLiteral("method"), QStringLiteral("idcard")},
                                   {QStringLiteral("clerk"), kClerk},
                                   {QStringLiteral("supersedes"), QJsonValue::Null},
                                   {QStringLiteral("override_by"), QJsonValue::Null}};
        QJsonObject got = r.json();
        QVERIFY2(isChildToday(got.take(QStringLiteral("date")).toString()), qPrintable(r.describe()));
        QCOMPARE(got, expected);
        QCOMPARE(lookupForm(c.db, kP1).value(QStringLiteral("status")), QJsonValue(QStringLiteral("certified")));
    }

    void certifyTwiceRefused()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult first = asClerk(c.db, certifyArgs(kP1, kP1.id, "yes"));
        CLI_EXPECT_EXIT(first, 0);
        const CliResult r = asClerk(c.db, certifyArgs(kP1, kP1.id, "yes"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("already certified")), qPrintable(r.describe()));
    }

    void certifyWithSomeoneElsesIdRefused()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult r = asClerk(c.db, certifyArgs(kP2, kP1.id, "yes"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("does not belong")), qPrintable(r.describe()));
    }

    void deathNoticeNeedsSupervisorOverride()
    {
        Center c;
        QVERIFY(open(c, Start::Deaths));
        const CliResult plain = asClerk(c.db, certifyArgs(kP3, kP3.id, "yes"));
        CLI_EXPECT_EXIT(plain, 1);
        QVERIFY2(plain.errText().contains(QStringLiteral("death notice")), qPrintable(plain.describe()));

        const QStringList override = certifyArgs(kP3, kP3.id, "yes") +
                                     cliArgs("--override-by", kSup, "--override-reason", "主管当面核实本人", "--json");
        CLI_EXPECT_EXIT(asClerk(c.db, override), 2); // the supervisor's password line is missing
        const CliResult notSup = asClerk(
            c.db, certifyArgs(kP3, kP3.id, "yes") + cliArgs("--override-by", kAdmin, "--override-reason", "代为核实"),
            {kAdminPw});
        CLI_EXPECT_EXIT(notSup, 1);
        QVERIFY2(notSup.errText().contains(QStringLiteral("not an active supervisor")), qPrintable(notSup.describe()));
        const CliResult wrong = asClerk(c.db, override, {QStringLiteral("not-the-Pass-1")}); // auth
        CLI_EXPECT_EXIT(wrong, 3);
        QVERIFY(wrong.out.isEmpty());

        const CliResult ok = asClerk(c.db, override, {kSupPw});
        CLI_EXPECT_EXIT(ok, 0);
        QCOMPARE(ok.json().value(QStringLiteral("override_by")), QJsonValue(kSup));
        QCOMPARE(ok.json().value(QStringLiteral("clerk")), QJsonValue(kClerk));
    }

    void certifyWithInfoChange()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const QStringList base = certifyArgs(kP4, kP4.id, "yes");
        const CliResult bad = asClerk(c.db, base + cliArgs("--address", "测试市新址路8号", "--postcode", "12345"));
        CLI_EXPECT_EXIT(bad, 1);
        QVERIFY2(bad.errText().contains(QStringLiteral("6 digits")), qPrintable(bad.describe()));
        QCOMPARE(lookupForm(c.db, kP4).value(QStringLiteral("status")), QJsonValue(QStringLiteral("pending")));

        const CliResult ok = asClerk(c.db, base + cliArgs("--address", "测试市新址路8号", "--postcode", "100020",
                                                          "--phone", "010-12345678", "--remark", "搬家"));
        CLI_EXPECT_EXIT(ok, 0);
    }

    void certifyDeceased()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult r = asClerk(c.db, certifyArgs(kP5, kP5.id, "no") + cliArgs("--json"));
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.json().value(QStringLiteral("alive")), QJsonValue(false));
    }

    void certifyOutsideWindowRefused()
    {
        // Another center whose window ended yesterday (or, on 1 January, starts tomorrow).
        const QString window = m_today.dayOfYear() > 1
                                   ? QStringLiteral("01-01..") + m_today.addDays(-1).toString(QStringLiteral("MM-dd"))
                                   : QStringLiteral("01-02..12-31");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("closed.db"));
        QVERIFY(init(db, window));
        QVERIFY(addUser(db, kClerk, "clerk", "测试员", kClerkPw));
        const QString forms = formsCsvFile(dir, {kP2}, "closed.csv");
        const CliResult imported = runCli(as(kAdmin, db) + cliArgs("import", "forms", forms), stdinLines({kAdminPw}));
        CLI_EXPECT_EXIT(imported, 0);
        const CliResult r = runCli(as(kClerk, db) + certifyArgs(kP2, kP2.id, "yes"), stdinLines({kClerkPw}));
        CLI_EXPECT_EXIT(r, 1);
        static const QRegularExpression todayIs(QStringLiteral("today is (\\d{4}-\\d{2}-\\d{2})"));
        QVERIFY2(isChildToday(todayIs.match(r.errText()).captured(1)), qPrintable(r.describe()));
    }

    // ---- correct ----

    void correctRecordOnce()
    {
        Center c;
        QVERIFY(open(c, Start::Forms));
        const CliResult first = asClerk(c.db, certifyArgs(kP1, kP1.id, "yes") + cliArgs("--json"));
        CLI_EXPECT_EXIT(first, 0);
        const QString firstUuid = first.json().value(QStringLiteral("uuid")).toString();
        QVERIFY(!firstUuid.isEmpty());
        const QStringList args = cliArgs("correct", "--record", firstUuid, "--reason", "认证方式录错", "--json");
        const CliResult r = asClerk(c.db, args);
        CLI_EXPECT_EXIT(r, 0);
        const QString corrected = r.json().value(QStringLiteral("uuid")).toString();
        QVERIFY(!QUuid::fromString(corrected).isNull());
        QVERIFY(corrected != firstUuid);
        QCOMPARE(r.json().value(QStringLiteral("supersedes")), QJsonValue(firstUuid));
        QCOMPARE(r.json().value(QStringLiteral("form_no")), QJsonValue(kP1.formNo));

        const CliResult again = asClerk(c.db, args);
        CLI_EXPECT_EXIT(again, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("already corrected")), qPrintable(again.describe()));
    }

    // ---- reports ----

    void exportResultsCsvToStdout()
    {
        const Day &d = day();
        QVERIFY(!d.correctedUuid.isEmpty());
        const QString from = m_today.toString(Qt::ISODate);
        const CliResult r =
            asSup(d.center.db, cliArgs("export", "results", "--from", from, "--to", lastDay(), "--format", "csv"));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.startsWith("\xEF\xBB\xBF"), qPrintable(r.describe())); // UTF-8 with a BOM, CRLF
        QCOMPARE(r.out.count("\r\n"), r.out.count('\n'));
        auto records = parseCsv(QString::fromUtf8(r.out.mid(3)));
        QVERIFY2(records.ok(), qPrintable(r.describe()));
        QCOMPARE(records->first().fields, kExportColumns);
        QHash<QString, QStringList> byForm;
        for (qsizetype i = 1; i < records->size(); ++i) {
            const QStringList &f = records->at(i).fields;
            QCOMPARE(f.size(), kExportColumns.size());
            QVERIFY2(!byForm.contains(f.at(1)), qPrintable(f.at(1))); // one current record per form
            byForm.insert(f.at(1), f);
        }
        QCOMPARE(QSet<QString>(byForm.keyBegin(), byForm.keyEnd()),
                 (QSet<QString>{kP1.formNo, kP3.formNo, kP4.formNo, kP5.formNo}));
        const auto col = [](const QStringList &row, const char *name) {
            return row.at(kExportColumns.indexOf(QLatin1String(name)));
        };
        const QStringList p1 = byForm.value(kP1.formNo);
        QCOMPARE(col(p1, "uuid"), d.correctedUuid);
        QCOMPARE(col(p1, "supersedes"), d.firstUuid);
        QCOMPARE(col(p1, "correction_reason"), QStringLiteral("认证方式录错"));
        QCOMPARE(col(p1, "name"), kP1.name);
        QCOMPARE(col(p1, "id_no"), kP1.id);
        QCOMPARE(col(p1, "clerk"), kClerk);
        QCOMPARE(col(p1, "clerk_name"), QStringLiteral("测试员"));
        QCOMPARE(col(p1, "center_code"), QStringLiteral("T0001"));
        QVERIFY(isChildToday(col(p1, "date")));
        QCOMPARE(r.out.count(d.firstUuid.toUtf8()), 1); // only as supersedes: the old record is not exported
        const QStringList p4 = byForm.value(kP4.formNo);
        QCOMPARE(col(p4, "new_address"), QStringLiteral("测试市新址路8号"));
        QCOMPARE(col(p4, "new_postcode"), QStringLiteral("100020"));
        QCOMPARE(col(p4, "new_phone"), QStringLiteral("010-12345678"));
        QCOMPARE(col(p4, "remark"), QStringLiteral("搬家"));
        QCOMPARE(col(byForm.value(kP5.formNo), "alive"), QStringLiteral("no"));
        QCOMPARE(col(byForm.value(kP3.formNo), "override_by"), kSup);
        QCOMPARE(col(byForm.value(kP3.formNo), "override_reason"), QStringLiteral("主管当面核实本人"));
    }

    void exportResultsJsonToFile()
    {
        const Day &d = day();
        QVERIFY(!d.correctedUuid.isEmpty());
        const QString from = m_today.toString(Qt::ISODate);
        const QString last = lastDay(); // the same day, unless the run crossed midnight
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("results.json"));
        const CliResult r = asSup(
            d.center.db, cliArgs("export", "results", "--from", from, "--to", last, "--format", "json", "--out", out));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe())); // the data went to the file only
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(readFile(out), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject head = doc;
        head.remove(QStringLiteral("results"));
        QCOMPARE(head, (QJsonObject{{QStringLiteral("format"), QStringLiteral("certdesk-results")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("center_code"), QStringLiteral("T0001")},
                                    {QStringLiteral("from"), from},
                                    {QStringLiteral("to"), last}}));
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        const QSet<QString> keys(kExportColumns.begin(), kExportColumns.end());
        int p1Rows = 0;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(jsonKeys(o), keys);
            QVERIFY(o.value(QStringLiteral("alive")).isBool());
            QCOMPARE(o.value(QStringLiteral("cycle")), QJsonValue(m_today.year()));
            QVERIFY(o.value(QStringLiteral("uuid")).toString() != d.firstUuid);
            if (o.value(QStringLiteral("form_no")).toString() != kP1.formNo)
                continue;
            ++p1Rows;
            QCOMPARE(o.value(QStringLiteral("uuid")), QJsonValue(d.correctedUuid));
            QCOMPARE(o.value(QStringLiteral("supersedes")), QJsonValue(d.firstUuid));
        }
        QCOMPARE(p1Rows, 1);
    }

    void workloadJson()
    {
        const Day &d = day();
        QVERIFY(!d.correctedUuid.isEmpty());
        const CliResult r = asSup(d.center.db, cliArgs("workload", "--from", m_today.addDays(-7).toString(Qt::ISODate),
                                                       "--to", lastDay(), "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.keys(), QStringList{QStringLiteral("rows")});
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1); // only the clerk certified, and only today
        // Alive: kP1 (counted once despite the correction), kP3 (override), kP4; deceased: kP5; one change (kP4).
        // Real refusals only (domain/workload.h): already certified, ID mismatch, death notice. Not counted: an
        // override by a non-supervisor and a bad postcode (typing, not a refusal of the person), the wrong supervisor
        // password (authentication), the admin's attempt (permission), lookups.
        QJsonObject row = rows.first().toObject();
        QVERIFY2(isChildToday(row.take(QStringLiteral("date")).toString()), qPrintable(r.describe()));
        const QJsonObject expected{{QStringLiteral("center"), row.value(QStringLiteral("center"))},
                                   {QStringLiteral("clerk"), kClerk},
                                   {QStringLiteral("clerk_name"), row.value(QStringLiteral("clerk_name"))},
                                   {QStringLiteral("online_alive"), 3},
                                   {QStringLiteral("online_deceased"), 1},
                                   {QStringLiteral("mail_alive"), 0},
                                   {QStringLiteral("mail_deceased"), 0},
                                   {QStringLiteral("alive"), 3},
                                   {QStringLiteral("deceased"), 1},
                                   {QStringLiteral("info_changes"), 1},
                                   {QStringLiteral("address_changes"), 1},
                                   {QStringLiteral("corrections"), 1},
                                   {QStringLiteral("refusals"), 3}};
        QCOMPARE(row, expected);
        QVERIFY(!row.value(QStringLiteral("clerk_name")).toString().isEmpty());
    }

    void verifyAfterTheDay()
    {
        const Day &d = day();
        QVERIFY(!d.correctedUuid.isEmpty());
        const CliResult r = asSup(d.center.db, cliArgs("verify"));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("intact")), qPrintable(r.describe()));
    }

    void rawFilesHoldNoPersonalData()
    {
        const Day &d = day();
        QVERIFY(!d.correctedUuid.isEmpty());
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString path = d.center.db + QLatin1String(suffix);
            if (!QFile::exists(path))
                continue;
            const QByteArray raw = readFile(path);
            QVERIFY2(!raw.startsWith("SQLite format 3"), suffix);
            for (const Pensioner &p : kAll) {
                QVERIFY2(!raw.contains(p.name.toUtf8()), qPrintable(path + p.name));
                QVERIFY2(!raw.contains(p.id.toUtf8()), qPrintable(path + p.id));
            }
            QVERIFY(!raw.contains(QStringLiteral("测试市新址路8号").toUtf8()));
        }
        QVERIFY(!readFile(d.center.db).isEmpty());
    }
};

// The working day of the report functions, built on first use from the pristine center with the death notice:
// the clerk certifies kP1 (then corrects it), kP3 with the supervisor's override, kP4 with a new address, kP5
// deceased; three real refusals (kP1 again, kP2 with kP1's ID, kP3 without an override) and attempts that are
// not refusals of a person (the admin's, an override by a non-supervisor, a bad postcode, a wrong supervisor
// password). Empty uuids when a step failed (the report functions check them first).
const CliFlowTest::Day &CliFlowTest::day()
{
    if (m_day)
        return *m_day;
    m_day = std::make_unique<Day>();
    Day &d = *m_day;
    if (!open(d.center, Start::Deaths))
        return d;
    const QString &db = d.center.db;
    const CliResult first = asClerk(db, certifyArgs(kP1, kP1.id, "yes") + cliArgs("--method", "idcard", "--json"));
    (void)asClerk(db, certifyArgs(kP1, kP1.id, "yes")); // refusal: already certified
    (void)asClerk(db, certifyArgs(kP2, kP1.id, "yes")); // refusal: ID mismatch
    (void)runCli(as(kAdmin, db) + certifyArgs(kP1, kP1.id, "yes"), stdinLines({kAdminPw})); // permission
    (void)asClerk(db, certifyArgs(kP3, kP3.id, "yes"));                                     // refusal: death notice
    const QStringList override = certifyArgs(kP3, kP3.id, "yes") + cliArgs("--override-reason", "主管当面核实本人");
    (void)asClerk(db, override + cliArgs("--override-by", kAdmin), {kAdminPw}); // not a supervisor
    (void)asClerk(db, override + cliArgs("--override-by", kSup), {QStringLiteral("not-the-Pass-1")}); // auth
    const CliResult overridden = asClerk(db, override + cliArgs("--override-by", kSup), {kSupPw});
    const QStringList p4 = certifyArgs(kP4, kP4.id, "yes");
    (void)asClerk(db, p4 + cliArgs("--address", "测试市新址路8号", "--postcode", "12345")); // typing
    const CliResult changed = asClerk(db, p4 + cliArgs("--address", "测试市新址路8号", "--postcode", "100020",
                                                       "--phone", "010-12345678", "--remark", "搬家"));
    const CliResult deceased = asClerk(db, certifyArgs(kP5, kP5.id, "no"));
    if (!first.succeeded() || !overridden.succeeded() || !changed.succeeded() || !deceased.succeeded())
        return d;
    const QString firstUuid = first.json().value(QStringLiteral("uuid")).toString();
    const CliResult corrected =
        asClerk(db, cliArgs("correct", "--record", firstUuid, "--reason", "认证方式录错", "--json"));
    if (corrected.succeeded()) {
        d.firstUuid = firstUuid;
        d.correctedUuid = corrected.json().value(QStringLiteral("uuid")).toString();
    }
    return d;
}

QTEST_GUILESS_MAIN(CliFlowTest)
#include "tst_cli_flow.moc"
