// The workload page's exports (issue 17 §4): the workload and the certification results as Excel workbooks from the
// program, read back with the product's own .xlsx reader — full ID numbers and phones survive as text cells; CSV and
// JSON by the file name; files 0600; cancel, a backwards range and an unwritable folder write nothing.
#include "services/certification.h"
#include "sheet/spreadsheet.h"
#include "testutil.h"
#include "uiharness.h"
#include "workload/workloadpage.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    return QFileInfo(path).permissions() ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

// The rows of the workbook as column name → cell, with each cell's number flag.
struct Sheet
{
    QStringList header;
    QList<SheetRow> rows;
    QString cell(int row, const QString &column) const { return rows[row].cells.value(header.indexOf(column)); }
    bool numeric(int row, const QString &column) const
    {
        return rows[row].numeric.value(header.indexOf(column), false);
    }
};

Sheet readBack(const QString &path)
{
    auto table = readSpreadsheet(readAll(path), QString());
    if (!table || table->rows.isEmpty())
        return {};
    Sheet s{table->rows.first().cells, table->rows.mid(1)};
    return s;
}

} // namespace

class TstUiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloadAndResultsAsExcel();
};

void TstUiExport::workloadAndResultsAsExcel()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("王一经办"));
    center.addUser(QStringLiteral("sup1"), Role::Supervisor);
    const QList<Form> forms = center.seedForms(3);
    {
        auto clerk = center.open(QStringLiteral("clerk1"));
        QVERIFY(clerk);
        for (int i = 0; i < 2; ++i) {
            CertifyRequest r{forms[i].formNo, forms[i].checkCode, forms[i].person.idNo};
            if (i == 1)
                r.change.phone = QStringLiteral("13800138000");
            auto record = CertificationService(*clerk).certify(r);
            QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
        }
    }

    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("sup1")));
    auto *tabs = h.find<QTabWidget>("workspaceTabs");
    auto *page = h.find<WorkloadPage>("workloadPage");
    tabs->setCurrentWidget(page);
    auto *exportWorkload = h.find<QPushButton>("workloadExport");
    auto *exportResults = h.find<QPushButton>("workloadExportResults");
    QVERIFY(exportWorkload && exportResults);
    QVERIFY(exportResults->isVisible());

    // Results, a name typed without a suffix: an Excel workbook, the full ID numbers as text.
    QTemporaryDir out;
    h.prompter.files << out.filePath(QStringLiteral("results"));
    exportResults->click();
    const QString xlsx = out.filePath(QStringLiteral("results.xlsx"));
    QVERIFY2(QFileInfo::exists(xlsx), qPrintable(h.prompter.shown.join(u'\n')));
    QVERIFY(ownerOnly(xlsx));
    const Sheet results = readBack(xlsx);
    QCOMPARE(results.rows.size(), 2);
    QStringList ids;
    for (int r = 0; r < results.rows.size(); ++r) {
        QVERIFY(!results.numeric(r, QStringLiteral("id_no")));
        ids << results.cell(r, QStringLiteral("id_no"));
        if (results.cell(r, QStringLiteral("form_no")) == forms[1].formNo) {
            QCOMPARE(results.cell(r, QStringLiteral("new_phone")), QStringLiteral("13800138000"));
            QVERIFY(!results.numeric(r, QStringLiteral("new_phone")));
        }
    }
    ids.sort();
    QStringList expected{forms[0].person.idNo, forms[1].person.idNo};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(ids[0].size(), 18);

    // CSV by its name, as the CLI writes it (UTF-8 with a BOM).
    const QString csv = out.filePath(QStringLiteral("results.csv"));
    h.prompter.files << csv;
    exportResults->click();
    const QByteArray csvBytes = readAll(csv);
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csvBytes.contains(forms[0].person.idNo.toLatin1()));
    QVERIFY(ownerOnly(csv));

    // The workload: counts as numbers, the clerk as text, a total row.
    const QString workload = out.filePath(QStringLiteral("workload.xlsx"));
    h.prompter.files << workload;
    exportWorkload->click();
    const Sheet w = readBack(workload);
    QCOMPARE(w.rows.size(), 2);
    QCOMPARE(w.cell(0, QStringLiteral("clerk")), QStringLiteral("clerk1"));
    QCOMPARE(w.cell(0, QStringLiteral("clerk_name")), QStringLiteral("王一经办"));
    QCOMPARE(w.cell(0, QStringLiteral("alive")), QStringLiteral("2"));
    QVERIFY(w.numeric(0, QStringLiteral("alive")));
    QCOMPARE(w.cell(1, QStringLiteral("date")), QStringLiteral("total"));
    QVERIFY(ownerOnly(workload));

    // Cancelled: nothing written, nothing said.
    const qsizetype shown = h.prompter.shown.size();
    exportResults->click();
    QCOMPARE(h.prompter.shown.size(), shown + 1); // the dialog's title only
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);

    // An unwritable place: refused on the page, nothing written.
    auto *message = h.find<QLabel>("workloadMessage");
    h.prompter.files << out.filePath(QStringLiteral("no-such-folder/results.xlsx"));
    exportResults->click();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no-such-folder")), qPrintable(message->text()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);

    // A backwards range: the service's refusal, no file.
    h.find<QDateEdit>("workloadFrom")->setDate(h.find<QDateEdit>("workloadTo")->date().addDays(1));
    h.prompter.files << out.filePath(QStringLiteral("backwards.xlsx"));
    exportResults->click();
    QVERIFY(message->isVisible());
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("backwards.xlsx"))));
    h.prompter.files << out.filePath(QStringLiteral("backwards-workload.xlsx"));
    exportWorkload->click();
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("backwards-workload.xlsx"))));
}

QTEST_MAIN(TstUiExport)
#include "tst_ui_export.moc"
