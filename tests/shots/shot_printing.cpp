// Screenshots of the printing screens (CERTDESK_SHOTS=folder): the counter after a print, the program's own
// preview, today's list and the day batch, the seal in Settings. Not a test: `cmake --build build --target
// screenshots` runs it (a modal preview and real-time waits have no place in ctest).

#include "clirunner.h"
#include "printdesk.h"
#include "printing/daybatch.h"
#include "printing/printdriver.h"
#include "settings/settingsdialog.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

class ShotPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void render();
};

void ShotPrinting::render()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOTS");
    QVERIFY2(!dir.isEmpty(), "set CERTDESK_SHOTS to a folder (the screenshots target does)");
    const auto shot = [&dir](QWidget *w, const char *name) {
        QApplication::processEvents(); // pending layout requests, as the event loop would run them
        return w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    };
    {
        PrintDesk d(0);
        QVERIFY(d.signedIn);
        d.ui->window->resize(1366, 768);
        d.typeInto("formInput", d.forms[0].formNo);
        d.typeInto("checkCodeInput", d.forms[0].checkCode);
        d.typeInto("idInput", d.forms[0].person.idNo);
        d.press(Qt::Key_F5);
        d.press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(shot(d.ui->window.get(), "print-counter.png"));
        // The program's own preview, for a look only (a modal dialog: never part of the ctest run).
        DialogPrintDriver real(d.ui->settings);
        d.ui->context.printDriver = &real;
        bool previewed = false;
        QTimer::singleShot(1500, [&] {
            if (QWidget *preview = QApplication::activeModalWidget()) {
                previewed = shot(preview, "print-preview.png");
                static_cast<QDialog *>(preview)->reject();
            }
        });
        d.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(previewed);
        d.ui->context.printDriver = &d.driver;
    }
    {
        PrintDesk d(3);
        QVERIFY(d.signedIn);
        d.ui->window->resize(1366, 768);
        QTemporaryDir out;
        d.driver.batchPath = out.filePath(QStringLiteral("day.pdf"));
        d.openToday();
        auto *table = d.ui->find<QTableView>("todayTable");
        table->setFocus();
        table->selectRow(0);
        d.press(Qt::Key_F8);
        QVERIFY(shot(d.ui->window.get(), "print-today.png"));
        d.press(Qt::Key_B, Qt::ControlModifier);
        DayBatch *batch = d.today()->batch();
        QVERIFY(batch);
        bool shown = false;
        connect(batch, &DayBatch::progressed, batch, [&](int done, int) {
            if (done == 1)
                shown = shot(batch->progressDialog(), "print-batch.png");
        });
        QTRY_VERIFY_WITH_TIMEOUT(!d.today()->batch(), 30000);
        QVERIFY(shown);
    }
    {
        PrintDesk d(1, QStringLiteral("admin2"));
        QVERIFY(d.signedIn);
        SettingsDialog dialog(d.ui->context, *d.ui->window->session(), d.ui->window.get());
        QTemporaryDir tmp;
        const QString seal = tmp.filePath(QStringLiteral("seal.png"));
        QVERIFY(writeFile(seal, ringPng(true)));
        d.ui->prompter.files << seal;
        dialog.findChild<QPushButton *>(QStringLiteral("sealChooseButton"))->click();
        dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
        dialog.show();
        QVERIFY(shot(&dialog, "print-settings.png"));
        dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(3);
        QVERIFY(shot(&dialog, "readers-settings.png"));
    }
}

QTEST_MAIN(ShotPrinting)
#include "shot_printing.moc"
