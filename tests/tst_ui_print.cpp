// Printing at the counter and from today's list, with a PdfPrintDriver in place of the print preview: Ctrl+P (套打)
// / Ctrl+Alt+P (补发) / Ctrl+Shift+P after certifying, reprints (补打), the day's batch with its progress and Cancel.

#include "clirunner.h"
#include "printdesk.h"
#include "printing/daybatch.h"
#include "services/certification.h"
#include "services/printdata.h"
#include "testerrorcode.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class TestUiPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counterPrintsFormAndReceiptAfterCertifying();
    void counterReprintOfAnEarlierCertification();
    void todayReprintIsMarked();
    void dayBatchCancelLeavesNoFile();
    void dayBatchPrintsEveryForm();
};

void TestUiPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing of the real profile, whatever a dialog opens
}

void TestUiPrint::counterPrintsFormAndReceiptAfterCertifying()
{
    PrintDesk d(0);
    QVERIFY(d.signedIn);
    const Form &f = d.forms[0];
    QVERIFY(!d.button("printButton")->isEnabled());
    d.press(Qt::Key_P, Qt::ControlModifier); // nothing certified: nothing printed
    QVERIFY(d.driver.documents.isEmpty());

    d.typeInto("formInput", f.formNo);
    d.typeInto("checkCodeInput", f.checkCode);
    d.typeInto("idInput", f.person.idNo);
    QVERIFY(!d.button("printButton")->isEnabled()); // pending: no record to print yet
    d.press(Qt::Key_F5);
    QVERIFY(d.counterMessage().contains(f.person.name));
    QVERIFY(d.button("printButton")->isEnabled());
    QVERIFY(d.button("receiptButton")->text().contains(QStringLiteral("Ctrl+Shift+P")));

    // Ctrl+P prints onto the pensioner's original (套打): only the center's entries, none of the form.
    d.press(Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(d.driver.documents.size(), 1);
    QString text = pdfText(d.driver.documents[0].pdf);
    QVERIFY2(!text.contains(f.person.name), qPrintable(text));
    QVERIFY(!text.contains(f.formNo));
    QVERIFY(text.contains(QStringLiteral("李经办")));
    QVERIFY(!text.contains(QStringLiteral("补打")));
    QVERIFY(!d.driver.documents[0].title.contains(f.person.name)); // the spooler's job name
    QVERIFY2(d.counterMessage().contains(QStringLiteral("套打")), qPrintable(d.counterMessage()));
    // The whole form, for a lost original: Ctrl+Alt+P, marked 补发.
    d.press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(d.driver.documents.size(), 2);
    text = pdfText(d.driver.documents[1].pdf);
    QVERIFY2(text.contains(f.person.name), qPrintable(text));
    QVERIFY(text.contains(f.formNo));
    QVERIFY(text.contains(QStringLiteral("补发")));
    QVERIFY(!text.contains(QStringLiteral("补打")));
    d.driver.documents.removeLast();

    // One keystroke for the receipt.
    d.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.driver.documents.size(), 2);
    text = pdfText(d.driver.documents[1].pdf);
    QVERIFY2(text.contains(QStringLiteral("回执")), qPrintable(text));
    QVERIFY(text.contains(f.formNo));
    QVERIFY(!text.contains(QStringLiteral("补打")));

    // The receipt a second time is a reprint.
    d.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.driver.documents.size(), 3);
    text = pdfText(d.driver.documents[2].pdf);
    QVERIFY(text.contains(QStringLiteral("补打")));
    QVERIFY(d.counterMessage().contains(QStringLiteral("补打")));

    // 下一位: nothing left to print.
    d.press(Qt::Key_F12);
    QVERIFY(!d.button("printButton")->isEnabled());
    d.press(Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(d.driver.documents.size(), 3);
}

void TestUiPrint::counterReprintOfAnEarlierCertification()
{
    PrintDesk d(1);
    QVERIFY(d.signedIn);
    const Form &f = d.forms[0];
    d.typeInto("formInput", f.formNo);
    d.typeInto("checkCodeInput", f.checkCode);
    QVERIFY(d.button("printButton")->isEnabled());
    d.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // the receipt of an earlier visit
    QCOMPARE(d.driver.documents.size(), 1);
    const QString text = pdfText(d.driver.documents[0].pdf);
    QVERIFY(text.contains(QStringLiteral("补打")));
    QVERIFY(text.contains(f.formNo));

    // A PC without a print driver says so instead of failing silently.
    d.ui->context.printDriver = nullptr;
    d.press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(d.counterMessage().contains(QStringLiteral("not available")), qPrintable(d.counterMessage()));
    QCOMPARE(d.driver.documents.size(), 1);
}

