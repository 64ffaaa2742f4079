// The unlock page inside the real main window: signing in, refusals (wrong password, lockout, disabled
// account), the busy indicator while the KDF runs off the GUI thread, locking by hand and by idleness.

#include "fixture.h"
#include "services/accounts.h"
#include "shell/idlelock.h"
#include "uiharness.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// Types into the unlock page, presses Enter in the password field and waits until the attempt is over.
void attempt(UiHarness &h, const QString &user, const QString &password)
{
    auto *account = h.find<QLineEdit>("unlockAccount");
    auto *pass = h.find<QLineEdit>("unlockPassword");
    QVERIFY(account && pass);
    account->setText(user);
    pass->setText(password);
    pass->setFocus();
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(!h.find<QProgressBar>("unlockBusy")->isVisible());
}

QString message(UiHarness &h)
{
    return h.find<QLabel>("unlockMessage")->text();
}

} // namespace

class TestUiUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsLockedWithTheSignInCard();
    void clerkSignsIn();
    void wrongPasswordKeepsItLocked();
    void emptyFieldsAreRefusedWithoutTrying();
    void enterInAccountFieldMovesToPassword();
    void fiveFailuresLockTheAccountForAWhile();
    void disabledAccountIsRefused();
    void busyIndicatorShowsWhileUnlocking();
    void lockReturnsToTheUnlockPage();
    void idleLockReturnsToTheUnlockPage();
    void recoveryCodeOpensTheAdminAccount();
};

void TestUiUnlock::startsLockedWithTheSignInCard()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.window->session() == nullptr);
    QVERIFY(h.find<QWidget>("unlockPage")->isVisible());
    QVERIFY(!h.find<QTabWidget>("workspaceTabs")->isVisible());
    QVERIFY(!h.find<QProgressBar>("unlockBusy")->isVisible());
    QCOMPARE(h.find<QLineEdit>("unlockPassword")->echoMode(), QLineEdit::Password);
    QVERIFY(message(h).isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), h.find<QLineEdit>("unlockAccount"));
}

void TestUiUnlock::clerkSignsIn()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    QVERIFY(h.window->session() != nullptr);
    QCOMPARE(h.window->session()->account().username, QStringLiteral("clerk1"));
    QTRY_VERIFY(h.find<QTabWidget>("workspaceTabs")->isVisible());
    QVERIFY(!h.find<QWidget>("unlockPage")->isVisible());
    // The password does not linger in the hidden page.
    QVERIFY(h.find<QLineEdit>("unlockPassword")->text().isEmpty());
}

void TestUiUnlock::wrongPasswordKeepsItLocked()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    attempt(h, QStringLiteral("clerk1"), QStringLiteral("not-the-password"));
    QVERIFY(h.window->session() == nullptr);
    QVERIFY(h.find<QWidget>("unlockPage")->isVisible());
    QVERIFY2(message(h).contains(QStringLiteral("Wrong")), qPrintable(message(h)));
    QVERIFY(h.find<QLineEdit>("unlockPassword")->text().isEmpty());
    QCOMPARE(h.find<QLineEdit>("unlockAccount")->text(), QStringLiteral("clerk1"));
    QVERIFY(h.find<QLineEdit>("unlockPassword")->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), h.find<QLineEdit>("unlockPassword"));

    // The next try with the right password works.
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
}

void TestUiUnlock::emptyFieldsAreRefusedWithoutTrying()
{
    TestCenter center;
    UiHarness h(center);
    auto *account = h.find<QLineEdit>("unlockAccount");
    auto *pass = h.find<QLineEdit>("unlockPassword");
    pass->setText(QStringLiteral("whatever1"));
    QTest::mouseClick(h.find<QPushButton>("unlockButton"), Qt::LeftButton);
    QVERIFY(!h.find<QProgressBar>("unlockBusy")->isVisible());
    QVERIFY(!message(h).isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), account);

    account->setText(QStringLiteral("admin"));
    pass->clear();
    QTest::mouseClick(h.find<QPushButton>("unlockButton"), Qt::LeftButton);
    QVERIFY(!h.find<QProgressBar>("unlockBusy")->isVisible());
    QVERIFY(!message(h).isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), pass);
    QVERIFY(h.window->session() == nullptr);
}

void TestUiUnlock::enterInAccountFieldMovesToPassword()
{
    TestCenter center;
    UiHarness h(center);
    auto *account = h.find<QLineEdit>("unlockAccount");
    auto *pass = h.find<QLineEdit>("unlockPassword");
    account->setFocus();
    QTest::keyClicks(account, QStringLiteral("admin"));
    QTest::keyClick(account, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), pass);
    QVERIFY(h.window->session() == nullptr);
    QTest::keyClicks(pass, TestCenter::passwordOf(QStringLiteral("admin")));
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(h.window->session() != nullptr);
}

