// certdesk-admin print form|receipt|workload|institution|day: each writes a PDF whose text is the document
// (pdftotext), the form's QR code reads back (zbarimg), and every bad input is refused with its exit code and
// without leaving a file behind. The database is a TestCenter (cheap key slots) certified through the services.

#include "clirunner.h"
#include "fixture.h"
#include "printing.h"
#include "services/certification.h"
#include "services/printdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kSuper = QStringLiteral("super");

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// pdftotext -layout may space out a wide heading and wraps text inside table cells: compare without blanks.
QString squeezed(QString text)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    text.remove(blanks);
    return text;
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formByRecordAndByNumber();
    void reprintIsMarked();
    void qrCodeReadsBack();
    void receipt();
    void workloadReport();
    void institutionSheet();
    void dayBatch();
    void refusals();
    void usageErrors();
    void wrongPassword();
    void unwritablePathLeavesNothing();

private:
    QStringList as(const QString &user) const { return cliArgs("--db", m_center->dbPath, "--user", user); }
    QByteArray password(const QString &user) const { return stdinLines({TestCenter::passwordOf(user)}); }
    QString out(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<TestCenter> m_center;
    QTemporaryDir m_dir;
    QList<Form> m_forms;
    QList<CertificationRecord> m_records; // forms 0 and 1 certified alive on 2026-05-10, form 2 pending
};

void TestCliPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_center = std::make_unique<TestCenter>();
    m_center->addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
    m_center->addUser(kSuper, Role::Supervisor, QStringLiteral("王主管"));
    m_forms = m_center->seedForms(3);
    auto session = m_center->open(kClerk);
    QVERIFY(session);
    for (int i = 0; i < 2; ++i) {
        CertifyRequest r{m_forms[i].formNo, m_forms[i].checkCode, m_forms[i].person.idNo};
        auto record = CertificationService(*session).certify(r);
        QVERIFY2(record, record ? "" : qPrintable(record.error().message));
        m_records << record.value();
    }
}

void TestCliPrint::formByRecordAndByNumber()
{
    const CliResult byRecord =
        runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid, "--out", out("form.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(byRecord, 0);
    const QString text = pdfText(out("form.pdf"));
    QVERIFY2(text.contains(m_forms[0].person.name), qPrintable(text));
    QVERIFY(text.contains(m_forms[0].formNo));
    QVERIFY(text.contains(QStringLiteral("李经办"))); // 经办人
    QVERIFY(!squeezed(text).contains(QStringLiteral("补打")));
    QCOMPARE(pdfPages(out("form.pdf")), 1);
    // Nothing personal on the terminal: only where the file went.
    QVERIFY(!byRecord.errText().contains(m_forms[0].person.name));
    QVERIFY(byRecord.outText().isEmpty());

    const CliResult byNumber =
        runCli(as(kClerk) + cliArgs("print", "form", "--form", m_forms[1].formNo, "--out", out("form2.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(byNumber, 0);
    QVERIFY(pdfText(out("form2.pdf")).contains(m_forms[1].person.name));
}

void TestCliPrint::reprintIsMarked()
{
    const CliResult r = runCli(
        as(kClerk) + cliArgs("print", "form", "--form", m_forms[0].formNo, "--reprint", "--out", out("again.pdf")),
        password(kClerk));
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY(squeezed(pdfText(out("again.pdf"))).contains(QStringLiteral("补打")));
}

void TestCliPrint::qrCodeReadsBack()
{
    QVERIFY(QFile::exists(out("form.pdf")));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), out("form.pdf"), out("form-page")});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                           QStringLiteral("-Sqrcode.enable"), out("form-page.png")});
    QVERIFY(zbar.waitForFinished(60000));
    const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    auto session = m_center->open(kClerk);
    QVERIFY(session);
    auto data = PrintDataService(*session).byUuid(m_records[0].uuid);
    QVERIFY(data);
    QCOMPARE(decoded, printing::qrPayload(data.value()));
}

