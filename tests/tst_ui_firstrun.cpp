// The first-run wizard driven through its widgets: refusals keep you on the page, finishing creates the
// database and key slots, the recovery code is shown once, can be saved, and opens the admin account.

#include "clirunner.h"
#include "core/workstationsettings.h"
#include "firstrun/firstrunwizard.h"
#include "services/backup.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kCenterName = QStringLiteral("广州市越秀区北京街道劳动就业社会保障服务中心");

// Everything a wizard needs: a folder without a database, a fixed clock and a scripted prompter.
struct Rig
{
    Rig()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30))),
          settings(dir.filePath(QStringLiteral("workstation.ini"))), context{dir.filePath(QStringLiteral("center.db")),
                                                                             clock,
                                                                             prompter,
                                                                             settings,
                                                                             [] { return qint64(0); },
                                                                             TestCenter::kIterations},
          wizard(context)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            qWarning("wizard not exposed");
    }

    template<class T> T *find(const char *name) const { return wizard.findChild<T *>(QString::fromLatin1(name)); }
    QLineEdit *edit(const char *name) const { return find<QLineEdit>(name); }

    // Next, or Create database on the commit page, or Finish: whichever the wizard shows.
    void forward()
    {
        for (auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
            QAbstractButton *b = wizard.button(which);
            if (b->isVisible()) {
                b->click();
                return;
            }
        }
        QFAIL("no forward button visible");
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    bool fillCenter()
    {
        retype(edit("wizCenterCode"), QStringLiteral("440104001"));
        edit("wizCenterName")->clear();
        UiHarness::typeChinese(edit("wizCenterName"), kCenterName);
        forward();
        return wizard.currentId() == FirstRunWizard::PolicyPageId;
    }

    bool fillPolicy()
    {
        UiHarness::typeChinese(edit("wizAddress"), QStringLiteral("北京街道文明路1号"));
        UiHarness::typeChinese(edit("wizContact"), QStringLiteral("李红"));
        retype(edit("wizPhone"), QStringLiteral("020-83001234"));
        forward();
        return wizard.currentId() == FirstRunWizard::AdminPageId;
    }

    void fillAdmin(const QString &password, const QString &repeat)
    {
        retype(edit("wizAdminUser"), QStringLiteral("zhang"));
        edit("wizAdminFullName")->clear();
        UiHarness::typeChinese(edit("wizAdminFullName"), QStringLiteral("张伟"));
        retype(edit("wizAdminPassword"), password);
        retype(edit("wizAdminPassword2"), repeat);
    }

    QTemporaryDir dir;
    FixedClock clock;
    ScriptedPrompter prompter;
    WorkstationSettings settings;
    UiContext context;
    FirstRunWizard wizard;
};

const QString kPassword = QStringLiteral("counter-2026");

} // namespace

class TestUiFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void centerPageRefusesMissingCodeOrName();
    void policyPageRefusesBadWindowAndPhone();
    void adminPageRefusesShortOrMismatchedPasswords();
    void completeRunCreatesTheDatabase();
    void serviceRefusalIsShownOnThePage();
    void closingBeforeStoringTheCodeAsksFirst();
    void restoreFromBackupRecreatesTheDatabase();
};

void TestUiFirstRun::centerPageRefusesMissingCodeOrName()
{
    Rig r;
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::CenterPageId));
    auto *message = r.find<QLabel>("wizCenterMessage");
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::CenterPageId));
    QVERIFY(!message->text().isEmpty());

    // A code alone is not enough: the name (机构名称) is printed on every list.
    Rig::retype(r.edit("wizCenterCode"), QStringLiteral("440104001"));
    QVERIFY(message->text().isEmpty()); // editing clears the stale refusal
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::CenterPageId));
    QVERIFY(!message->text().isEmpty());

    UiHarness::typeChinese(r.edit("wizCenterName"), kCenterName);
    QCOMPARE(r.edit("wizCenterName")->text(), kCenterName);
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::PolicyPageId));
    QVERIFY(!QFile::exists(r.context.dbPath));
}

