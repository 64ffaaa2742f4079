// Issue 10: the whole visit of a walk-in with a paper form the center has no data for, at the counter, from the
// keyboard only — the card laid on the simulated serial reader (certdesk-samsim on a pty, read by the real
// SamReader), the form number typed from the paper, 登记 (Ctrl+R) with Tab between the fields, certification (F5),
// printing onto the original (Ctrl+P, into a PdfPrintDriver), the paper kept (F7, 附表1) or handed back for mailing
// (附表2), today's list, and the next person (F12) leaving nothing behind.

#include "counter/counterpage.h"
#include "devices/samreader.h"
#include "domain/citizenid.h"
#include "fixture.h"
#include "io/importrows.h"
#include "printdesk.h"
#include "qt/todaymodel.h"
#include "samsimprocess.h"
#include "services/certification.h"
#include "services/demo.h"
#include "services/printdata.h"
#include "uiharness.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");

// The counter with the simulated serial reader as its only identity source, printing into a PdfPrintDriver.
struct Desk
{
    Desk()
    {
        center.addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
        center.seedForms(3);
        ok = sim.start({});
        ui = std::make_unique<UiHarness>(center);
        ui->context.printDriver = &driver;
        ui->context.identitySources = [this] {
            std::vector<std::unique_ptr<IdentitySource>> sources;
            auto reader = std::make_unique<SamReader>(sim.link());
            SamReader::Timing t;
            t.pollMs = 100;
            t.replyMs = 300;
            t.readMs = 1500;
            t.reopenMs = 200;
            reader->setTiming(t);
            reader->setClock(&center.clock);
            sources.push_back(std::move(reader));
            return sources;
        };
        page()->reloadReaders();
    }

    // A form the center never received: generated people, a number of the paper's own.
    Form unseen(const QString &formNo, int index) const
    {
        const QDate today = center.clock.today();
        auto parsed = parseFormRows(demoFormsJson(4, today, 99), TextEncoding::Utf8, today);
        Form f = parsed ? parsed->rows.value(index) : Form{};
        f.formNo = formNo;
        return f;
    }

    // A card file for the person of `form`, as the chip would carry it.
    QString cardFor(const Form &form)
    {
        const auto id = parseCitizenId(form.person.idNo, center.clock.today());
        QJsonObject card{{QStringLiteral("card_type"), QStringLiteral("resident")},
                         {QStringLiteral("name"), form.person.name},
                         {QStringLiteral("sex"), QString(id->sex)},
                         {QStringLiteral("nation"), QStringLiteral("汉")},
                         {QStringLiteral("birth"), id->birth.toString(Qt::ISODate)},
                         {QStringLiteral("address"), QStringLiteral("演示省演示市幸福路1号")},
                         {QStringLiteral("id_no"), form.person.idNo},
                         {QStringLiteral("issuer"), QStringLiteral("演示市公安局")},
                         {QStringLiteral("valid_from"), QStringLiteral("2016-04-01")},
                         {QStringLiteral("valid_to"), QStringLiteral("2036-04-01")}};
        const QString path = center.dir.filePath(form.formNo + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(card).toJson());
        return path;
    }

    CounterPage *page() const { return ui->find<CounterPage>("counterPage"); }
    QLabel *label(const char *name) const { return ui->find<QLabel>(name); }
    QLineEdit *edit(const char *name) const { return ui->find<QLineEdit>(name); }
    QWidget *focus() const { return QApplication::focusWidget(); }
    QString message() const { return label("counterMessage")->text(); }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ui->nowMs += 400; // far from the previous key: never a scanner burst
        QTest::keyClick(focus() ? focus() : ui->window.get(), Qt::Key(key), mods);
    }
    // Tab presses until the field `name` has the focus (-1: never): the tests expect 1, the next field.
    int tabTo(const char *name)
    {
        for (int i = 1; i <= 12; ++i) {
            press(Qt::Key_Tab);
            if (focus() == edit(name))
                return i;
        }
        return -1;
    }
    QString todayPaperColumn()
    {
        auto *tabs = ui->find<QTabWidget>("workspaceTabs");
        press(Qt::Key_F3); // today's list
        if (tabs->currentWidget()->objectName() != QStringLiteral("todayPage"))
            return QStringLiteral("(today's list not shown)");
        auto *table = ui->find<QTableView>("todayTable");
        QString cell = table->model()->rowCount() == 1 ? table->model()->index(0, TodayModel::Paper).data().toString()
                                                       : QStringLiteral("(rows: %1)").arg(table->model()->rowCount());
        press(Qt::Key_F2); // back to the counter
        return cell;
    }

    TestCenter center;
    PdfPrintDriver driver;
    SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)}; // outlives the window and its reader
    bool ok = false;
    std::unique_ptr<UiHarness> ui;
};

} // namespace

