// Overlay printing (套打) at the counter and its calibration in Settings, with a PdfPrintDriver in place of the print
// preview: Ctrl+P prints only the center's entries and records it, the preview shows the form under them, the
// offset saved per printer moves every mark, the calibration sheet is printed; and the scanner's test code in
// Settings → Card readers with its prefix.

#include "core/workstationsettings.h"
#include "counter/scannerdetector.h"
#include "printdesk.h"
#include "printing/printactions.h"
#include "services/printdata.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Where pdftotext -bbox finds `word` on page 1, in millimetres; null when it is not there.
QRectF wordBox(const QByteArray &pdf, const QString &word)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    constexpr double mm = 25.4 / 72.0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(5) == word)
            return QRectF(QPointF(m.captured(1).toDouble() * mm, m.captured(2).toDouble() * mm),
                          QPointF(m.captured(3).toDouble() * mm, m.captured(4).toDouble() * mm));
    }
    return {};
}

} // namespace

class TestUiOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // nothing of the real profile, whatever a dialog opens
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext");
    }
    void counterPrintsOntoTheOriginalAndRecordsIt()
    {
        PrintDesk d(0);
        QVERIFY(d.signedIn);
        const Form &f = d.forms[0];
        QVERIFY(d.button("printButton")->text().contains(QStringLiteral("Ctrl+P")));
        QVERIFY(d.button("reissueButton")->text().contains(QStringLiteral("Ctrl+Alt+P")));
        d.typeInto("formInput", f.formNo);
        d.typeInto("checkCodeInput", f.checkCode);
        d.typeInto("idInput", f.person.idNo);
        d.press(Qt::Key_F5);
        QVERIFY(d.button("printButton")->isEnabled());
        Session &session = *d.ui->window->session();
        auto data = PrintDataService(session).byFormNo(f.formNo);
        QVERIFY(data);
        QVERIFY(!PrintDataService(session).overlayPrintedAt(data.value())->has_value());

        d.press(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(d.driver.documents.size(), 1);
        const auto &doc = d.driver.documents[0];
        const QString printed = pdfText(doc.pdf);
        QVERIFY2(printed.contains(QStringLiteral("李经办")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("√")));
        for (const QString &form : {f.person.name, f.formNo, QStringLiteral("是否健在"), QStringLiteral("经办人")})
            QVERIFY2(!printed.contains(form), qPrintable(form));
        // The preview: the whole form (faint) under the same entries.
        const QString preview = pdfText(doc.previewPdf);
        for (const QString &all : {f.person.name, QStringLiteral("是否健在"), QStringLiteral("李经办")})
            QVERIFY2(preview.contains(all), qPrintable(all));
        QVERIFY(doc.title.contains(f.formNo) && !doc.title.contains(f.person.name));

        // Recorded as printed onto the original, at the session clock's time.
        auto at = PrintDataService(session).overlayPrintedAt(data.value());
        QVERIFY(at && at->has_value());
        QCOMPARE(at->value(), d.center.clock.now());
        QVERIFY(d.counterMessage().contains(QStringLiteral("套打")));
    }

    void calibrationOffsetMovesTheMarks()
    {
        PrintDesk d(1, QStringLiteral("admin2"));
        QVERIFY(d.signedIn);
        Session &session = *d.ui->window->session();
        const QString uuid = d.records[0].uuid;
        QVERIFY(printactions::printRecord(d.ui->context, nullptr, session, uuid, printactions::Document::Overlay,
                                          std::nullopt));
        const QRectF before = wordBox(d.driver.documents.last().pdf, QStringLiteral("李经办"));
        QVERIFY(!before.isNull());

        SettingsDialog dialog(d.ui->context, session, d.ui->window.get());
        auto *x = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("overlayOffsetX"));
        auto *y = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("overlayOffsetY"));
        auto *printer = dialog.findChild<QComboBox *>(QStringLiteral("calibrationPrinter"));
        QVERIFY(x && y && printer);
        QCOMPARE(x->singleStep(), 0.1);
        QCOMPARE(x->decimals(), 1);
        QCOMPARE(printer->currentData().toString(), QString()); // PDF and printers without their own
        x->setValue(1.5);
        y->setValue(-2.0);
        dialog.findChild<QPushButton *>(QStringLiteral("saveCalibrationButton"))->click();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("calibrationMessage"))->text().isEmpty());
        QCOMPARE(d.ui->settings.overlayOffset(QString()), QPointF(1.5, -2.0));
        // Another printer has its own offset; one without falls back to the workstation's.
        d.ui->settings.setOverlayOffset(QStringLiteral("Office/HP 400"), QPointF(-0.3, 0.7));
        QCOMPARE(d.ui->settings.overlayOffset(QStringLiteral("Office/HP 400")), QPointF(-0.3, 0.7));
        QCOMPARE(d.ui->settings.overlayOffset(QStringLiteral("Other")), QPointF(1.5, -2.0));
        x->setValue(0);
        y->setValue(0); // unsaved: not used

        // The calibration sheet, printed with the saved offset.
        const int sheets = int(d.driver.documents.size());
        dialog.findChild<QPushButton *>(QStringLiteral("printCalibrationButton"))->click();
        QCOMPARE(d.driver.documents.size(), sheets + 1);
        const QString sheet = pdfText(d.driver.documents.last().pdf);
        QVERIFY2(sheet.contains(QStringLiteral("+1.5")) && sheet.contains(QStringLiteral("−2.0")), qPrintable(sheet));

        QVERIFY(printactions::printRecord(d.ui->context, nullptr, session, uuid, printactions::Document::Overlay,
                                          std::nullopt));
        const QRectF after = wordBox(d.driver.documents.last().pdf, QStringLiteral("李经办"));
        QVERIFY(!after.isNull());
        QVERIFY2(qAbs(after.left() - before.left() - 1.5) < 0.05, qPrintable(QString::number(after.left())));
        QVERIFY2(qAbs(after.top() - before.top() + 2.0) < 0.05, qPrintable(QString::number(after.top())));
    }

    void scannerTestCodeAndPrefix()
    {
        PrintDesk d(0, QStringLiteral("admin2"));
        QVERIFY(d.signedIn);
        SettingsDialog dialog(d.ui->context, *d.ui->window->session(), d.ui->window.get());
        dialog.setScanner(d.ui->window->scanner());
        dialog.setModal(true);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(3); // Card readers
        auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("scannerTestInput"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("scannerTestResult"));
        QVERIFY(input && result);
        input->setFocus();
        QTRY_VERIFY(input->hasFocus());

        d.ui->scanBurst(QStringLiteral("YD2026000001"));
        QVERIFY2(result->text().contains(QStringLiteral("✓")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("YD2026000001")));
        QVERIFY(input->text().isEmpty());
        d.ui->typeSlowly(QStringLiteral("ABC123"));
        d.press(Qt::Key_Return);
        QVERIFY2(result->text().contains(QStringLiteral("✗")), qPrintable(result->text()));

        // A prefix: a letter is refused, STX is saved and framing applies to the application's detector at once.
        auto *prefix = dialog.findChild<QComboBox *>(QStringLiteral("scannerPrefix"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveReadersButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("readersMessage"));
        prefix->setEditText(QStringLiteral("A"));
        save->click();
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(d.ui->settings.scanFraming().prefix, QString());
        prefix->setCurrentIndex(prefix->findData(QStringLiteral("\x02")));
        save->click();
        QCOMPARE(d.ui->settings.scanFraming().prefix, QStringLiteral("\x02"));
        QCOMPARE(d.ui->window->scanner()->prefix(), QStringLiteral("\x02"));
        dialog.hide();
    }
};

QTEST_MAIN(TestUiOverlay)
#include "tst_ui_overlay.moc"