void TestCliPrint::receipt()
{
    const CliResult r =
        runCli(as(kClerk) + cliArgs("print", "receipt", "--record", m_records[1].uuid, "--out", out("receipt.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(r, 0);
    const QString text = squeezed(pdfText(out("receipt.pdf")));
    QVERIFY2(text.contains(QStringLiteral("回执")), qPrintable(text));
    QVERIFY(text.contains(m_forms[1].formNo));
    QVERIFY(text.contains(m_forms[1].person.name));
    // The receipt masks the ID number.
    QVERIFY(!text.contains(m_forms[1].person.idNo));
    QVERIFY(text.contains(printing::maskedId(m_forms[1].person.idNo)));
}

void TestCliPrint::workloadReport()
{
    const CliResult r = runCli(as(kSuper) + cliArgs("print", "workload", "--from", "2026-05-01", "--to", "2026-05-31",
                                                    "--out", out("workload.pdf")),
                               password(kSuper));
    CLI_EXPECT_EXIT(r, 0);
    const QString text = squeezed(pdfText(out("workload.pdf")));
    QVERIFY2(text.contains(QStringLiteral("李经办")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026-05-10")));
    // A clerk may not see the workload.
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "workload", "--from", "2026-05-01", "--to", "2026-05-31",
                                                "--out", out("no-workload.pdf")),
                           password(kClerk)),
                    1);
    QVERIFY(!QFile::exists(out("no-workload.pdf")));
}

void TestCliPrint::institutionSheet()
{
    const CliResult r =
        runCli(as(kSuper) + cliArgs("print", "institution", "--out", out("institution.pdf")), password(kSuper));
    CLI_EXPECT_EXIT(r, 0);
    auto session = m_center->open(kSuper);
    QVERIFY(session);
    const QString text = squeezed(pdfText(out("institution.pdf")));
    QVERIFY2(text.contains(squeezed(session->center().name)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("附件2")));
}

void TestCliPrint::dayBatch()
{
    const CliResult r =
        runCli(as(kClerk) + cliArgs("print", "day", "--date", "2026-05-10", "--out", out("day.pdf")), password(kClerk));
    CLI_EXPECT_EXIT(r, 0);
    QCOMPARE(pdfPages(out("day.pdf")), 2);
    const QString text = pdfText(out("day.pdf"));
    QVERIFY(text.contains(m_forms[0].person.name));
    QVERIFY(text.contains(m_forms[1].person.name));
    QVERIFY(!text.contains(m_forms[2].person.name)); // not certified
    // A day without certifications: refused, no empty PDF.
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "day", "--date", "2026-05-11", "--out", out("empty.pdf")),
                           password(kClerk)),
                    1);
    QVERIFY(!QFile::exists(out("empty.pdf")));
}

void TestCliPrint::refusals()
{
    const CliResult unknown =
        runCli(as(kClerk) + cliArgs("print", "form", "--record", "no-such-uuid", "--out", out("unknown.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(unknown, 1);
    QVERIFY(!QFile::exists(out("unknown.pdf")));
    // A pending form has nothing to print yet.
    CLI_EXPECT_EXIT(
        runCli(as(kClerk) + cliArgs("print", "receipt", "--form", m_forms[2].formNo, "--out", out("pending.pdf")),
               password(kClerk)),
        1);
    QVERIFY(!QFile::exists(out("pending.pdf")));
}

void TestCliPrint::usageErrors()
{
    // Usage errors come before the password: nothing on stdin is needed (or read).
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid)), 2);
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "form", "--out", out("x.pdf"))), 2);
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid, "--form",
                                                m_forms[0].formNo, "--out", out("x.pdf"))),
                    2);
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "day", "--date", "2026-13-01", "--out", out("x.pdf"))), 2);
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "day", "--out", out("x.pdf"))), 2);
    CLI_EXPECT_EXIT(runCli(as(kSuper) + cliArgs("print", "workload", "--from", "10.05.2026", "--to", "2026-05-31",
                                                "--out", out("x.pdf"))),
                    2);
    CLI_EXPECT_EXIT(runCli(as(kSuper) + cliArgs("print", "institution")), 2);
    CLI_EXPECT_EXIT(runCli(as(kSuper) + cliArgs("print", "institution", "extra", "--out", out("x.pdf"))), 2);
    CLI_EXPECT_EXIT(runCli(as(kSuper) + cliArgs("print", "poster", "--out", out("x.pdf"))), 2);
    CLI_EXPECT_EXIT(runCli(as(kSuper) + cliArgs("print", "institution", "--out", out("x.pdf"), "--json")), 2);
    QVERIFY(!QFile::exists(out("x.pdf")));
    const CliResult help = runCli(cliArgs("print", "day", "--help"));
    CLI_EXPECT_EXIT(help, 0);
    QVERIFY(help.outText().contains(QStringLiteral("--date DATE --out FILE.pdf")));
}

void TestCliPrint::wrongPassword()
{
    const CliResult r =
        runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid, "--out", out("auth.pdf")),
               stdinLines({QStringLiteral("not-the-password")}));
    CLI_EXPECT_EXIT(r, 3);
    QVERIFY(!QFile::exists(out("auth.pdf")));
}

void TestCliPrint::unwritablePathLeavesNothing()
{
    const QString missingDir = m_dir.filePath(QStringLiteral("no-such-dir/form.pdf"));
    CLI_EXPECT_EXIT(runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid, "--out", missingDir),
                           password(kClerk)),
                    1);
    QVERIFY(!QFile::exists(missingDir));
    // A read-only folder: no PDF and no temporary file left in it.
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const CliResult r = runCli(as(kClerk) + cliArgs("print", "form", "--record", m_records[0].uuid, "--out",
                                                    locked + QStringLiteral("/f.pdf")),
                               password(kClerk));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root writes anywhere
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY(QDir(locked).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
