// Backups in the program (safekeeping issue): the settings tab (folder, generations, "Back up now"), the status
// bar's age of the last backup (amber after 2 days), the backup at the last desk's sign-out, and the first-run
// wizard's "restore from a backup".

#include "firstrun/firstrunwizard.h"
#include "services/backup.h"
#include "services/backupschedule.h"
#include "settings/settingsdialog.h"
#include "theme/theme.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin");

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.cdbak")}, QDir::Files, QDir::Name);
}

bool isAmber(const QLabel *label)
{
    return theme::toneOf(label) == theme::Tone::Warning;
}

} // namespace

class TestUiBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backUpNowKeepsGenerationsAndTheStatusBarShowsTheAge();
    void settingsRefuseAFolderThatDoesNotExist();
    void lastDeskTakesTheDaysBackupAtSignOut();
};

void TestUiBackup::backUpNowKeepsGenerationsAndTheStatusBarShowsTheAge()
{
    TestCenter center;
    center.seedForms(20);
    QTemporaryDir usb;
    UiHarness h(center);
    QVERIFY(h.signIn(kAdmin));
    auto *status = h.find<QLabel>("statusBackup");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("No backup yet"));
    QVERIFY(isAmber(status));

    SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
    dialog.show();
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backupKeep"));
    auto *now = dialog.findChild<QPushButton *>(QStringLiteral("backupNowButton"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("backupMessage"));
    auto *last = dialog.findChild<QLabel *>(QStringLiteral("backupLast"));
    QVERIFY(folder && keep && now && message && last);
    QCOMPARE(last->text(), QStringLiteral("never"));
    folder->setText(usb.path());
    keep->setValue(2);
    for (int i = 0; i < 3; ++i) {
        now->click(); // runs on a worker thread behind a progress dialog and returns when done
        QVERIFY2(message->text().contains(QStringLiteral("20 forms")), qPrintable(message->text()));
        center.clock.set(center.clock.now().addSecs(3600));
    }
    const QStringList kept = backupsIn(usb.path());
    QCOMPARE(kept.size(), 2); // three taken, two generations kept
    QVERIFY(kept.first().startsWith(QStringLiteral("certdesk-T001-")));
    QVERIFY(last->text() != QStringLiteral("never"));
    auto settings = BackupSchedule::load(*h.window->session());
    QVERIFY(settings.ok());
    QCOMPARE(settings->keep, 2);
    dialog.close();

    // The status bar, after the next sign-in: fresh, then amber when older than two days.
    h.window->lock();
    QVERIFY(h.signIn(kAdmin));
    QVERIFY2(status->text().contains(QStringLiteral("hour")), qPrintable(status->text()));
    QVERIFY(!isAmber(status));
    h.window->lock();
    center.clock.set(center.clock.now().addDays(3));
    QVERIFY(h.signIn(kAdmin));
    QCOMPARE(status->text(), QStringLiteral("Last backup: 3 day(s) ago"));
    QVERIFY(isAmber(status));
}

void TestUiBackup::settingsRefuseAFolderThatDoesNotExist()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(kAdmin));
    SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(QStringLiteral("/nonexistent/usb"));
    dialog.findChild<QPushButton *>(QStringLiteral("backupNowButton"))->click();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("backupMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("does not exist")), qPrintable(message->text()));
    auto settings = BackupSchedule::load(*h.window->session());
    QVERIFY(settings.ok() && settings->folder.isEmpty());
}

void TestUiBackup::lastDeskTakesTheDaysBackupAtSignOut()
{
    TestCenter center;
    QTemporaryDir usb;
    {
        auto admin = center.open(kAdmin);
        QVERIFY(BackupSchedule::save(*admin, {usb.path(), 7}).ok());
    }
    UiHarness h(center);
    auto *lock = h.find<QAction>("actionLock");
    QVERIFY(lock);

    // Another desk still has the database open: signing out here takes no backup.
    DeskPresence other(center.dbPath);
    QVERIFY(other.enter());
    QVERIFY(h.signIn(kAdmin));
    lock->trigger();
    QVERIFY(backupsIn(usb.path()).isEmpty());

    // The last desk of the day does.
    other.leave();
    QVERIFY(h.signIn(kAdmin));
    lock->trigger();
    QCOMPARE(backupsIn(usb.path()).size(), 1);

    // Once a day: the next sign-out the same day takes none; the next day's does.
    QVERIFY(h.signIn(kAdmin));
    lock->trigger();
    QCOMPARE(backupsIn(usb.path()).size(), 1);
    center.clock.set(center.clock.now().addDays(1));
    QVERIFY(h.signIn(kAdmin));
    lock->trigger();
    QCOMPARE(backupsIn(usb.path()).size(), 2);
    QVERIFY(h.prompter.shown.isEmpty()); // no warning was needed
}

QTEST_MAIN(TestUiBackup)
#include "tst_ui_backup.moc"
