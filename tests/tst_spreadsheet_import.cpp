// .xlsx/.xls through the counter's import (one transaction: a bad row and nothing is imported, the sheet's row
// numbers in the reasons) and certdesk-admin: import --sheet, export results --format xlsx, workload --out FILE.xlsx
// (files 0600, read back with the project's own reader).
#include "clirunner.h"
#include "fixture.h"
#include "sessionaccess.h"
#include "sheetfixture.h"
#include "testutil.h"

#include "domain/citizenid.h"
#include "services/importer.h"
#include "sheet/spreadsheet.h"

#include <QFileInfo>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdminPw = QStringLiteral("admin-Pass-1");

const QStringList kHeader = {QStringLiteral("认证表编号"),     QStringLiteral("校验码"),
                             QStringLiteral("姓名"),           QStringLiteral("性别"),
                             QStringLiteral("出生年月"),       QStringLiteral("公民身份号码"),
                             QStringLiteral("参保地经办机构"), QStringLiteral("认证截止日期")};

QString id(int n)
{
    const QString first17 = QStringLiteral("11010119500315%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

QStringList formRow(int n, const QDate &due)
{
    return {QStringLiteral("XL-%1").arg(n),
            QStringLiteral("CK%1").arg(n),
            QStringLiteral("测试%1").arg(n),
            n % 2 ? QStringLiteral("男") : QStringLiteral("女"),
            QStringLiteral("1950-03"),
            id(n),
            QStringLiteral("测试市社会保险经办中心"),
            due.toString(Qt::ISODate)};
}

bool privateFile(const QString &path)
{
    return QFileInfo(path).permissions() ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace

class TestSpreadsheetImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int formCount(Session &session)
    {
        auto q = SessionAccess::db(session).prepare("SELECT count(*) FROM forms");
        return q && q->step().value() ? int(q->int64(0)) : -1;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

private Q_SLOTS:
    void allOrNothingWithRowNumbers()
    {
        TestCenter center;
        auto admin = center.open(QStringLiteral("admin"));
        QVERIFY(admin);
        const QDate due(2026, 6, 30);
        XSheet sheet = textSheet(
            QStringLiteral("名单"),
            {{QStringLiteral("2026年待认证名单")}, kHeader, formRow(1, due), formRow(2, due), formRow(3, due)});
        sheet.rows[3][5] = n(QStringLiteral("1.10101195003151E+17")); // row 4: the ID as a number cell
        const QString bad = write(QStringLiteral("bad.xlsx"), makeXlsx({sheet}));
        auto r = ImportService(*admin).importFile(ImportKind::Forms, bad, TextEncoding::Auto);
        QVERIFY(r.ok());
        QVERIFY(!r->accepted());
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors[0].line, 4);
        QVERIFY(r->errors[0].reason.contains(QStringLiteral("(文本)")));
        QCOMPARE(r->added, 0);
        QCOMPARE(formCount(*admin), 0);

        sheet.rows[3][5] = s(id(2));
        const QString good = write(QStringLiteral("good.xlsx"), makeXlsx({sheet}));
        auto ok = ImportService(*admin).importFile(ImportKind::Forms, good, TextEncoding::Auto);
        QVERIFY(ok.ok() && ok->accepted());
        QCOMPARE(ok->added, 3);
        QCOMPARE(formCount(*admin), 3);
        // A sheet that is not there refuses the file as a whole.
        auto missing =
            ImportService(*admin).importFile(ImportKind::Forms, good, TextEncoding::Auto, {}, QStringLiteral("二月"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::SheetMissing);
    }

    void deathNoticesFromXls()
    {
        TestCenter center;
        auto admin = center.open(QStringLiteral("admin"));
        QVERIFY(admin);
        const QJsonArray rows{QJsonArray{QStringLiteral("公民身份号码"), QStringLiteral("姓名"),
                                         QStringLiteral("死亡日期"), QStringLiteral("来源")},
                              QJsonArray{id(1), QStringLiteral("测试1"),
                                         QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-04")}},
                                         QStringLiteral("民政")}};
        QString error;
        const QByteArray xls =
            makeXls({QJsonObject{{QStringLiteral("name"), QStringLiteral("死亡名单")}, {QStringLiteral("rows"), rows}}},
                    false, &error);
        QVERIFY2(!xls.isEmpty(), qPrintable(error));
        auto r = ImportService(*admin).importFile(ImportKind::Deaths, write(QStringLiteral("d.xls"), xls),
                                                  TextEncoding::Auto);
        QVERIFY2(r.ok() && r->accepted(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->added, 1);
    }

    void cliImportExportWorkload()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.db"));
        CLI_EXPECT_EXIT(runCli(cliArgs("--db", db, "init", "--center-code", "T0001", "--center-name",
                                       "测试社保服务中心", "--admin", "admin", "--window", "01-01..12-31"),
                               stdinLines({kAdminPw})),
                        0);
        const auto as = [&](const QStringList &args) {
            return runCli(cliArgs("--db", db, "--user", "admin") + args, stdinLines({kAdminPw}));
        };
        for (const char *role : {"clerk", "supervisor"})
            CLI_EXPECT_EXIT(
                runCli(cliArgs("--db", db, "--user", "admin", "user", "add", role, "--role", role, "--full-name",
                               "测试员"),
                       stdinLines({kAdminPw, QStringLiteral("Pass-of-") + QLatin1String(role) + QStringLiteral("-1")})),
                0);
        const auto asUser = [&](const char *user, const QStringList &args) {
            return runCli(cliArgs("--db", db, "--user", user) + args,
                          stdinLines({QStringLiteral("Pass-of-") + QLatin1String(user) + QStringLiteral("-1")}));
        };
        const QDate today = QDate::currentDate();
        const QDate due(today.year(), 12, 31);
        const QByteArray book =
            makeXlsx({textSheet(QStringLiteral("封面"), {{QStringLiteral("说明")}}),
                      textSheet(QStringLiteral("名单"), {kHeader, formRow(1, due), formRow(2, due)})});
        const QString file = write(QStringLiteral("forms.xlsx"), book);
        // The first sheet is the cover: no columns.
        const CliResult cover = as(cliArgs("import", "forms", file));
        CLI_EXPECT_EXIT(cover, 1);
        QVERIFY(cover.errText().contains(QStringLiteral("Missing required columns")));
        const CliResult missing = as(cliArgs("import", "forms", file, "--sheet", "三月"));
        CLI_EXPECT_EXIT(missing, 1);
        QVERIFY(missing.errText().contains(QStringLiteral("封面")));
        const CliResult imported = as(cliArgs("import", "forms", file, "--sheet", "名单", "--json"));
        CLI_EXPECT_EXIT(imported, 0);
        QCOMPARE(imported.json().value(QStringLiteral("added")).toInt(), 2);
        CLI_EXPECT_EXIT(
            asUser("clerk", cliArgs("certify", "--form", "XL-1", "--check", "CK1", "--id", id(1), "--alive", "yes")),
            0);

        const QString day = today.toString(Qt::ISODate);
        CLI_EXPECT_EXIT(
            asUser("supervisor", cliArgs("export", "results", "--from", day, "--to", day, "--format", "xlsx")), 2);
        const QString results = m_dir.filePath(QStringLiteral("results.xlsx"));
        CLI_EXPECT_EXIT(asUser("supervisor", cliArgs("export", "results", "--from", day, "--to", day, "--format",
                                                     "xlsx", "--out", results)),
                        0);
        QVERIFY(privateFile(results));
        auto sheet = readSpreadsheet(readFile(results), QString());
        QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().message));
        QCOMPARE(sheet->rows.size(), 2);
        QCOMPARE(sheet->rows[0].cells.mid(0, 5), cliArgs("uuid", "form_no", "cycle", "name", "id_no"));
        QCOMPARE(sheet->rows[1].cells[1], QStringLiteral("XL-1"));
        QCOMPARE(sheet->rows[1].cells[4], id(1));
        QVERIFY(!sheet->rows[1].numeric[4]); // the ID number is a text cell

        const QString workload = m_dir.filePath(QStringLiteral("workload.xlsx"));
        CLI_EXPECT_EXIT(asUser("supervisor", cliArgs("workload", "--from", day, "--to", day, "--out",
                                                     m_dir.filePath(QStringLiteral("w.csv")))),
                        2);
        CLI_EXPECT_EXIT(asUser("supervisor", cliArgs("workload", "--from", day, "--to", day, "--out", workload)), 0);
        QVERIFY(privateFile(workload));
        auto w = readSpreadsheet(readFile(workload), QString());
        QVERIFY(w.ok());
        QCOMPARE(w->rows.size(), 3); // header, admin's day, total
        QCOMPARE(w->rows[0].cells.mid(0, 4), cliArgs("date", "center", "clerk", "clerk_name"));
        QCOMPARE(w->rows[1].cells[2], QStringLiteral("clerk"));
        QCOMPARE(w->rows[1].cells[8], QStringLiteral("1")); // alive
        QVERIFY(w->rows[1].numeric[8]);
        QCOMPARE(w->rows[2].cells[0], QStringLiteral("total"));
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetImport)
#include "tst_spreadsheet_import.moc"
