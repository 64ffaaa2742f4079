#pragma once

#include "uicontext.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QStackedWidget;
class QTabWidget;

namespace certdesk {

class CounterPage;
class DeskPresence;
class IdleLock;
class ScannerDetector;
class Session;
class StatusPanel;
class SyncController;
class SyncPanel;
class TodayPage;
class UnlockPage;
class WorkloadPage;

// The composition of the screens: unlock ↔ workspace (counter, today's list, workload), menus, status
// bar, idle lock and the application-wide scanner detector. No rules live here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Runs the first-run wizard when there is no database yet; false if it was cancelled.
    bool ensureDatabase();
    Session *session() const { return m_session.get(); }
    IdleLock *idleLock() const { return m_idle; }
    ScannerDetector *scanner() const { return m_scanner; }
    SyncController *syncController() const { return m_syncController; }

public Q_SLOTS:
    void lock();
    // Sign-out by the person at the desk (File → Lock, or quitting): the last desk of the day first takes the
    // day's backup when one is due (BackupSchedule::dueAtSignOut), then locks.
    void signOut();
    void openImport(bool deaths);
    void openSettings();
    // The signed-in account's own password (any role). Forced after an admin set it: Cancel then signs out.
    void changeOwnPassword(bool forced = false);
    // Paper registrations whose late list data names another person (supervisor, admin).
    void showPaperReviews();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void endOfDayBackup();
    void updateBackupStatus();
    void onUnlocked(std::shared_ptr<Session> session);
    void applyRole();
    void startSync();
    void updateSyncStatus();

    UiContext &m_context;
    std::shared_ptr<Session> m_session;
    QStackedWidget *m_stack;
    UnlockPage *m_unlock;
    QTabWidget *m_tabs;
    CounterPage *m_counter;
    TodayPage *m_today;
    WorkloadPage *m_workload;
    StatusPanel *m_status;
    IdleLock *m_idle;
    ScannerDetector *m_scanner;
    QPointer<QDialog> m_dialog; // the modal dialog open now, closed on lock
    QAction *m_importForms = nullptr;
    QAction *m_importDeaths = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_paperReviews = nullptr;
    QAction *m_changePassword = nullptr;
    SyncController *m_syncController = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    std::unique_ptr<DeskPresence> m_presence; // held while a session is open
};

} // namespace certdesk
