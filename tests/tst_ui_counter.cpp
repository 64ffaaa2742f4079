// The clerk's counter screen in the real main window: scanner bursts and typed lookups, the comparison with
// the ID presented, certifying alive / deceased / with a change of information, every refusal in words,
// the supervisor override of a death-notice match, and that 下一位 and locking leave no personal data behind.

#include "counter/counterpage.h"
#include "counter/scannerdetector.h"
#include "counterharness.h"
#include "domain/scanpayload.h"
#include "fixture.h"
#include "services/accounts.h"
#include "services/certification.h"
#include "shell/statuspanel.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Everything a widget of `root` shows or could show: texts, placeholders, tooltips, item-view cells.
QStringList shownTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        out << w->toolTip() << w->windowTitle() << w->accessibleName();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString() << m->index(r, c).data(Qt::ToolTipRole).toString();
        }
    }
    return out;
}

// The first shown text that gives away something of `f`'s person, or an empty string.
QString leak(QWidget *root, const Form &f)
{
    const QStringList secrets{f.person.name, f.person.idNo, f.formNo, f.person.address, f.person.phone};
    for (const QString &text : shownTexts(root))
        for (const QString &secret : secrets)
            if (!secret.isEmpty() && text.contains(secret))
                return text;
    return QString();
}

} // namespace

class TestUiCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFieldsHaveNoInputMethod();
    void scannedQrLoadsTheForm();
    void scanFromAnotherTabBringsTheCounterBack();
    void scannedFormNumberAsksForTheCheckCode();
    void scannedIdListsThePersonsFormAndCompares();
    void scannedInvalidIdSaysWhy();
    void typedLookupWorks();
    void legacyFifteenDigitIdIsAccepted();
    void humanTypingIsNotTakenForAScan();
    void mismatchIsHighlighted();
    void certifyAlive();
    void certifyWithChangeOfAddress();
    void wrongCheckCodeIsRefused();
    void idMismatchIsRefused();
    void alreadyCertifiedIsRefused();
    void outsideTheWindowIsRefused();
    void deathNoticeNeedsASupervisorOverride();
    void deceasedAsksForConfirmation();
    void nextLeavesNoPersonalData();
    void nextAfterARefusedOverrideLeavesNothing();
    void overrideKeepsTheEventLoopTurning();
    void lockHidesEverythingAndResumesEmpty();
    void roleWithoutCertifyCanOnlyLookUp();
    void statusBarFitsA1366Screen();
};

void TestUiCounter::scannerFieldsHaveNoInputMethod()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    for (const char *name : {"formInput", "checkCodeInput", "idInput"})
        QVERIFY2(!c.edit(name)->testAttribute(Qt::WA_InputMethodEnabled), name);
    QVERIFY(c.edit("newAddress")->testAttribute(Qt::WA_InputMethodEnabled)); // addresses are typed in Chinese
    QCOMPARE(QApplication::focusWidget(), c.edit("formInput"));
    QVERIFY(!c.button("aliveButton")->isEnabled());
    QVERIFY(!c.button("printButton")->isEnabled());
    QVERIFY(!c.button("printButton")->toolTip().isEmpty());
    QVERIFY(c.button("aliveButton")->text().contains(QStringLiteral("F5")));
    QVERIFY(c.button("deceasedButton")->text().contains(QStringLiteral("F8")));
    QVERIFY(c.button("changeInfoButton")->text().contains(QStringLiteral("F6")));
    QVERIFY(c.button("nextButton")->text().contains(QStringLiteral("F12")));
}

