// certdesk-county with spreadsheets: import forms and death notices from .xlsx (--sheet, Excel's damage explained,
// nothing imported on a bad row), export feedback/mailed --format xlsx and workload --out FILE.xlsx (files 0600,
// ID numbers as text, read back with the project's reader).
#include "countytest.h"

#include "sheet/spreadsheet.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::countytest;

namespace {

const QStringList kHeader = {QStringLiteral("认证表编号"),     QStringLiteral("校验码"),
                             QStringLiteral("姓名"),           QStringLiteral("性别"),
                             QStringLiteral("出生年月"),       QStringLiteral("公民身份号码"),
                             QStringLiteral("参保地经办机构"), QStringLiteral("认证截止日期")};

QStringList formRow(int n)
{
    return {QStringLiteral("XS-%1").arg(n),   QStringLiteral("CK%1").arg(n),
            QStringLiteral("测试%1").arg(n),  n % 2 ? QStringLiteral("男") : QStringLiteral("女"),
            QStringLiteral("1950-03"),        idNumber(n),
            QStringLiteral("测试市社保中心"), QStringLiteral("2026-12-31")};
}

bool privateFile(const QString &path)
{
    return QFileInfo(path).permissions() ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace

class TestCountySheets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;

    QString book(const QString &name, const XlsxSheet &sheet)
    {
        auto bytes = writeXlsx(sheet);
        QFile f(m_tmp.filePath(name));
        if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes->size())
            return {};
        return f.fileName();
    }

    QList<SheetRow> readBack(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto sheet = readSpreadsheet(f.readAll(), QString());
        return sheet ? sheet->rows : QList<SheetRow>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("county"));
        QCOMPARE(runCounty(m_dir, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                                   QStringLiteral("--county-name"), QStringLiteral("测试县")})
                     .exitCode,
                 0);
        QCOMPARE(runCounty(m_dir,
                           {QStringLiteral("enroll"), QStringLiteral("--center"), QStringLiteral("C1"),
                            QStringLiteral("--name"), QStringLiteral("C1"), QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("C1.p12"))},
                           "bundle-pass\n")
                     .exitCode,
                 0);
    }

    void importFromXlsx()
    {
        // An ID column Excel holds as numbers: refused, the column named, nothing imported.
        XlsxSheet damaged{QStringLiteral("名单"), kHeader, {formRow(1), formRow(2)}, {}};
        damaged.numberColumns = {false, false, false, false, false, true, false, false};
        const QString bad = book(QStringLiteral("bad.xlsx"), damaged);
        QVERIFY(!bad.isEmpty());
        Run refused = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), bad,
                                        QStringLiteral("--center"), QStringLiteral("C1")});
        QCOMPARE(refused.exitCode, 1);
        const QString err = QString::fromUtf8(refused.err);
        QVERIFY2(err.contains(QStringLiteral("line 2: 公民身份号码 is stored as a number")), refused.err.constData());
        QVERIFY(err.contains(QStringLiteral("(文本)")));
        QVERIFY(err.contains(QStringLiteral("Nothing imported")));

        const QString good =
            book(QStringLiteral("good.xlsx"), XlsxSheet{QStringLiteral("名单"), kHeader, {formRow(1), formRow(2)}, {}});
        Run missing =
            runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), good, QStringLiteral("--center"),
                              QStringLiteral("C1"), QStringLiteral("--sheet"), QStringLiteral("二月")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(QString::fromUtf8(missing.err).contains(QStringLiteral("名单")));
        Run ok = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), good, QStringLiteral("--center"),
                                   QStringLiteral("C1"), QStringLiteral("--sheet"), QStringLiteral("名单"),
                                   QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(QJsonDocument::fromJson(ok.out).object()[QStringLiteral("added")].toInt(), 2);

        const QString deaths =
            book(QStringLiteral("deaths.xlsx"),
                 XlsxSheet{QStringLiteral("死亡名单"),
                           {QStringLiteral("公民身份号码"), QStringLiteral("姓名"), QStringLiteral("死亡日期")},
                           {{idNumber(2), QStringLiteral("测试2"), QStringLiteral("2026-03-04")}},
                           {}});
        Run d =
            runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("deaths"), deaths, QStringLiteral("--json")});
        QVERIFY2(d.exitCode == 0, d.err.constData());
    }

    void exportsXlsx()
    {
        const QStringList range = {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-05-31")};
        for (const QString &list : {QStringLiteral("feedback"), QStringLiteral("mailed")}) {
            QCOMPARE(runCounty(m_dir, QStringList{QStringLiteral("export"), list} + range +
                                          QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")})
                         .exitCode,
                     2); // a workbook needs --out
            const QString out = m_tmp.filePath(list + QStringLiteral(".xlsx"));
            Run r = runCounty(m_dir, QStringList{QStringLiteral("export"), list} + range +
                                         QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                     QStringLiteral("--out"), out});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(privateFile(out));
            const QList<SheetRow> rows = readBack(out);
            QCOMPARE(rows.size(), 1); // the header: no records in this county yet
            QCOMPARE(rows[0].cells.mid(0, 3), (QStringList{QStringLiteral("认证表编号"), QStringLiteral("公民身份号码"),
                                                           QStringLiteral("姓名")}));
        }
        const QString workload = m_tmp.filePath(QStringLiteral("workload.xlsx"));
        QCOMPARE(runCounty(m_dir, QStringList{QStringLiteral("workload")} + range +
                                      QStringList{QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("w.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(m_dir, QStringList{QStringLiteral("workload")} + range +
                                      QStringList{QStringLiteral("--out"), workload})
                     .exitCode,
                 0);
        QVERIFY(privateFile(workload));
        const QList<SheetRow> rows = readBack(workload);
        QCOMPARE(rows.size(), 2); // header and total
        QCOMPARE(rows[0].cells.first(), QStringLiteral("date"));
        QCOMPARE(rows[1].cells.first(), QStringLiteral("total"));
    }
};

QTEST_GUILESS_MAIN(TestCountySheets)
#include "tst_county_sheets.moc"