void TestUiPrint::todayReprintIsMarked()
{
    PrintDesk d(2);
    QVERIFY(d.signedIn);
    d.openToday();
    auto *table = d.ui->find<QTableView>("todayTable");
    auto *reprint = d.button("reprintButton");
    QVERIFY(!reprint->isEnabled()); // no record open yet
    table->setFocus();
    table->selectRow(0);
    QTRY_VERIFY(reprint->isEnabled());
    const QString formNo = d.ui->find<QLabel>("detailFormNo")->text();
    const Form &f = formNo == d.forms[0].formNo ? d.forms[0] : d.forms[1];
    QCOMPARE(formNo, f.formNo);

    d.press(Qt::Key_F8); // F8 here reprints; it never reaches the counter's "deceased"
    QCOMPARE(d.driver.documents.size(), 1);
    const QString text = pdfText(d.driver.documents[0].pdf);
    QVERIFY2(text.contains(QStringLiteral("补打")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026")));
    QVERIFY(text.contains(f.person.name));
    QVERIFY(d.ui->find<QLabel>("todayMessage")->text().contains(f.formNo));
    for (int i = 0; i < d.records.size(); ++i) { // still alive: nothing was recorded by that F8
        auto view = CertificationService(*d.ui->window->session()).lookupForm(d.forms[i].formNo, d.forms[i].checkCode);
        QVERIFY(view && view->current && view->current->alive);
        QCOMPARE(view->current->uuid, d.records[i].uuid);
    }

    d.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.driver.documents.size(), 2);
    const QString receipt = pdfText(d.driver.documents[1].pdf);
    QVERIFY(receipt.contains(QStringLiteral("回执")));
    QVERIFY(receipt.contains(QStringLiteral("补打")));
}

void TestUiPrint::dayBatchCancelLeavesNoFile()
{
    PrintDesk d(4);
    QVERIFY(d.signedIn);
    QTemporaryDir out;
    d.driver.batchPath = out.filePath(QStringLiteral("day.pdf"));
    d.openToday();
    d.press(Qt::Key_B, Qt::ControlModifier);
    DayBatch *batch = d.today()->batch();
    QVERIFY(batch);
    QVERIFY(batch->progressDialog()->isVisible());
    QCOMPARE(batch->progressDialog()->maximum(), 4);
    QVERIFY(!d.button("printDayButton")->isEnabled()); // one batch at a time
    QSignalSpy finished(batch, &DayBatch::finished);
    // Cancel as the first page is shown, as the clerk would with the dialog's button.
    QList<int> seen;
    connect(batch, &DayBatch::progressed, batch, [&seen, batch](int done, int) {
        seen << done;
        if (done == 1)
            batch->progressDialog()->findChild<QPushButton *>()->click();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(seen, QList<int>{1}); // stopped before page 2
    const Status status = finished.at(0).at(0).value<Status>();
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(d.driver.batchPath));
    QVERIFY(QDir(out.path()).isEmpty()); // no temporary file either
    QTRY_VERIFY(!d.today()->batch());
    QVERIFY(d.ui->find<QLabel>("todayMessage")->text().contains(QStringLiteral("cancelled")));
    QVERIFY(d.button("printDayButton")->isEnabled());
}

void TestUiPrint::dayBatchPrintsEveryForm()
{
    PrintDesk d(3);
    QVERIFY(d.signedIn);
    QTemporaryDir out;
    d.driver.batchPath = out.filePath(QStringLiteral("day.pdf"));
    d.openToday();
    d.button("printDayButton")->click();
    QVERIFY(d.today()->batch());
    QTRY_VERIFY_WITH_TIMEOUT(!d.today()->batch(), 30000);
    QVERIFY(QFile::exists(d.driver.batchPath));
    const QString text = pdfFileText(d.driver.batchPath);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(text.contains(d.forms[i].person.name), qPrintable(d.forms[i].formNo));
    QVERIFY(!text.contains(d.forms[3].person.name)); // not certified
    QVERIFY(!text.contains(QStringLiteral("补打")));
    QVERIFY(d.ui->find<QLabel>("todayMessage")->text().contains(d.driver.batchPath));

    // Locking while a batch runs stops it and keeps nothing.
    QFile::remove(d.driver.batchPath);
    d.button("printDayButton")->click();
    QVERIFY(d.today()->batch());
    d.ui->window->lock();
    QVERIFY(!d.today()->batch());
    QVERIFY(!QFile::exists(d.driver.batchPath));
}

QTEST_MAIN(TestUiPrint)
#include "tst_ui_print.moc"