void TestUiCounter::scannedQrLoadsTheForm()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.edit("idInput")->setFocus(); // the scanner works wherever the cursor is
    c.ui->scanBurst(encodeQrPayload(f.formNo, f.checkCode, true, QStringLiteral("T001"), QDate(2026, 5, 1),
                                    QStringLiteral("0b5c1f7e-1111-4222-8333-944455556666")));
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QCOMPARE(c.edit("formInput")->text(), f.formNo);
    QCOMPARE(c.edit("checkCodeInput")->text(), f.checkCode);
    QCOMPARE(c.edit("idInput")->text(), QString()); // no scanned character stayed in the focused field
    QCOMPARE(QApplication::focusWidget(), c.edit("idInput"));
    QVERIFY(c.button("aliveButton")->isEnabled());
    QVERIFY(!c.label("deathWarning")->isVisible());
}

void TestUiCounter::scanFromAnotherTabBringsTheCounterBack()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    auto *tabs = c.ui->find<QTabWidget>("workspaceTabs");
    c.press(Qt::Key_F3);
    QVERIFY(tabs->currentWidget() != c.page());
    const Form &f = c.forms[5];
    c.ui->scanBurst(encodeQrPayload(f.formNo, f.checkCode, true, QStringLiteral("T001"), QDate(2026, 5, 1),
                                    QStringLiteral("0b5c1f7e-1111-4222-8333-944455556666")));
    QCOMPARE(tabs->currentWidget(), c.page());
    QCOMPARE(c.label("formName")->text(), f.person.name);
}

void TestUiCounter::scannedFormNumberAsksForTheCheckCode()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[2];
    c.ui->scanBurst(f.formNo);
    QCOMPARE(c.edit("formInput")->text(), f.formNo);
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput"));
    QVERIFY(c.message().contains(QStringLiteral("校验码")));
    QVERIFY(!c.button("aliveButton")->isEnabled());
    c.ui->typeSlowly(f.checkCode);
    c.press(Qt::Key_Return);
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QCOMPARE(c.label("formIdNo")->text(), f.person.idNo);
    QCOMPARE(c.label("formAddress")->text(), f.person.address);
    QVERIFY(!c.label("formStatus")->text().isEmpty());
    QVERIFY(c.button("aliveButton")->isEnabled());

    // An empty check code (mail-back forms may have none) still looks up: here it is refused in words.
    c.ui->scanBurst(c.forms[3].formNo);
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput"));
    c.press(Qt::Key_Return);
    QVERIFY(c.message().contains(QStringLiteral("check code")));
    QVERIFY(c.label("formName")->text().isEmpty());
}

void TestUiCounter::scannedIdListsThePersonsFormAndCompares()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[1];
    c.ui->scanBurst(f.person.idNo);
    QCOMPARE(c.edit("idInput")->text(), f.person.idNo);
    QVERIFY(c.ui->find<QAbstractItemView>("personForms")->model()->rowCount() >= 1);
    // Its one pending form is picked; the paper form's check code is still needed.
    QCOMPARE(c.edit("formInput")->text(), f.formNo);
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput"));
    c.ui->typeSlowly(f.checkCode);
    c.press(Qt::Key_Return);
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QCOMPARE(c.label("presentedId")->text(), f.person.idNo);
    QCOMPARE(c.label("formIdNo")->property("mismatch").toBool(), false);
    QVERIFY(!c.label("presentedSex")->text().isEmpty());
    QVERIFY(!c.label("presentedBirth")->text().isEmpty());

    // With the form loaded, another scanned ID is compared with it.
    c.ui->scanBurst(c.forms[0].person.idNo);
    QCOMPARE(c.edit("idInput")->text(), c.forms[0].person.idNo);
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QVERIFY(c.label("formIdNo")->property("mismatch").toBool());
    QVERIFY(c.label("presentedId")->property("mismatch").toBool());
}

void TestUiCounter::scannedInvalidIdSaysWhy()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    QString bad = c.forms[0].person.idNo;
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check digit
    c.ui->scanBurst(bad);
    QCOMPARE(c.edit("idInput")->text(), bad);
    QVERIFY(!c.message().isEmpty());
    QVERIFY(!c.label("idProblem")->text().isEmpty());
    QVERIFY(c.label("formName")->text().isEmpty());
}

