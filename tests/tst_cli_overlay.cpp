// certdesk-admin print overlay|calibration (docs/cli.md): the overlay holds only the center's entries, its offset
// moves every mark, it is recorded as printed onto the original, files are 0600 and atomic, and every bad input is
// refused with its exit code before the password is read and without leaving a file behind.

#include "clirunner.h"
#include "fixture.h"
#include "services/certification.h"
#include "services/printdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");
// 0600, as QFile reports it for the file's owner (who is also the current user).
const QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).remove(blanks);
}

// The top-left corner (mm) of `word` on page 1, from pdftotext -bbox; null point when absent.
QPointF wordAt(const QString &path, const QString &word)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    static const QRegularExpression re(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>)re"));
    for (auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput())); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3) == word)
            return QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) * (25.4 / 72.0);
    }
    return {};
}

} // namespace

class TestCliOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overlayByRecordAndByNumber();
    void offsetMovesTheMarks();
    void calibrationSheetNeedsNoDatabase();
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
    QList<CertificationRecord> m_records; // forms 0 and 1 certified, form 2 pending
};

void TestCliOverlay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_center = std::make_unique<TestCenter>();
    m_center->addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
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

void TestCliOverlay::overlayByRecordAndByNumber()
{
    const CliResult byRecord =
        runCli(as(kClerk) + cliArgs("print", "overlay", "--record", m_records[0].uuid, "--out", out("o.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(byRecord, 0);
    QVERIFY(byRecord.outText().isEmpty());
    QVERIFY(byRecord.errText().contains(out("o.pdf")));
    QCOMPARE(QFile::permissions(out("o.pdf")), kOwnerOnly);
    const QString text = pdfText(out("o.pdf"));
    QVERIFY2(text.contains(QStringLiteral("李经办")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("√")));
    for (const QString &form : {m_forms[0].person.name, m_forms[0].formNo, m_forms[0].person.idNo,
                                QStringLiteral("是否健在"), QStringLiteral("经办人"), QStringLiteral("同志")})
        QVERIFY2(!text.contains(form), qPrintable(form));
    // Recorded as printed onto the original.
    auto session = m_center->open(kClerk);
    PrintDataService service(*session);
    auto data = service.byUuid(m_records[0].uuid);
    QVERIFY(data);
    auto at = service.overlayPrintedAt(data.value());
    QVERIFY(at && at->has_value());
    auto other = service.byUuid(m_records[1].uuid);
    QVERIFY(!service.overlayPrintedAt(other.value())->has_value());

    const CliResult byNumber =
        runCli(as(kClerk) + cliArgs("print", "overlay", "--form", m_forms[1].formNo, "--out", out("o2.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(byNumber, 0);
    QVERIFY(pdfText(out("o2.pdf")).contains(QStringLiteral("李经办")));
    QVERIFY(service.overlayPrintedAt(other.value())->has_value());
}

void TestCliOverlay::offsetMovesTheMarks()
{
    const CliResult plain =
        runCli(as(kClerk) + cliArgs("print", "overlay", "--record", m_records[0].uuid, "--out", out("p.pdf")),
               password(kClerk));
    CLI_EXPECT_EXIT(plain, 0);
    const CliResult moved = runCli(as(kClerk) + cliArgs("print", "overlay", "--record", m_records[0].uuid, "--out",
                                                        out("m.pdf"), "--offset-x", "1.5", "--offset-y", "-2.0"),
                                   password(kClerk));
    CLI_EXPECT_EXIT(moved, 0);
    const QPointF a = wordAt(out("p.pdf"), QStringLiteral("李经办"));
    const QPointF b = wordAt(out("m.pdf"), QStringLiteral("李经办"));
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY2(qAbs(b.x() - a.x() - 1.5) < 0.05, qPrintable(QString::number(b.x() - a.x())));
    QVERIFY2(qAbs(b.y() - a.y() + 2.0) < 0.05, qPrintable(QString::number(b.y() - a.y())));
}

void TestCliOverlay::calibrationSheetNeedsNoDatabase()
{
    const CliResult r = runCli(cliArgs("print", "calibration", "--out", out("cal.pdf")));
    CLI_EXPECT_EXIT(r, 0);
    QCOMPARE(QFile::permissions(out("cal.pdf")), kOwnerOnly);
    const QString text = pdfText(out("cal.pdf"));
    QVERIFY2(text.contains(QStringLiteral("X30.0Y15.0")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("X180.0Y280.0")));
    const CliResult stray = runCli(cliArgs("print", "calibration", "extra", "--out", out("cal2.pdf")));
    CLI_EXPECT_EXIT(stray, 2);
    QVERIFY(!QFile::exists(out("cal2.pdf")));
    CLI_EXPECT_EXIT(runCli(cliArgs("print", "calibration")), 2);
}

void TestCliOverlay::refusals()
{
    const struct
    {
        QStringList args;
        const char *file;
    } cases[] = {
        {cliArgs("--record", "00000000-0000-0000-0000-000000000000"), "r1.pdf"}, // unknown record
        {cliArgs("--form", "NOSUCHFORM"), "r2.pdf"},                             // unknown form
        {cliArgs("--form", m_forms[2].formNo), "r3.pdf"},                        // not certified yet
    };
    for (const auto &c : cases) {
        const CliResult r =
            runCli(as(kClerk) + cliArgs("print", "overlay") + c.args + cliArgs("--out", out(c.file)), password(kClerk));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY(!QFile::exists(out(c.file)));
        QVERIFY(!r.errText().isEmpty());
    }
}

void TestCliOverlay::usageErrors()
{
    // All refused before a password is read (stdin is empty) and without a file.
    const QStringList bad[] = {
        cliArgs("--record", m_records[0].uuid),                                                     // no --out
        cliArgs("--out", out("u.pdf")),                                                             // neither
        cliArgs("--record", m_records[0].uuid, "--form", m_forms[0].formNo, "--out", out("u.pdf")), // both
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "--offset-x", "1.25"),        // finer than 0.1 mm
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "--offset-y", "16"),          // beyond ±15 mm
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "--offset-x", "abc"),
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "--offset-x", "1,5"),
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "--offset-y"), // no value
        cliArgs("--record", m_records[0].uuid, "--out", out("u.pdf"), "stray"),
    };
    for (const QStringList &args : bad) {
        const CliResult r = runCli(as(kClerk) + cliArgs("print", "overlay") + args);
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY(!QFile::exists(out("u.pdf")));
    }
    // --json is not a print command's output.
    CLI_EXPECT_EXIT(
        runCli(as(kClerk) + cliArgs("--json", "print", "overlay", "--form", m_forms[0].formNo, "--out", out("u.pdf"))),
        2);
    // Boundaries that are accepted.
    const CliResult edge = runCli(as(kClerk) + cliArgs("print", "overlay", "--form", m_forms[0].formNo, "--out",
                                                       out("e.pdf"), "--offset-x=-15", "--offset-y", "+0.1"),
                                  password(kClerk));
    CLI_EXPECT_EXIT(edge, 0);
}

void TestCliOverlay::wrongPassword()
{
    const CliResult r =
        runCli(as(kClerk) + cliArgs("print", "overlay", "--form", m_forms[0].formNo, "--out", out("w.pdf")),
               stdinLines({QStringLiteral("not-the-password")}));
    CLI_EXPECT_EXIT(r, 3);
    QVERIFY(!QFile::exists(out("w.pdf")));
}

void TestCliOverlay::unwritablePathLeavesNothing()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/o.pdf"));
    const CliResult r = runCli(as(kClerk) + cliArgs("print", "overlay", "--form", m_forms[0].formNo, "--out", missing),
                               password(kClerk));
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY(!QFile::exists(missing));
    // An existing file is replaced only by a complete one.
    QVERIFY(writeFile(out("keep.pdf"), "old"));
    const CliResult bad = runCli(
        as(kClerk) + cliArgs("print", "overlay", "--form", "NOSUCHFORM", "--out", out("keep.pdf")), password(kClerk));
    CLI_EXPECT_EXIT(bad, 1);
    QCOMPARE(readFile(out("keep.pdf")), QByteArray("old"));
}

QTEST_MAIN(TestCliOverlay)
#include "tst_cli_overlay.moc"