class TestUiWalkIn : public QObject
{
    Q_OBJECT

private:
    // From the card read to the registration panel: the number typed from the paper is not found, Ctrl+R opens
    // the panel with the chip's identity, which is not retyped.
    void cardAndUnknownNumber(Desk &d, const Form &f)
    {
        QVERIFY(d.sim.command(QStringLiteral("place ") + d.cardFor(f)) == QStringLiteral("ok place"));
        QTRY_COMPARE_WITH_TIMEOUT(d.edit("idInput")->text(), f.person.idNo, 10000);
        QVERIFY2(d.message().contains(QStringLiteral("No form")), qPrintable(d.message()));
        QVERIFY(d.ui->find<QPushButton>("registerPaperButton")->isEnabled());
        d.edit("formInput")->setFocus(); // where the counter's cursor rests between visits
        d.ui->typeSlowly(f.formNo);
        d.press(Qt::Key_Return); // on to the check code
        d.press(Qt::Key_Return); // none typed: look up
        QVERIFY2(d.message().contains(QStringLiteral("Ctrl+R")), qPrintable(d.message()));
        QCOMPARE(d.page()->visit().missingFormNo(), f.formNo);
        d.press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(d.ui->find<QWidget>("paperRegister")->isVisible());
        QCOMPARE(d.edit("paper_form_no")->text(), f.formNo);
        QCOMPARE(d.edit("paper_id_no")->text(), f.person.idNo);
        QVERIFY(d.edit("paper_id_no")->isReadOnly());
        QCOMPARE(d.edit("paper_name")->text(), f.person.name);
        QCOMPARE(d.focus(), d.ui->find<QComboBox>("paperVariant")); // the number is there: the form type next
    }