void TestUiCounter::typedLookupWorks()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    QSignalSpy scans(c.ui->window->scanner(), &ScannerDetector::scanned);
    const Form &f = c.forms[3];
    c.typeForm(f);
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QCOMPARE(QApplication::focusWidget(), c.edit("idInput"));
    c.ui->typeSlowly(f.person.idNo);
    QVERIFY(c.label("idProblem")->text().contains(QStringLiteral("✓")));
    c.press(Qt::Key_Return);
    QCOMPARE(c.label("presentedId")->text(), f.person.idNo);
    QCOMPARE(c.label("formIdNo")->property("mismatch").toBool(), false);
    QCOMPARE(scans.count(), 0);

    // An ID typed first (no form yet) lists that person's forms.
    c.press(Qt::Key_F12);
    c.typeInto("idInput", c.forms[4].person.idNo);
    QCOMPARE(c.edit("formInput")->text(), c.forms[4].formNo);
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput"));
}

void TestUiCounter::legacyFifteenDigitIdIsAccepted()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    QVERIFY(f.person.idNo.mid(6, 2) == QLatin1String("19"));
    const QString id15 = f.person.idNo.left(6) + f.person.idNo.mid(8, 9);
    c.typeForm(f);
    c.edit("idInput")->setFocus();
    c.ui->typeSlowly(id15);
    QVERIFY(c.label("idProblem")->text().contains(QStringLiteral("✓")));
    QCOMPARE(c.label("presentedId")->text(), f.person.idNo); // shown converted to 18 characters
    QCOMPARE(c.label("formIdNo")->property("mismatch").toBool(), false);
    c.press(Qt::Key_F5);
    QVERIFY(c.current(f));
}

void TestUiCounter::humanTypingIsNotTakenForAScan()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    QSignalSpy scans(c.ui->window->scanner(), &ScannerDetector::scanned);
    c.edit("formInput")->setFocus();
    c.ui->typeSlowly(c.forms[0].formNo);
    QCOMPARE(c.edit("formInput")->text(), c.forms[0].formNo);
    // A few quick keys (a fast typist's roll) ending in Enter: typing, every key kept, Enter delivered.
    c.edit("formInput")->clear();
    c.ui->scanBurst(QStringLiteral("YD20"));
    QCOMPARE(c.edit("formInput")->text(), QStringLiteral("YD20"));
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput")); // Enter moved on, as typed Enter does
    QCOMPARE(scans.count(), 0);
    // A fast run broken by a pause is typing too.
    c.edit("formInput")->setFocus();
    c.edit("formInput")->clear();
    c.ui->nowMs += 500;
    for (const QChar ch : QStringLiteral("YD2026")) {
        c.ui->nowMs += ch == QLatin1Char('2') ? 200 : 5;
        QTest::keyClick(c.edit("formInput"), ch.toLatin1());
    }
    c.ui->nowMs += 5;
    QTest::keyClick(c.edit("formInput"), Qt::Key_Return);
    QCOMPARE(c.edit("formInput")->text(), QStringLiteral("YD2026"));
    QCOMPARE(scans.count(), 0);
}

void TestUiCounter::mismatchIsHighlighted()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    c.load(c.forms[0], c.forms[1].person.idNo);
    QVERIFY(c.label("formIdNo")->property("mismatch").toBool());
    const bool sexDiffers = c.forms[0].person.sex != c.forms[1].person.sex;
    QCOMPARE(c.label("formSex")->property("mismatch").toBool(), sexDiffers);
    QCOMPARE(c.label("presentedSex")->property("mismatch").toBool(), sexDiffers);
    const bool birthDiffers = c.forms[0].person.birth != c.forms[1].person.birth;
    QCOMPARE(c.label("formBirth")->property("mismatch").toBool(), birthDiffers);
    QVERIFY(!c.label("idVerdict")->text().isEmpty());
    QVERIFY(!c.message().isEmpty());
}