void TestUiFirstRun::policyPageRefusesBadWindowAndPhone()
{
    Rig r;
    QVERIFY(r.fillCenter());
    auto *message = r.find<QLabel>("wizPolicyMessage");
    // The defaults are the 2012 notice's window.
    QCOMPARE(r.edit("wizWindowStart")->text(), QStringLiteral("04-01"));
    QCOMPARE(r.edit("wizWindowEnd")->text(), QStringLiteral("06-30"));

    Rig::retype(r.edit("wizWindowStart"), QStringLiteral("06-30"));
    Rig::retype(r.edit("wizWindowEnd"), QStringLiteral("04-01"));
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::PolicyPageId));
    QVERIFY(!message->text().isEmpty());

    Rig::retype(r.edit("wizWindowStart"), QStringLiteral("13-01"));
    Rig::retype(r.edit("wizWindowEnd"), QStringLiteral("06-30"));
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::PolicyPageId));
    QVERIFY(!message->text().isEmpty());

    Rig::retype(r.edit("wizWindowStart"), QStringLiteral("03-01"));
    Rig::retype(r.edit("wizPhone"), QStringLiteral("call me"));
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::PolicyPageId));
    QVERIFY(!message->text().isEmpty());

    Rig::retype(r.edit("wizPhone"), QString());
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::AdminPageId));
}

void TestUiFirstRun::adminPageRefusesShortOrMismatchedPasswords()
{
    Rig r;
    QVERIFY(r.fillCenter());
    QVERIFY(r.fillPolicy());
    auto *message = r.find<QLabel>("wizAdminMessage");

    r.fillAdmin(QStringLiteral("short"), QStringLiteral("short"));
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::AdminPageId));
    QVERIFY(message->text().contains(QStringLiteral("8")));

    r.fillAdmin(kPassword, kPassword + QStringLiteral("x"));
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::AdminPageId));
    QVERIFY(!message->text().isEmpty());

    Rig::retype(r.edit("wizAdminUser"), QStringLiteral("a b"));
    Rig::retype(r.edit("wizAdminPassword2"), kPassword);
    r.forward();
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::AdminPageId));
    QVERIFY(!message->text().isEmpty());

    // Nothing was written by any of the refusals.
    QVERIFY(!QFile::exists(r.context.dbPath));
    QVERIFY(!QFile::exists(r.context.dbPath + QStringLiteral(".keys")));
}

