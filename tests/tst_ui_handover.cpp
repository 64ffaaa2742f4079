// Ctrl+H on today's list: the 移交清单 of the retained 附表1 originals, made and printed by keyboard only through the
// PrintDriver seam (a PdfPrintDriver here); with nothing retained since, the last list is printed again.

#include "printdesk.h"
#include "services/paperforms.h"
#include "shell/mainwindow.h"
#include "uiharness.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class TestUiHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ctrlHPrintsTheHandoverList()
    {
        PrintDesk d(3);
        QVERIFY(d.signedIn);
        d.openToday();
        auto message = [&d] { return d.ui->find<QLabel>("todayMessage")->text(); };
        // Nothing retained: refused, nothing printed.
        d.press(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(d.driver.documents.isEmpty());
        QVERIFY2(message().contains(QStringLiteral("nothing to hand over")), qPrintable(message()));

        Session *session = d.ui->window->session();
        QVERIFY(session);
        for (int i = 0; i < 2; ++i)
            QVERIFY(PaperFormService(*session).confirmRetained(d.records[i].uuid));
        d.press(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(d.driver.documents.size(), 1);
        const QString text = pdfText(d.driver.documents[0].pdf);
        QVERIFY2(text.contains(QStringLiteral("移交清单")), qPrintable(text));
        QVERIFY(text.contains(d.forms[0].formNo) && text.contains(d.forms[1].formNo));
        QVERIFY(!text.contains(d.forms[2].formNo)); // certified but not retained
        QVERIFY(text.contains(QStringLiteral("李经办")));
        QVERIFY(text.contains(QStringLiteral("共2份")));
        QVERIFY(!d.driver.documents[0].title.contains(d.forms[0].person.name)); // the spooler's job name
        QVERIFY2(message().contains(QStringLiteral("/1")), qPrintable(message()));

        // Again with nothing new: batch 1 once more, no batch 2.
        d.press(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(d.driver.documents.size(), 2);
        QVERIFY(pdfText(d.driver.documents[1].pdf).contains(d.forms[0].formNo));
        QVERIFY2(message().contains(QStringLiteral("printed again")), qPrintable(message()));

        // The third original: batch 2 lists only it.
        QVERIFY(PaperFormService(*session).confirmRetained(d.records[2].uuid));
        d.press(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(d.driver.documents.size(), 3);
        const QString second = pdfText(d.driver.documents[2].pdf);
        QVERIFY(second.contains(d.forms[2].formNo));
        QVERIFY(!second.contains(d.forms[0].formNo));
        QVERIFY2(message().contains(QStringLiteral("/2")), qPrintable(message()));
    }
};

QTEST_MAIN(TestUiHandover)
#include "tst_ui_handover.moc"