void TestUiCounter::certifyAlive()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    QSignalSpy changed(c.page(), &CounterPage::recordsChanged);
    const Form &f = c.forms[0];
    c.load(f);
    c.press(Qt::Key_F5);
    const auto rec = c.current(f);
    QVERIFY(rec);
    QVERIFY(rec->alive);
    QCOMPARE(rec->method, IdentityMethod::Manual);
    QCOMPARE(rec->clerk, kClerk);
    QVERIFY(rec->change.isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(c.message().contains(f.person.name));
    QVERIFY(c.label("formStatus")->text().contains(QStringLiteral("李经办")));
    QVERIFY(!c.button("aliveButton")->isEnabled()); // no double certification by a second F5
    c.press(Qt::Key_F5);
    QCOMPARE(c.current(f)->uuid, rec->uuid);
}

void TestUiCounter::certifyWithChangeOfAddress()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f);
    c.press(Qt::Key_F6);
    QVERIFY(c.ui->find<QWidget>("infoChangePanel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), c.edit("newAddress"));
    const QString address = QStringLiteral("广州市天河区体育西路103号");
    UiHarness::typeChinese(c.edit("newAddress"), address);
    QCOMPARE(c.edit("newAddress")->text(), address);

    c.edit("newPostcode")->setFocus();
    c.ui->typeSlowly(QStringLiteral("5106"));
    QVERIFY(!c.label("newPostcodeProblem")->property("problem").toBool()); // still typing: a hint, no error
    c.ui->typeSlowly(QStringLiteral("2x"));
    QVERIFY(c.label("newPostcodeProblem")->property("problem").toBool());
    QVERIFY(!c.label("newPostcodeProblem")->text().isEmpty());
    c.press(Qt::Key_F5); // refused in the page: nothing recorded with a bad postcode
    QVERIFY(!c.current(f));
    QVERIFY(!c.message().isEmpty());
    QCOMPARE(QApplication::focusWidget(), c.edit("newPostcode"));

    c.edit("newPostcode")->clear();
    c.ui->typeSlowly(QStringLiteral("510620"));
    QVERIFY(!c.label("newPostcodeProblem")->property("problem").toBool());
    c.edit("newPhone")->setFocus();
    c.ui->typeSlowly(QStringLiteral("020-3888"));
    c.ui->typeSlowly(QStringLiteral("9999"));
    QVERIFY(!c.label("newPhoneProblem")->property("problem").toBool());
    c.press(Qt::Key_F5);
    const auto rec = c.current(f);
    QVERIFY(rec);
    QCOMPARE(rec->change.address, address);
    QCOMPARE(rec->change.postcode, QStringLiteral("510620"));
    QCOMPARE(rec->change.phone, QStringLiteral("020-38889999"));
    QVERIFY(!c.ui->find<QWidget>("infoChangePanel")->isVisible());
    QVERIFY(c.edit("newAddress")->text().isEmpty());
}

void TestUiCounter::wrongCheckCodeIsRefused()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.typeInto("formInput", f.formNo);
    c.typeInto("checkCodeInput", QStringLiteral("000000"));
    QVERIFY(c.message().contains(QStringLiteral("check code")));
    QVERIFY(!c.message().contains(QStringLiteral("no_such_form")));
    QVERIFY(c.label("formName")->text().isEmpty());
    QVERIFY(!c.button("aliveButton")->isEnabled());
    QCOMPARE(QApplication::focusWidget(), c.edit("checkCodeInput"));
    QVERIFY(!c.current(f));
}

void TestUiCounter::idMismatchIsRefused()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f, c.forms[1].person.idNo);
    c.press(Qt::Key_F5);
    QVERIFY(c.message().contains(QStringLiteral("does not belong")));
    QVERIFY(!c.message().contains(QStringLiteral("id_mismatch")));
    QCOMPARE(QApplication::focusWidget(), c.edit("idInput"));
    QVERIFY(!c.current(f));
    QVERIFY(c.button("aliveButton")->isEnabled()); // the right card may still be presented
}