void TestUiFirstRun::completeRunCreatesTheDatabase()
{
    Rig r;
    QVERIFY(r.fillCenter());
    r.find<QComboBox>("wizPolicy")->setCurrentIndex(1); // rolling 12 months
    Rig::retype(r.edit("wizWindowEnd"), QStringLiteral("07-15"));
    QVERIFY(r.fillPolicy());
    r.fillAdmin(kPassword, kPassword);

    r.forward(); // "Create database"
    // The database is created off the GUI thread; the page shows that it is busy meanwhile.
    QVERIFY(r.find<QProgressBar>("wizAdminBusy")->isVisible());
    QVERIFY(!r.wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!r.wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!r.edit("wizAdminPassword")->isEnabled());
    QTRY_COMPARE(r.wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
    QVERIFY(r.wizard.databaseCreated());
    QCOMPARE(r.wizard.adminUser(), QStringLiteral("zhang"));
    QVERIFY(QFile::exists(r.context.dbPath));
    QVERIFY(QFile::exists(r.context.dbPath + QStringLiteral(".keys")));

    const QString code = r.find<QLabel>("wizRecoveryCode")->text();
    static const QRegularExpression format(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$"));
    QVERIFY2(format.match(code).hasMatch(), qPrintable(code));

    // No way back, no finishing before the code is stored, no printing yet.
    QVERIFY(!r.wizard.button(QWizard::BackButton)->isVisible() || !r.wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!r.wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!r.find<QPushButton>("wizPrintRecovery")->isEnabled());
    QVERIFY(!r.find<QPushButton>("wizPrintRecovery")->toolTip().isEmpty());

    // Save…: a cancelled dialog writes nothing, a chosen file gets the code, readable by its owner only.
    r.find<QPushButton>("wizSaveRecovery")->click();
    const QString savePath = r.dir.filePath(QStringLiteral("recovery.txt"));
    QVERIFY(!QFile::exists(savePath));
    r.prompter.files << savePath;
    r.find<QPushButton>("wizSaveRecovery")->click();
    QFile saved(savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY(text.contains(code));
    QVERIFY(text.contains(QStringLiteral("zhang")));
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(saved.permissions() & others, QFileDevice::Permissions());
    QVERIFY(r.find<QLabel>("wizRecoveryStatus")->text().contains(QStringLiteral("recovery.txt")));

    r.find<QCheckBox>("wizRecoveryStored")->setChecked(true);
    QVERIFY(r.wizard.button(QWizard::FinishButton)->isEnabled());
    r.forward();
    QCOMPARE(r.wizard.result(), int(QDialog::Accepted));
    QVERIFY(!r.wizard.isVisible());
    QVERIFY(r.find<QLabel>("wizRecoveryCode")->text().isEmpty()); // gone from the screen

    // The code and the password both open the admin account; the settings were stored as entered.
    auto byCode = Session::open(r.context.dbPath, QStringLiteral("zhang"), code, r.clock);
    QVERIFY2(byCode.ok(), byCode.ok() ? "" : qPrintable(byCode.error().message));
    QCOMPARE(byCode.value()->account().role, Role::Admin);
    QCOMPARE(byCode.value()->account().fullName, QStringLiteral("张伟"));
    const CenterConfig &center = byCode.value()->center();
    QCOMPARE(center.code, QStringLiteral("440104001"));
    QCOMPARE(center.name, kCenterName);
    QCOMPARE(center.policy, CyclePolicy::Rolling);
    QCOMPARE(center.windowStart, QStringLiteral("04-01"));
    QCOMPARE(center.windowEnd, QStringLiteral("07-15"));
    QCOMPARE(center.address, QStringLiteral("北京街道文明路1号"));
    QCOMPARE(center.contact, QStringLiteral("李红"));
    QCOMPARE(center.phone, QStringLiteral("020-83001234"));
    byCode.value().reset();
    auto byPassword = Session::open(r.context.dbPath, QStringLiteral("zhang"), kPassword, r.clock);
    QVERIFY2(byPassword.ok(), byPassword.ok() ? "" : qPrintable(byPassword.error().message));
}

void TestUiFirstRun::serviceRefusalIsShownOnThePage()
{
    Rig r;
    QVERIFY(r.fillCenter());
    QVERIFY(r.fillPolicy());
    r.fillAdmin(kPassword, kPassword);
    // Someone put a database there in the meantime: the service never overwrites one.
    QFile squatter(r.context.dbPath);
    QVERIFY(squatter.open(QIODevice::WriteOnly));
    squatter.write("not ours");
    squatter.close();

    r.forward();
    QTRY_VERIFY(!r.find<QProgressBar>("wizAdminBusy")->isVisible());
    QCOMPARE(r.wizard.currentId(), int(FirstRunWizard::AdminPageId));
    const QString message = r.find<QLabel>("wizAdminMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));
    QVERIFY(!r.wizard.databaseCreated());
    QVERIFY(r.edit("wizAdminPassword")->isEnabled());
    QVERIFY(r.wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(r.wizard.button(QWizard::BackButton)->isEnabled());

    // Once the file is gone, the same page goes on.
    QVERIFY(QFile::remove(r.context.dbPath));
    r.forward();
    QTRY_COMPARE(r.wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
}

void TestUiFirstRun::closingBeforeStoringTheCodeAsksFirst()
{
    Rig r;
    QVERIFY(r.fillCenter());
    QVERIFY(r.fillPolicy());
    r.fillAdmin(kPassword, kPassword);
    r.forward();
    QTRY_COMPARE(r.wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
    QVERIFY(!r.wizard.button(QWizard::CancelButton)->isVisible());

    // Esc asks; "no" keeps the code on screen.
    QTest::keyClick(&r.wizard, Qt::Key_Escape);
    QCOMPARE(r.prompter.shown.size(), 1);
    QVERIFY(r.wizard.isVisible());
    QVERIFY(!r.find<QLabel>("wizRecoveryCode")->text().isEmpty());

    r.prompter.confirmAnswers << true;
    r.wizard.reject();
    QVERIFY(!r.wizard.isVisible());
    QCOMPARE(r.wizard.result(), int(QDialog::Rejected));
    // The database stays: it was created and the admin password still opens it.
    QVERIFY(QFile::exists(r.context.dbPath));
}

// "Restore from a backup…" opens a modal dialog: it is driven from inside its own event loop (a zero timer armed before
// the click), as a person would, so the test never blocks in exec(). Not a backup, then a wrong password, keep the
// dialog open with the reason; the right password restores, verifies and finishes the wizard with that account.
void TestUiFirstRun::restoreFromBackupRecreatesTheDatabase()
{
    TestCenter source;
    const QList<Form> forms = source.seedForms(3);
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("center.cdbak"));
    const QString notBackup = out.filePath(QStringLiteral("notes.cdbak"));
    QVERIFY(writeFile(notBackup, "not a backup"));
    {
        auto admin = source.open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto made = BackupService::create(*admin, backup);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    }

    Rig r;
    QAbstractButton *open = r.wizard.button(QWizard::CustomButton1);
    QCOMPARE(open->objectName(), QStringLiteral("restoreFromBackupButton"));
    QVERIFY(open->isVisible());
    QStringList failures;
    QStringList messages;
    QTimer::singleShot(0, &r.wizard, [&] {
        auto *dialog = r.wizard.findChild<QDialog *>(QStringLiteral("restoreDialog"));
        if (!dialog || !dialog->isVisible()) {
            failures << QStringLiteral("no visible restore dialog");
            return;
        }
        auto child = [&](const char *name) { return dialog->findChild<QWidget *>(QString::fromLatin1(name)); };
        auto *restore = qobject_cast<QPushButton *>(child("restoreButton"));
        auto *choose = qobject_cast<QPushButton *>(child("restoreChooseButton"));
        auto *user = qobject_cast<QLineEdit *>(child("restoreUser"));
        auto *password = qobject_cast<QLineEdit *>(child("restorePassword"));
        auto *message = qobject_cast<QLabel *>(child("restoreMessage"));
        if (!restore || !choose || !user || !password || !message) {
            failures << QStringLiteral("restore dialog widgets missing");
            dialog->reject();
            return;
        }
        r.prompter.files = {notBackup};
        choose->click();
        messages << message->text();
        if (restore->isEnabled())
            failures << QStringLiteral("Restore enabled for a file that is not a backup");
        r.prompter.files = {backup};
        choose->click();
        if (!restore->isEnabled())
            failures << QStringLiteral("Restore not enabled for a backup");
        user->setText(QStringLiteral("admin"));
        password->setText(QStringLiteral("not-the-password"));
        restore->click();
        messages << message->text();
        if (!dialog->isVisible() || QFile::exists(r.context.dbPath))
            failures << QStringLiteral("a wrong password closed the dialog or left a database");
        password->setText(TestCenter::passwordOf(QStringLiteral("admin")));
        restore->click(); // accepts the dialog when the restored copy verifies
    });
    QList<int> finishedWith;
    connect(&r.wizard, &QDialog::finished, &r.wizard, [&](int result) { finishedWith << result; });
    open->click();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    QCOMPARE(messages.size(), 2);
    QVERIFY2(!messages.at(0).isEmpty(), "no reason shown for a file that is not a backup");
    QVERIFY2(!messages.at(1).isEmpty(), "no reason shown for a wrong password");
    QCOMPARE(r.wizard.adminUser(), QStringLiteral("admin"));
    QVERIFY(QFile::exists(r.context.dbPath + QStringLiteral(".keys")));

    auto session = Session::open(r.context.dbPath, QStringLiteral("admin"),
                                 TestCenter::passwordOf(QStringLiteral("admin")), r.clock);
    QVERIFY(session.ok());
    auto count = SessionAccess::db(*session.value()).prepare("SELECT COUNT(*) FROM forms");
    QVERIFY(count.ok());
    QVERIFY(count->step().ok());
    QCOMPARE(count->int64(0), qint64(forms.size()));

    // The wizard finishes accepted although its own pages were never filled in (QWizard::done validates them).
    QCOMPARE(finishedWith, QList<int>{int(QDialog::Accepted)});
}

QTEST_MAIN(TestUiFirstRun)
#include "tst_ui_firstrun.moc"
