// Passwords in the program (issue 17 §2): a clerk changes their own password from the counter (Ctrl+Shift+K) with
// every refusal (empty, wrong current, weak, mismatch); a password the admin set must be changed at the next sign-in
// (Cancel signs out); the unlock page says what to do about a forgotten password; the admin replaces the recovery
// code (Settings → Accounts and `certdesk-admin user recovery-code`): the old code stops working.

#include "account/passworddialog.h"
#include "clirunner.h"
#include "fixture.h"
#include "services/accounts.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "settings/settingsdialog.h"
#include "store/accountstore.h"
#include "uiharness.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kNew = QStringLiteral("Brand-new-pass-1");

bool canSignIn(const TestCenter &center, const QString &user, const QString &password)
{
    return Session::open(center.dbPath, user, password, center.clock).ok();
}

// Fills the dialog's three fields and presses OK.
void submit(ChangePasswordDialog &d, const QString &current, const QString &next, const QString &repeat)
{
    d.findChild<QLineEdit *>(QStringLiteral("pwCurrent"))->setText(current);
    d.findChild<QLineEdit *>(QStringLiteral("pwNew"))->setText(next);
    d.findChild<QLineEdit *>(QStringLiteral("pwRepeat"))->setText(repeat);
    d.accept();
}

// Screenshots for the guides and for review, only when CERTDESK_SHOTS_DIR is set.
void saveShot(QWidget *w, const char *name)
{
    const QByteArray dir = qgetenv("CERTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests
    w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

QString messageOf(ChangePasswordDialog &d)
{
    return d.findChild<QLabel *>(QStringLiteral("pwMessage"))->text();
}

// Answers the next modal ChangePasswordDialog (which blocks the test inside exec()) with `answer`.
class ModalAnswer : public QObject
{
public:
    explicit ModalAnswer(std::function<void(ChangePasswordDialog &)> answer) : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *d = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
            if (!d || m_done)
                return;
            m_done = true;
            m_answer(*d);
        });
        m_timer.start();
    }
    bool done() const { return m_done; }

private:
    std::function<void(ChangePasswordDialog &)> m_answer;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace

class TestUiPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clerkChangesOwnPasswordWithRefusals();
    void counterShortcutOpensTheDialog();
    void adminResetMustBeChangedAtNextSignIn();
    void forcedChangeCancelledSignsOut();
    void unlockPageExplainsAForgottenPassword();
    void recoveryCodeReplacedInSettings();
    void recoveryCodeReplacedInTheCli();
};

void TestUiPassword::clerkChangesOwnPasswordWithRefusals()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    ChangePasswordDialog d(h.context, *h.window->session(), false, h.window.get());
    d.show();
    const QString old = TestCenter::passwordOf(QStringLiteral("clerk1"));

    submit(d, QString(), kNew, kNew);
    QVERIFY2(messageOf(d).contains(QStringLiteral("current password")), qPrintable(messageOf(d)));
    submit(d, old, QString(), QString());
    QVERIFY2(messageOf(d).contains(QStringLiteral("new password")), qPrintable(messageOf(d)));
    submit(d, old, QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY2(messageOf(d).contains(QStringLiteral("8 characters")), qPrintable(messageOf(d)));
    submit(d, old, kNew, kNew + QStringLiteral("x"));
    QVERIFY2(messageOf(d).contains(QStringLiteral("differ")), qPrintable(messageOf(d)));
    saveShot(&d, "password-change-mismatch.png");
    QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("pwRepeat"))->text().isEmpty());
    QVERIFY(d.isVisible());

    // A wrong current password is refused by the key slot (off the GUI thread); nothing changes.
    submit(d, QStringLiteral("not-my-password"), kNew, kNew);
    QTRY_VERIFY(!d.isBusy());
    QVERIFY2(messageOf(d).contains(QStringLiteral("current password is wrong")), qPrintable(messageOf(d)));
    QVERIFY(canSignIn(center, QStringLiteral("clerk1"), old));
    // The new password equal to the current one is refused too.
    submit(d, old, old, old);
    QTRY_VERIFY(!d.isBusy());
    QVERIFY2(messageOf(d).contains(QStringLiteral("differ from the current")), qPrintable(messageOf(d)));

    submit(d, old, kNew, kNew);
    QTRY_VERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(h.prompter.shown.join(QLatin1Char('\n')).contains(QStringLiteral("Password changed")));
    QVERIFY(canSignIn(center, QStringLiteral("clerk1"), kNew));
    QVERIFY(!canSignIn(center, QStringLiteral("clerk1"), old));
}

void TestUiPassword::counterShortcutOpensTheDialog()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    auto *action = h.find<QAction>("actionChangePassword");
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QString title;
    ModalAnswer answer([&](ChangePasswordDialog &d) {
        title = d.windowTitle();
        d.reject();
    });
    h.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : h.window.get(), Qt::Key_K,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(answer.done());
    QCOMPARE(title, QStringLiteral("Change my password"));
    // Not forced: Cancel leaves the clerk signed in.
    QVERIFY(h.window->session() != nullptr);
}