void TestUiCounter::alreadyCertifiedIsRefused()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f);
    c.press(Qt::Key_F5);
    const auto first = c.current(f);
    QVERIFY(first);
    c.press(Qt::Key_F12);
    c.load(f);
    QVERIFY(c.label("formStatus")->text().contains(QStringLiteral("李经办")));
    c.press(Qt::Key_F8);
    c.press(Qt::Key_F5);
    QVERIFY(c.message().contains(QStringLiteral("already certified")));
    QCOMPARE(c.current(f)->uuid, first->uuid);
    QVERIFY(c.current(f)->alive);
}

void TestUiCounter::outsideTheWindowIsRefused()
{
    Counter c;
    c.center.clock.set(QDateTime(QDate(2026, 7, 15), QTime(9, 30)));
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f);
    QVERIFY(c.label("formWindow")->property("mismatch").toBool());
    QVERIFY(c.message().contains(QStringLiteral("2026-06-30")));
    c.press(Qt::Key_F5);
    QVERIFY(c.message().contains(QStringLiteral("2026-04-01")));
    QVERIFY(c.message().contains(QStringLiteral("2026-07-15")));
    QVERIFY(!c.current(f));
}

void TestUiCounter::deathNoticeNeedsASupervisorOverride()
{
    Counter c(true);
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[1];
    c.load(f);
    QLabel *banner = c.label("deathWarning");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(f.dueDate.addMonths(-8).toString(Qt::ISODate)));
    QVERIFY(banner->text().contains(QStringLiteral("演示市民政局")));

    c.press(Qt::Key_F5);
    QVERIFY(c.message().contains(QStringLiteral("death notice")));
    QVERIFY(!c.current(f));
    QPushButton *override = c.button("overrideButton");
    QVERIFY(override->isVisible());

    override->click();
    QWidget *dialog = c.ui->find<QWidget>("overrideDialog");
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), c.edit("overrideUser"));
    QVERIFY(!c.button("aliveButton")->isEnabled());

    // A wrong password: the service's words, nothing recorded, the password asked again.
    c.edit("overrideUser")->setText(kSuper);
    c.edit("overridePassword")->setText(QStringLiteral("not-the-password"));
    c.edit("overrideReason")->setText(QStringLiteral("本人到场，经主管核实"));
    c.button("overrideConfirm")->click();
    // The password is checked off the GUI thread; the panel waits meanwhile.
    QVERIFY(!dialog->isEnabled());
    QTRY_VERIFY(dialog->isEnabled());
    QVERIFY(!c.current(f));
    QVERIFY(!c.label("overrideError")->text().isEmpty());
    QCOMPARE(c.message(), c.label("overrideError")->text());
    QVERIFY(c.edit("overridePassword")->text().isEmpty());
    QVERIFY(dialog->isVisible());

    // Not a supervisor.
    c.edit("overrideUser")->setText(QStringLiteral("clerk2"));
    c.edit("overridePassword")->setText(TestCenter::passwordOf(QStringLiteral("clerk2")));
    c.button("overrideConfirm")->click();
    QTRY_VERIFY(dialog->isEnabled());
    QVERIFY(c.message().contains(QStringLiteral("clerk2")));
    QVERIFY(!c.current(f));

    // The supervisor, with a reason: recorded alive with the override.
    c.edit("overrideUser")->setText(kSuper);
    c.edit("overridePassword")->setText(TestCenter::passwordOf(kSuper));
    c.edit("overridePassword")->setFocus();
    c.press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), c.edit("overrideReason"));
    c.press(Qt::Key_Return);
    QTRY_VERIFY(c.current(f));
    const auto rec = c.current(f);
    QVERIFY(rec);
    QVERIFY(rec->alive);
    QCOMPARE(rec->overrideBy, kSuper);
    QCOMPARE(rec->overrideReason, QStringLiteral("本人到场，经主管核实"));
    QVERIFY(!dialog->isVisible());
    QVERIFY(c.edit("overridePassword")->text().isEmpty());
    QVERIFY(c.message().contains(kSuper));
}