    // Certify (F5), then print onto the original (Ctrl+P): only the center's entries, recorded.
    void certifyAndPrint(Desk &d, const Form &f, const QString &advice)
    {
        d.press(Qt::Key_F5);
        QVERIFY2(d.message().contains(advice), qPrintable(d.message()));
        auto v = CertificationService(*d.ui->window->session()).lookupForm(f.formNo, f.checkCode);
        QVERIFY(v && v->current);
        QCOMPARE(v->current->source, QStringLiteral("paper"));
        QCOMPARE(v->current->method, IdentityMethod::IdCard);
        QCOMPARE(v->current->presentedId, f.person.idNo);

        QVERIFY(d.ui->find<QPushButton>("printButton")->isEnabled());
        d.press(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(d.driver.documents.size(), 1);
        const QString printed = pdfText(d.driver.documents[0].pdf);
        QVERIFY2(printed.contains(QStringLiteral("李经办")), qPrintable(printed)); // 经办人 in 鉴证
        QVERIFY(printed.contains(QStringLiteral("√")));                            // 是否健在
        for (const QString &form : {f.person.name, f.formNo, QStringLiteral("是否健在")})
            QVERIFY2(!printed.contains(form), qPrintable(form));                    // nothing of the form's own print
        QVERIFY(pdfText(d.driver.documents[0].previewPdf).contains(f.person.name)); // the preview shows the form
        QVERIFY2(d.message().contains(QStringLiteral("套打")), qPrintable(d.message()));
        auto data = PrintDataService(*d.ui->window->session()).byFormNo(f.formNo);
        QVERIFY(data);
        auto at = PrintDataService(*d.ui->window->session()).overlayPrintedAt(data.value());
        QVERIFY(at && at->has_value());
    }

    // F12: the next person; nothing of this one stays on the screen.
    void next(Desk &d, const Form &f)
    {
        QVERIFY(d.sim.command(QStringLiteral("remove")).startsWith(QStringLiteral("ok")));
        d.press(Qt::Key_F12);
        QTRY_VERIFY(d.page()->visit().isEmpty());
        QVERIFY(d.edit("formInput")->text().isEmpty());
        QVERIFY(d.edit("idInput")->text().isEmpty());
        for (QLabel *l : d.page()->findChildren<QLabel *>())
            if (l->isVisible())
                QVERIFY2(!l->text().contains(f.person.name) && !l->text().contains(f.person.idNo),
                         qPrintable(l->objectName()));
        QCOMPARE(d.focus(), d.edit("formInput"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext");
    }

    // A 附表2 (mail-back) walk-in: its data never reaches the center.
    void mailFormWalkIn()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_VERIFY_WITH_TIMEOUT(d.label("readerStatus")->text().contains(QStringLiteral("ready")), 10000);
        Form f = d.unseen(QStringLiteral("PAPER-0001"), 0);
        f.checkCode.clear(); // a 附表2 has none
        cardAndUnknownNumber(d, f);
        if (QTest::currentTestFailed())
            return;

        // Down: 附表2 (the check code goes off, the reply block on); Enter with fields missing names each.
        d.press(Qt::Key_Down);
        QVERIFY(!d.edit("paper_check_code")->isEnabled());
        QCOMPARE(d.tabTo("paper_agency"), 1); // past the check code (off) and the chip's ID and name
        d.press(Qt::Key_Return);
        for (const char *field : {"paperProblem_agency", "paperProblem_due", "paperProblem_reply_address"})
            QVERIFY2(!d.label(field)->text().isEmpty(), field);
        QCOMPARE(d.focus(), d.edit("paper_agency")); // the first problem
        QVERIFY(!CertificationService(*d.ui->window->session()).lookupForm(f.formNo, QString()));

        // Tab from field to field; the chip's ID and name are skipped (not retyped).
        UiHarness::typeChinese(d.focus(), QStringLiteral("演示市社会保险基金管理局"));
        QCOMPARE(d.tabTo("paper_due"), 1);
        d.ui->typeSlowly(QStringLiteral("2026-6-31")); // no such date: named, nothing stored
        d.press(Qt::Key_Return);
        QVERIFY(!d.label("paperProblem_due")->text().isEmpty());
        d.press(Qt::Key_A, Qt::ControlModifier);
        d.ui->typeSlowly(QStringLiteral("2026-06-30"));
        QCOMPARE(d.tabTo("paper_reply_address"), 1);
        UiHarness::typeChinese(d.focus(), QStringLiteral("演示市幸福路9号"));
        QCOMPARE(d.tabTo("paper_reply_unit"), 1);
        UiHarness::typeChinese(d.focus(), QStringLiteral("演示市社保局退管科"));
        QCOMPARE(d.tabTo("paper_reply_postcode"), 1);
        d.ui->typeSlowly(QStringLiteral("5100O0")); // a letter O for a zero: refused, named
        d.press(Qt::Key_Return);
        QVERIFY(!d.label("paperProblem_reply_postcode")->text().isEmpty());
        QVERIFY(d.label("paperProblem_due")->text().isEmpty());
        QCOMPARE(d.focus(), d.edit("paper_reply_postcode"));
        d.press(Qt::Key_A, Qt::ControlModifier);
        d.ui->typeSlowly(QStringLiteral("510000"));
        d.press(Qt::Key_Return);
        QVERIFY2(d.message().contains(QStringLiteral("registered")), qPrintable(d.message()));
        QVERIFY(!d.ui->find<QWidget>("paperRegister")->isVisible());
        QCOMPARE(d.page()->visit().stage(), CounterVisit::Stage::IdentityPresented);

        certifyAndPrint(d, f, QStringLiteral("mail it home"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(d.page()->visit().stage(), CounterVisit::Stage::Finished);
        QVERIFY(!d.ui->find<QPushButton>("retainButton")->isEnabled()); // nothing to keep: it goes home by post
        const QString paper = d.todayPaperColumn();
        for (const QString &part : {QStringLiteral("Paper registration"), QStringLiteral("Printed onto original"),
                                    QStringLiteral("Returned for mailing")})
            QVERIFY2(paper.contains(part), qPrintable(paper));
        next(d, f);
    }

    // An unknown 附表1 (its list data has not arrived yet): the check code from the paper, the original kept (F7).
    void onlineFormWalkIn()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_VERIFY_WITH_TIMEOUT(d.label("readerStatus")->text().contains(QStringLiteral("ready")), 10000);
        Form f = d.unseen(QStringLiteral("PAPER-0002"), 1);
        f.checkCode = QStringLiteral("A1B2C3");
        cardAndUnknownNumber(d, f);
        if (QTest::currentTestFailed())
            return;
        // 附表1 is the default: Tab to the check code, then on.
        QCOMPARE(d.tabTo("paper_check_code"), 1);
        d.ui->typeSlowly(f.checkCode);
        QCOMPARE(d.tabTo("paper_agency"), 1);
        UiHarness::typeChinese(d.focus(), QStringLiteral("演示市社会保险基金管理局"));
        QCOMPARE(d.tabTo("paper_due"), 1);
        d.ui->typeSlowly(QStringLiteral("2026-06-30"));
        QVERIFY(!d.edit("paper_reply_address")->isEnabled()); // no reply block on a 附表1
        d.press(Qt::Key_Return);
        QVERIFY2(d.message().contains(QStringLiteral("registered")), qPrintable(d.message()));

        certifyAndPrint(d, f, QStringLiteral("F7"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(d.page()->visit().awaitsRetention()); // printed onto; the original is still to be kept
        QVERIFY(d.ui->find<QPushButton>("retainButton")->isEnabled());
        d.press(Qt::Key_F7);
        QVERIFY2(d.message().contains(QStringLiteral("留存")), qPrintable(d.message()));
        QCOMPARE(d.page()->visit().stage(), CounterVisit::Stage::Finished);
        const QString paper = d.todayPaperColumn();
        for (const QString &part : {QStringLiteral("Paper registration"), QStringLiteral("Printed onto original"),
                                    QStringLiteral("Retained")})
            QVERIFY2(paper.contains(part), qPrintable(paper));
        QVERIFY2(!paper.contains(QStringLiteral("Not yet")), qPrintable(paper));
        next(d, f);
    }
};

QTEST_MAIN(TestUiWalkIn)
#include "tst_ui_walkin.moc"