void TestUiPassword::adminResetMustBeChangedAtNextSignIn()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    const QString given = QStringLiteral("Given-by-admin-1");
    {
        auto admin = center.open(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(AccountService(*admin).changePassword(QStringLiteral("clerk1"), given).ok());
        QCOMPARE(mustChangePassword(SessionAccess::db(*admin), QStringLiteral("clerk1")).value(), true);
        QCOMPARE(mustChangePassword(SessionAccess::db(*admin), QStringLiteral("admin")).value(), false);
    }
    UiHarness h(center);
    bool forced = false;
    ModalAnswer answer([&](ChangePasswordDialog &d) {
        forced = d.findChild<QLabel *>(QStringLiteral("pwIntro"))->text().contains(QStringLiteral("administrator set"));
        // A mismatch first: the forced dialog stays.
        submit(d, given, kNew, QStringLiteral("other-pass-22"));
        submit(d, given, kNew, kNew);
    });
    QVERIFY(h.signIn(QStringLiteral("clerk1"), given));
    QTRY_VERIFY(answer.done());
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(forced);
    QVERIFY(h.window->session() != nullptr);
    QCOMPARE(mustChangePassword(SessionAccess::db(*h.window->session()), QStringLiteral("clerk1")).value(), false);
    QVERIFY(canSignIn(center, QStringLiteral("clerk1"), kNew));
    QVERIFY(!canSignIn(center, QStringLiteral("clerk1"), given));
}

void TestUiPassword::forcedChangeCancelledSignsOut()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    const QString given = QStringLiteral("Given-by-admin-1");
    {
        auto admin = center.open(QStringLiteral("admin"));
        QVERIFY(admin && AccountService(*admin).changePassword(QStringLiteral("clerk1"), given).ok());
    }
    UiHarness h(center);
    ModalAnswer answer([](ChangePasswordDialog &d) { d.reject(); });
    QVERIFY(h.signIn(QStringLiteral("clerk1"), given));
    QTRY_VERIFY(answer.done());
    QTRY_VERIFY(h.window->session() == nullptr);
    QVERIFY(h.find<QWidget>("unlockPage")->isVisible());
    // Still to be changed next time.
    auto admin = center.open(QStringLiteral("admin"));
    QCOMPARE(mustChangePassword(SessionAccess::db(*admin), QStringLiteral("clerk1")).value(), true);
}

void TestUiPassword::unlockPageExplainsAForgottenPassword()
{
    TestCenter center;
    UiHarness h(center);
    auto *forgot = h.find<QPushButton>("unlockForgotButton");
    auto *help = h.find<QLabel>("unlockForgotHelp");
    QVERIFY(forgot && help);
    QVERIFY(forgot->isVisible());
    QVERIFY(!help->isVisible());
    forgot->click();
    QVERIFY(help->isVisible());
    QVERIFY(help->text().contains(QStringLiteral("recovery code")));
    QVERIFY(help->text().contains(QStringLiteral("password field")));
    QVERIFY(help->text().contains(QStringLiteral("Settings")));
    saveShot(h.window.get(), "unlock-forgot-password.png");
    // The password field itself says it takes the recovery code.
    QVERIFY(h.find<QLineEdit>("unlockPassword")->placeholderText().contains(QStringLiteral("recovery code")));
}

void TestUiPassword::recoveryCodeReplacedInSettings()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("newRecoveryCodeButton"));
    QVERIFY(button);
    // "No" changes nothing.
    h.prompter.confirmAnswers << false;
    button->click();
    QVERIFY(canSignIn(center, QStringLiteral("admin"), center.recoveryCode));
    h.prompter.confirmAnswers << true;
    button->click();
    const QString shown = h.prompter.shown.last();
    const QRegularExpression codeShape(QStringLiteral("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}"));
    const QString code = codeShape.match(shown).captured(0);
    QVERIFY2(!code.isEmpty(), qPrintable(shown));
    QVERIFY(code != center.recoveryCode);
    QVERIFY(!canSignIn(center, QStringLiteral("admin"), center.recoveryCode));
    QVERIFY(canSignIn(center, QStringLiteral("admin"), code));
    // The admin's password still works.
    QVERIFY(canSignIn(center, QStringLiteral("admin"), TestCenter::passwordOf(QStringLiteral("admin"))));
}

void TestUiPassword::recoveryCodeReplacedInTheCli()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    const QStringList base{QStringLiteral("--db"), center.dbPath, QStringLiteral("--user")};
    // Not for a clerk.
    const CliResult refused =
        runCli(base + QStringList{QStringLiteral("clerk1"), QStringLiteral("user"), QStringLiteral("recovery-code")},
               stdinLines({TestCenter::passwordOf(QStringLiteral("clerk1"))}));
    CLI_EXPECT_EXIT(refused, 1);
    QVERIFY(canSignIn(center, QStringLiteral("admin"), center.recoveryCode));
    const CliResult made =
        runCli(base + QStringList{QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("recovery-code")},
               stdinLines({TestCenter::passwordOf(QStringLiteral("admin"))}));
    CLI_EXPECT_EXIT(made, 0);
    const QString code =
        QRegularExpression(QStringLiteral("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}")).match(made.outText()).captured(0);
    QVERIFY2(!code.isEmpty(), qPrintable(made.describe()));
    QVERIFY(!canSignIn(center, QStringLiteral("admin"), center.recoveryCode));
    QVERIFY(canSignIn(center, QStringLiteral("admin"), code));
    // Extra argument: usage.
    CLI_EXPECT_EXIT(runCli(base + QStringList{QStringLiteral("admin"), QStringLiteral("user"),
                                              QStringLiteral("recovery-code"), QStringLiteral("x")},
                           stdinLines({TestCenter::passwordOf(QStringLiteral("admin"))})),
                    2);
}

QTEST_MAIN(TestUiPassword)
#include "tst_ui_password.moc"