void TestUiCounter::deceasedAsksForConfirmation()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f);
    c.ui->prompter.confirmAnswers = {false};
    c.press(Qt::Key_F8);
    QCOMPARE(c.ui->prompter.shown.size(), 1);
    QVERIFY(!c.current(f));
    QVERIFY(!c.message().isEmpty());
    c.ui->prompter.confirmAnswers = {true};
    c.press(Qt::Key_F8);
    QCOMPARE(c.ui->prompter.shown.size(), 2);
    const auto rec = c.current(f);
    QVERIFY(rec);
    QVERIFY(!rec->alive);
    QVERIFY(c.label("formStatus")->text().contains(QStringLiteral("DECEASED")));
}

void TestUiCounter::nextLeavesNoPersonalData()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    // Everything that can hold a person: the list by ID, the panel, the change fields, a message.
    c.typeInto("idInput", f.person.idNo);
    QVERIFY(!leak(c.page(), f).isEmpty());
    c.typeInto("checkCodeInput", f.checkCode);
    c.press(Qt::Key_F6);
    UiHarness::typeChinese(c.edit("newAddress"), f.person.address);
    c.edit("newPhone")->setText(f.person.phone);
    c.press(Qt::Key_F5);
    QVERIFY(c.current(f));
    QVERIFY(!leak(c.page(), f).isEmpty());
    c.press(Qt::Key_F12);
    QCOMPARE(leak(c.page(), f), QString());
    QCOMPARE(QApplication::focusWidget(), c.edit("formInput"));
    QVERIFY(!c.button("aliveButton")->isEnabled());
}

void TestUiCounter::nextAfterARefusedOverrideLeavesNothing()
{
    Counter d(true);
    QVERIFY(d.ui->signIn(kClerk));
    d.load(d.forms[1]);
    d.press(Qt::Key_F5);
    d.button("overrideButton")->click();
    d.edit("overrideUser")->setText(kSuper);
    d.edit("overridePassword")->setText(QStringLiteral("secret"));
    d.button("nextButton")->click();
    QCOMPARE(leak(d.page(), d.forms[1]), QString());
    QVERIFY(d.edit("overridePassword")->text().isEmpty());
    QVERIFY(!d.ui->find<QWidget>("overrideDialog")->isVisible());
    QVERIFY(!d.button("overrideButton")->isVisible());
    QVERIFY(!d.label("deathWarning")->isVisible());
}

void TestUiCounter::overrideKeepsTheEventLoopTurning()
{
    Counter c(true);
    // The supervisor's slot at the real cost: a million PBKDF2 iterations, about a second of one core.
    {
        auto admin = c.center.open(QStringLiteral("admin"));
        QVERIFY(admin);
        admin->setKdfIterations(KeySlotFile::kDefaultIterations);
        QVERIFY(AccountService(*admin).changePassword(kSuper, TestCenter::passwordOf(kSuper)).ok());
    }
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[1];
    c.load(f);
    c.press(Qt::Key_F5);
    c.button("overrideButton")->click();
    c.edit("overrideUser")->setText(kSuper);
    c.edit("overridePassword")->setText(TestCenter::passwordOf(kSuper));
    c.edit("overrideReason")->setText(QStringLiteral("本人到场，经主管核实"));

    // A timer on the GUI thread counts how often the event loop turned while the password was checked. With the
    // KDF on the GUI thread the click returns with the record already stored and the timer never fired.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    c.button("overrideConfirm")->click();
    QVERIFY(!c.current(f));
    QTRY_VERIFY_WITH_TIMEOUT(c.current(f), 60000);
    timer.stop();
    QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("the event loop turned %1 time(s)").arg(ticks)));
    QCOMPARE(c.current(f)->overrideBy, kSuper);
}

