// 转送 of retained 附表1 originals end to end (issue 11 §2), against a real certdesk-county process on SQLite and on
// PostgreSQL: `certdesk-admin handover create` lists every original retained since the last batch, `print handover`
// prints the 移交清单 (text read back with pdftotext, its batch QR decoded with zbarimg), the next sync carries the
// batch to the county, `certdesk-county handover receive --batch CENTER/N --missing FORM` records the paper's
// arrival, and `handover list` shows the batches and the forms certified more than 30 days ago and never handed over.

#include "syncdeployment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Runs a tool that must exist (poppler-utils, zbar-tools): a missing tool fails the test.
QByteArray tool(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForStarted(30000) && p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
          p.exitCode() == 0;
    if (!*ok)
        qWarning() << program << "failed:" << p.errorString() << p.readAllStandardError();
    return p.readAllStandardOutput();
}

QString squeezed(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x3000));
    return text;
}

} // namespace

class SyncHandoverTest : public SyncBackendSuite
{
    Q_OBJECT

private:
    static CliResult admin(SyncCenter &c, const QString &user, const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--db"), c.dbPath(), QStringLiteral("--user"), user} + args,
                      stdinLines({SyncCenter::passwordOf(user)}));
    }

    static CliResult county(SyncDeployment &d, const QStringList &args) { return d.county().run(args); }

    static QJsonObject listJson(SyncDeployment &d)
    {
        const CliResult r = county(d, cliArgs("handover", "list", "--json"));
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

    static QJsonObject batchOf(const QJsonObject &list, const QString &center, int batch)
    {
        for (const QJsonValue &v : list.value(QStringLiteral("batches")).toArray())
            if (v[QStringLiteral("center")].toString() == center && v[QStringLiteral("batch")].toInt() == batch)
                return v.toObject();
        return {};
    }

    static QStringList overdueForms(const QJsonObject &list, const QString &center)
    {
        QStringList out;
        for (const QJsonValue &v : list.value(QStringLiteral("overdue")).toArray())
            if (v[QStringLiteral("center")].toString() == center)
                out << v[QStringLiteral("form_no")].toString();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { startBackends(); }

    void init() { skipRowWithoutCounty(); }

    void handoverEndToEnd_data()
    {
        QTest::addColumn<QString>("backend");
        for (const auto &[name, kind] : countyBackends())
            QTest::newRow(qPrintable(name)) << name;
    }
    void handoverEndToEnd()
    {
        SyncDeployment &d = deployment();
        const QDate today = QDate::currentDate();
        const QList<Form> forms = syncForms(QStringLiteral("HO"), 4, today);
        auto center = d.addCenter(QStringLiteral("H1"), QStringLiteral("测试移交街道服务中心"));
        QVERIFY(center);
        QVERIFY(d.importForms(forms, QStringLiteral("H1")));
        CLI_EXPECT_EXIT(center->sync(), 0);
        QStringList uuids;
        QVERIFY(center->certify(forms.mid(0, 3), true, &uuids));
        QCOMPARE(uuids.size(), 3);

        // Nothing retained yet: nothing to hand over (refused, exit 1); bad print options are usage errors.
        CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("handover", "create")), 1);
        const QString pdf = center->filePath(QStringLiteral("handover-1.pdf"));
        CLI_EXPECT_EXIT(
            admin(*center, QStringLiteral("clerk"), cliArgs("print", "handover", "--batch", "x", "--out", pdf)), 2);
        CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("print", "handover", "--out", pdf)), 2);
        CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("print", "handover", "--batch", "1")), 2);
        CLI_EXPECT_EXIT(
            admin(*center, QStringLiteral("clerk"), cliArgs("print", "handover", "--batch", "1", "--out", pdf)), 1);

        // Two originals retained (留存): batch 1 lists them, numbered, with name, date and the clerk's full name.
        for (int i = 0; i < 2; ++i)
            CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("retain", "--record", uuids[i])), 0);
        const CliResult created = admin(*center, QStringLiteral("clerk"), cliArgs("handover", "create", "--json"));
        CLI_EXPECT_EXIT(created, 0);
        const QJsonObject batch1 = created.json();
        QCOMPARE(batch1.value(QStringLiteral("batch")).toInt(), 1);
        QCOMPARE(batch1.value(QStringLiteral("batch_id")).toString(), QStringLiteral("H1/1"));
        QCOMPARE(batch1.value(QStringLiteral("forms")).toInt(), 2);
        const QJsonArray lines = batch1.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QStringList batchForms;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(lines[i][QStringLiteral("line")].toInt(), i + 1);
            batchForms << lines[i][QStringLiteral("form_no")].toString();
            QVERIFY(!lines[i][QStringLiteral("clerk_name")].toString().isEmpty());
            QVERIFY(lines[i][QStringLiteral("clerk_name")].toString() != QStringLiteral("clerk")); // not the login
            QCOMPARE(lines[i][QStringLiteral("date")].toString(), today.toString(Qt::ISODate));
        }
        QCOMPARE(batchForms, (QStringList{forms[0].formNo, forms[1].formNo}));
        QCOMPARE(lines[0][QStringLiteral("name")].toString(), forms[0].person.name);
        // Nothing new since: refused again.
        CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("handover", "create")), 1);

        // The printed 移交清单: its text and its QR.
        CLI_EXPECT_EXIT(
            admin(*center, QStringLiteral("clerk"), cliArgs("print", "handover", "--batch", "1", "--out", pdf)), 0);
        bool ok = false;
        const QString text =
            squeezed(QString::fromUtf8(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok)));
        QVERIFY2(ok, "pdftotext (poppler-utils) is required");
        for (const QString &want :
             {QStringLiteral("移交清单"), QStringLiteral("H1/1"), forms[0].formNo, forms[1].formNo,
              forms[0].person.name, QStringLiteral("共2份"), QStringLiteral("移交人"), QStringLiteral("接收人"),
              QStringLiteral("日期"), QStringLiteral("经办人"), lines[0][QStringLiteral("clerk_name")].toString()})
            QVERIFY2(text.contains(squeezed(want)), qPrintable(want + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(forms[2].formNo)); // certified, not retained
        const QString png = center->filePath(QStringLiteral("handover-1"));
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
              png},
             &ok);
        QVERIFY2(ok, "pdftoppm (poppler-utils) is required");
        const QString decoded =
            QString::fromUtf8(tool(QStringLiteral("zbarimg"),
                                   {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                    QStringLiteral("-Sqrcode.enable"), png + QStringLiteral(".png")},
                                   &ok))
                .trimmed();
        QVERIFY2(ok, "zbarimg (zbar-tools) is required and must find the QR");
        const QByteArray digest =
            QCryptographicHash::hash((forms[0].formNo + QLatin1Char('\n') + forms[1].formNo).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        const QString createdDay =
            QDateTime::fromString(batch1.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                .toLocalTime()
                .date()
                .toString(QStringLiteral("yyyyMMdd"));
        QCOMPARE(decoded, QStringLiteral("CDHO1|H1/1|2|%1|%2").arg(createdDay, QString::fromLatin1(digest)));

        // Not at the county before the sync.
        QVERIFY(batchOf(listJson(d), QStringLiteral("H1"), 1).isEmpty());
        CLI_EXPECT_EXIT(county(d, cliArgs("handover", "receive", "--batch", "H1/1")), 1);
        // The sync carries it: sent, two forms, none missing.
        CLI_EXPECT_EXIT(center->sync(), 0);
        QJsonObject b = batchOf(listJson(d), QStringLiteral("H1"), 1);
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(b.value(QStringLiteral("forms")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("missing")).toInt(), 0);
        QVERIFY(!b.value(QStringLiteral("created_by")).toString().isEmpty());

        // Received at the county with one form missing; receiving again is refused; bad batch names are usage errors.
        CLI_EXPECT_EXIT(county(d, cliArgs("handover", "receive", "--batch", "H1")), 2);
        CLI_EXPECT_EXIT(county(d, cliArgs("handover", "receive", "--batch", "H1/1", "--missing", forms[2].formNo)), 1);
        const CliResult received =
            county(d, cliArgs("handover", "receive", "--batch", "H1/1", "--missing", forms[1].formNo, "--json"));
        CLI_EXPECT_EXIT(received, 0);
        QCOMPARE(received.json().value(QStringLiteral("missing")).toArray(), (QJsonArray{forms[1].formNo}));
        CLI_EXPECT_EXIT(county(d, cliArgs("handover", "receive", "--batch", "H1/1")), 1);
        b = batchOf(listJson(d), QStringLiteral("H1"), 1);
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QCOMPARE(b.value(QStringLiteral("missing")).toInt(), 1);

        // A later sync does not send batch 1 again (a received batch stays received either way).
        CLI_EXPECT_EXIT(center->sync(), 0);
        QCOMPARE(batchOf(listJson(d), QStringLiteral("H1"), 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("received"));

        // Batch 2: only what was retained since batch 1.
        CLI_EXPECT_EXIT(admin(*center, QStringLiteral("clerk"), cliArgs("retain", "--record", uuids[2])), 0);
        const CliResult second = admin(*center, QStringLiteral("clerk"), cliArgs("handover", "create", "--json"));
        CLI_EXPECT_EXIT(second, 0);
        QCOMPARE(second.json().value(QStringLiteral("batch")).toInt(), 2);
        QCOMPARE(second.json().value(QStringLiteral("lines")).toArray().size(), 1);
        QCOMPARE(second.json()[QStringLiteral("lines")][0][QStringLiteral("form_no")].toString(), forms[2].formNo);

        // Forms certified more than 30 days ago and never handed over: the missing one of batch 1 and a certified
        // form never retained; not a form received, nor one in a batch sent (batch 2 goes with the next sync).
        // The records' dates are moved back at the county.
        QVERIFY(center->certify(forms.mid(3, 1)));
        CLI_EXPECT_EXIT(center->sync(), 0);
        const QString old = today.addDays(-40).toString(Qt::ISODate);
        QStringList rows;
        QVERIFY(d.countyQuery(
            QStringLiteral("UPDATE certifications SET local_date = '%1' WHERE center_code = 'H1'").arg(old), &rows));
        QCOMPARE(batchOf(listJson(d), QStringLiteral("H1"), 2).value(QStringLiteral("state")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(overdueForms(listJson(d), QStringLiteral("H1")), (QStringList{forms[1].formNo, forms[3].formNo}));
    }
};

QTEST_GUILESS_MAIN(SyncHandoverTest)
#include "tst_sync_handover.moc"
