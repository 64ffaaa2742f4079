// Printing outside the counter: the first-run recovery sheet, the electronic seal in Settings, the workload
// report and the 附件2 sheet. (Screenshots of these screens: tests/shots/shot_printing.cpp.)

#include "clirunner.h"
#include "core/workstationsettings.h"
#include "firstrun/recoverypage.h"
#include "printdesk.h"
#include "printing/daybatch.h"
#include "printing/printdriver.h"
#include "services/certification.h"
#include "services/printdata.h"
#include "settings/settingsdialog.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

class TestUiPrintSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoverySheetIsPrintedFromMemory();
    void sealIsSetAndCleared();
    void workloadAndInstitutionSheet();
    void rememberedPrinterIsTheSettingsPrinter();
};

void TestUiPrintSetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing of the real profile, whatever a dialog opens
}

void TestUiPrintSetup::recoverySheetIsPrintedFromMemory()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 5, 10), QTime(9, 0)));
    ScriptedPrompter prompter;
    PdfPrintDriver driver;
    WorkstationSettings settings(dir.filePath(QStringLiteral("workstation.ini")));
    UiContext context{dir.filePath(QStringLiteral("c.db")), clock, prompter, settings, [] { return qint64(0); }, 1000};
    const QString code = QStringLiteral("ABCDE-12345-FGHJK-67890-LMNPQ");
    {
        RecoveryPage page(
            context, [&] { return code; }, [] { return QStringLiteral("zhang"); });
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("wizPrintRecovery"))->isEnabled()); // no printer
    }
    context.printDriver = &driver;
    RecoveryPage page(
        context, [&] { return code; }, [] { return QStringLiteral("zhang"); });
    page.initializePage();
    auto *print = page.findChild<QPushButton *>(QStringLiteral("wizPrintRecovery"));
    QVERIFY(print->isEnabled());
    print->click();
    QCOMPARE(driver.documents.size(), 1);
    const QString text = pdfText(driver.documents[0].pdf);
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("zhang")));
    QVERIFY(!driver.documents[0].title.contains(code));
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing on disk
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("wizRecoveryStatus"))->text().contains(QStringLiteral("Printed")));
}

void TestUiPrintSetup::sealIsSetAndCleared()
{
    PrintDesk d(1, QStringLiteral("admin2"));
    QVERIFY(d.signedIn);
    Session &session = *d.ui->window->session();
    QTemporaryDir dir;
    const QString opaque = dir.filePath(QStringLiteral("opaque.png"));
    const QString seal = dir.filePath(QStringLiteral("seal.png"));
    QVERIFY(writeFile(opaque, ringPng(false)));
    QVERIFY(writeFile(seal, ringPng(true)));

    SettingsDialog dialog(d.ui->context, session, d.ui->window.get());
    auto *choose = dialog.findChild<QPushButton *>(QStringLiteral("sealChooseButton"));
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("sealClearButton"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("sealMessage"));
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("sealPreview"));
    QVERIFY(choose && clear && message && preview);
    QVERIFY(!clear->isEnabled());
    QVERIFY(preview->pixmap().isNull());

    // A cancelled chooser changes nothing; an opaque image is refused.
    choose->click();
    QVERIFY(PrintDataService(session).seal()->isEmpty());
    d.ui->prompter.files << opaque;
    choose->click();
    QVERIFY(!message->text().isEmpty());
    QVERIFY(PrintDataService(session).seal()->isEmpty());

    d.ui->prompter.files << seal;
    choose->click();
    QCOMPARE(PrintDataService(session).seal().value(), ringPng(true));
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(clear->isEnabled());

    // Removing asks first; "no" keeps it.
    clear->click();
    QVERIFY(!PrintDataService(session).seal()->isEmpty());
    d.ui->prompter.confirmAnswers << true;
    clear->click();
    QVERIFY(PrintDataService(session).seal()->isEmpty());
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!clear->isEnabled());
}

void TestUiPrintSetup::workloadAndInstitutionSheet()
{
    PrintDesk d(2, QStringLiteral("admin2"));
    QVERIFY(d.signedIn);
    d.press(Qt::Key_F4);
    auto *print = d.button("workloadPrint");
    QTRY_VERIFY(print->isVisible());
    d.press(Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(d.driver.documents.size(), 1);
    QString text = pdfText(d.driver.documents[0].pdf);
    QVERIFY2(text.contains(QStringLiteral("李经办")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026-05-10")));

    SettingsDialog dialog(d.ui->context, *d.ui->window->session(), d.ui->window.get());
    dialog.findChild<QPushButton *>(QStringLiteral("printInstitutionButton"))->click();
    QCOMPARE(d.driver.documents.size(), 2);
    text = pdfText(d.driver.documents[1].pdf);
    QVERIFY2(text.contains(QStringLiteral("附件2")), qPrintable(text));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QVERIFY(text.contains(QString(d.ui->window->session()->center().name).remove(blanks)));
}

void TestUiPrintSetup::rememberedPrinterIsTheSettingsPrinter()
{
    // What the print dialogs remember is what Settings shows as the default printer, and the other way round.
    PrintDesk d(0, QStringLiteral("admin2"));
    QVERIFY(d.signedIn);
    d.ui->settings.setPrinter(QStringLiteral("Counter-Laser-2")); // as the print dialog remembers a choice
    SettingsDialog dialog(d.ui->context, *d.ui->window->session(), d.ui->window.get());
    auto *printer = dialog.findChild<QLineEdit *>(QStringLiteral("setPrinter"));
    QCOMPARE(printer->text(), QStringLiteral("Counter-Laser-2"));
    printer->setText(QStringLiteral("Counter-Laser-3"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"))->click();
    QCOMPARE(d.ui->settings.printer(), QStringLiteral("Counter-Laser-3"));
}

QTEST_MAIN(TestUiPrintSetup)
#include "tst_ui_printsetup.moc"