void TestUiCounter::lockHidesEverythingAndResumesEmpty()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    const Form &f = c.forms[0];
    c.load(f);
    c.press(Qt::Key_F6);
    c.edit("newPostcode")->setText(QStringLiteral("510620"));
    QVERIFY(!leak(c.page(), f).isEmpty());
    c.ui->window->lock();
    QCOMPARE(leak(c.page(), f), QString()); // at once, before any event is processed
    QVERIFY(!c.page()->isEnabled());
    QVERIFY(c.edit("newPostcode")->text().isEmpty());
    // A scan while locked is plain typing on the sign-in card (here: a wrong password); the counter gets nothing.
    c.ui->scanBurst(f.formNo);
    QVERIFY(c.edit("formInput")->text().isEmpty());
    QTRY_VERIFY(!c.ui->find<QWidget>("unlockBusy")->isVisible());

    QVERIFY(c.ui->signIn(kClerk));
    QVERIFY(c.page()->isEnabled());
    QCOMPARE(leak(c.page(), f), QString());
    QCOMPARE(QApplication::focusWidget(), c.edit("formInput"));
    QVERIFY(!c.button("aliveButton")->isEnabled());
    QVERIFY(c.button("nextButton")->isEnabled());
    c.load(f);
    c.press(Qt::Key_F5);
    QVERIFY(c.current(f));
}

void TestUiCounter::roleWithoutCertifyCanOnlyLookUp()
{
    Counter c;
    QVERIFY(c.ui->signIn(QStringLiteral("admin")));
    QVERIFY(!c.message().isEmpty());
    const Form &f = c.forms[0];
    c.load(f);
    QCOMPARE(c.label("formName")->text(), f.person.name);
    QVERIFY(!c.button("aliveButton")->isEnabled());
    QVERIFY(!c.button("deceasedButton")->isEnabled());
    c.press(Qt::Key_F5);
    QVERIFY(!c.current(f));
}

// Issue 10 §4: on a 1366×768 counter screen the status bar shows the clerk, the whole center name and the window;
// a long sync line gives way (clipped, whole in its tooltip).
void TestUiCounter::statusBarFitsA1366Screen()
{
    Counter c;
    QVERIFY(c.ui->signIn(kClerk));
    c.ui->window->resize(1366, 768);
    c.ui->window->show();
    auto *center = c.ui->find<QLabel>("statusCenter");
    auto *sync = c.ui->find<QLabel>("statusSync");
    auto *panel = qobject_cast<StatusPanel *>(center->parentWidget());
    QVERIFY(panel);
    const QString longLine =
        QStringLiteral("县社保局：已连接 · 待上传 1234 条（其中 12 条暂缓）· 上次同步 2026-05-10 09:58:12 · "
                       "下次同步 10:03 · 死亡人员名单已更新 · 撤回 3 张");
    panel->showSync(longLine);
    QApplication::processEvents();
    QTRY_VERIFY(center->width() > 0);
    for (const char *name : {"statusClerk", "statusCenter", "statusWindow"}) {
        auto *l = c.ui->find<QLabel>(name);
        QVERIFY2(l->fontMetrics().horizontalAdvance(l->text()) <= l->contentsRect().width(), name);
        const QRect inWindow(l->mapTo(c.ui->window.get(), QPoint(0, 0)), l->size());
        QVERIFY2(c.ui->window->rect().contains(inWindow), name);
    }
    QVERIFY(center->text().contains(QStringLiteral("测试街道劳动就业社会保障服务中心")));
    QCOMPARE(sync->toolTip(), longLine);
}

QTEST_MAIN(TestUiCounter)
#include "tst_ui_counter.moc"