void TestUiUnlock::fiveFailuresLockTheAccountForAWhile()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    for (int i = 0; i < 5; ++i)
        attempt(h, QStringLiteral("clerk1"), QStringLiteral("wrong-%1").arg(i));
    QVERIFY(h.window->session() == nullptr);

    // Even the right password is not tried now; the message says how long to wait.
    attempt(h, QStringLiteral("clerk1"), TestCenter::passwordOf(QStringLiteral("clerk1")));
    QVERIFY(h.window->session() == nullptr);
    QVERIFY2(message(h).contains(QStringLiteral("30")), qPrintable(message(h)));
    QVERIFY2(message(h).contains(QStringLiteral("Try again")), qPrintable(message(h)));
    QVERIFY(h.find<QLineEdit>("unlockPassword")->text().isEmpty());

    center.clock.advanceSecs(31);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
}

void TestUiUnlock::disabledAccountIsRefused()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk2"), Role::Clerk);
    {
        auto admin = center.open(QStringLiteral("admin"));
        QVERIFY(admin);
        const Status disabled = AccountService(*admin).disable(QStringLiteral("clerk2"));
        QVERIFY2(disabled.ok(), disabled.ok() ? "" : qPrintable(disabled.error().message));
    }
    UiHarness h(center);
    attempt(h, QStringLiteral("clerk2"), TestCenter::passwordOf(QStringLiteral("clerk2")));
    QVERIFY(h.window->session() == nullptr);
    QVERIFY2(message(h).contains(QStringLiteral("disabled")), qPrintable(message(h)));
    QVERIFY(h.find<QLineEdit>("unlockPassword")->text().isEmpty());
}

void TestUiUnlock::busyIndicatorShowsWhileUnlocking()
{
    TestCenter center;
    UiHarness h(center);
    auto *busy = h.find<QProgressBar>("unlockBusy");
    auto *account = h.find<QLineEdit>("unlockAccount");
    auto *pass = h.find<QLineEdit>("unlockPassword");
    QVERIFY(!busy->isVisible());
    account->setText(QStringLiteral("admin"));
    pass->setText(TestCenter::passwordOf(QStringLiteral("admin")));
    pass->setFocus();
    QTest::keyClick(pass, Qt::Key_Return);
    // The key derivation runs on a worker thread: the result only arrives through the event loop,
    // so right after Enter the page is visibly busy and the fields are frozen.
    QVERIFY(busy->isVisible());
    QVERIFY(!account->isEnabled());
    QVERIFY(!pass->isEnabled());
    QVERIFY(!h.find<QPushButton>("unlockButton")->isEnabled());
    QVERIFY(h.window->session() == nullptr);
    QTRY_VERIFY(h.window->session() != nullptr);
    QVERIFY(!busy->isVisible());
    QVERIFY(account->isEnabled());
}

void TestUiUnlock::lockReturnsToTheUnlockPage()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));

    h.window->lock();
    QVERIFY(h.window->session() == nullptr);
    QTRY_VERIFY(h.find<QWidget>("unlockPage")->isVisible());
    QVERIFY(!h.find<QTabWidget>("workspaceTabs")->isVisible());
    QVERIFY2(message(h).contains(QStringLiteral("Locked")), qPrintable(message(h)));
    QVERIFY(h.find<QLineEdit>("unlockPassword")->text().isEmpty());
    // The account stays, so the same clerk only types the password.
    QCOMPARE(h.find<QLineEdit>("unlockAccount")->text(), QStringLiteral("clerk1"));
    QTRY_COMPARE(QApplication::focusWidget(), h.find<QLineEdit>("unlockPassword"));

    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    QCOMPARE(h.window->session()->account().username, QStringLiteral("clerk1"));

    // Another account at the same desk.
    h.window->lock();
    QVERIFY(h.window->session() == nullptr);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    QCOMPARE(h.window->session()->account().username, QStringLiteral("admin"));
    QTRY_VERIFY(h.find<QTabWidget>("workspaceTabs")->isVisible());
}

void TestUiUnlock::idleLockReturnsToTheUnlockPage()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    h.window->idleLock()->setIntervalMs(50);
    QTRY_VERIFY(h.find<QWidget>("unlockPage")->isVisible());
    QVERIFY(h.window->session() == nullptr);
    QVERIFY2(message(h).contains(QStringLiteral("Locked")), qPrintable(message(h)));
    QVERIFY(h.signIn(QStringLiteral("admin")));
}

void TestUiUnlock::recoveryCodeOpensTheAdminAccount()
{
    TestCenter center;
    UiHarness h(center);
    // Typed loosely (lower case, no hyphens): the key slots normalise recovery codes.
    QString code = center.recoveryCode.toLower();
    code.remove(QLatin1Char('-'));
    QVERIFY(h.signIn(QStringLiteral("admin"), code));
    QCOMPARE(h.window->session()->account().username, QStringLiteral("admin"));
}

QTEST_MAIN(TestUiUnlock)
#include "tst_ui_unlock.moc"
