#include "mainwindow.h"

#include "account/passworddialog.h"
#include "backup/backuprunner.h"
#include "core/workstationsettings.h"
#include "counter/counterpage.h"
#include "counter/scannerdetector.h"
#include "firstrun/firstrunwizard.h"
#include "importer/importdialog.h"
#include "review/paperreviewdialog.h"
#include "services/accounts.h"
#include "services/backupschedule.h"
#include "services/session.h"
#include "settings/settingsdialog.h"
#include "settings/stationprefs.h"
#include "settings/synctab.h"
#include "shell/aboutdialog.h"
#include "shell/idlelock.h"
#include "shell/statuspanel.h"
#include "sync/synccontroller.h"
#include "sync/syncpanel.h"
#include "sync/syncqueue.h"
#include "today/todaypage.h"
#include "unlock/unlockpage.h"
#include "workload/workloadpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFile>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace certdesk {

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_stack(new QStackedWidget(this)),
      m_unlock(new UnlockPage(context, m_stack)), m_tabs(new QTabWidget(m_stack)),
      m_counter(new CounterPage(context, m_tabs)), m_today(new TodayPage(context, m_tabs)),
      m_workload(new WorkloadPage(context, m_tabs)), m_status(new StatusPanel(this)), m_idle(new IdleLock(this)),
      m_scanner(new ScannerDetector(context.msecs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk — pension eligibility certification"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(m_counter, tr("Counter (F2)"));
    m_tabs->addTab(m_today, tr("Today (F3)"));
    m_tabs->addTab(m_workload, tr("Workload (F4)"));
    m_syncController = new SyncController(this);
    m_syncPanel = new SyncPanel(*m_syncController, m_tabs);
    m_tabs->addTab(m_syncPanel, tr("Sync"));
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_status, 1);
    buildMenus();

    qApp->installEventFilter(m_idle);
    qApp->installEventFilter(m_scanner);
    m_scanner->setEnabled(false);
    const WorkstationSettings::ScanFraming framing = m_context.settings.scanFraming();
    m_scanner->setFraming(framing.prefix, framing.suffix);
    connect(m_unlock, &UnlockPage::unlocked, this, &MainWindow::onUnlocked);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_scanner, &ScannerDetector::scanned, this, [this](const QString &payload) {
        if (QApplication::activeModalWidget())
            return; // a dialog is open: the person behind it must not change
        m_tabs->setCurrentWidget(m_counter);
        m_counter->handleScan(payload);
    });
    connect(m_counter, &CounterPage::cardTaken, this, [this] { m_tabs->setCurrentWidget(m_counter); });
    connect(m_counter, &CounterPage::recordsChanged, m_today, &TodayPage::refresh);
    connect(m_today, &TodayPage::recordsChanged, m_workload, &WorkloadPage::refresh);
    connect(m_counter, &CounterPage::recordsChanged, m_workload, &WorkloadPage::refresh);
    // A new or corrected record: the status bar counts it at once and the worker sends it soon.
    connect(m_counter, &CounterPage::recordsChanged, m_syncController, &SyncController::nudge);
    connect(m_today, &TodayPage::recordsChanged, m_syncController, &SyncController::nudge);
    connect(m_counter, &CounterPage::recordsChanged, this, &MainWindow::updateSyncStatus);
    connect(m_today, &TodayPage::recordsChanged, this, &MainWindow::updateSyncStatus);
    connect(m_syncController, &SyncController::statusChanged, this, &MainWindow::updateSyncStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) {
        if (m_tabs->currentWidget() == m_workload)
            m_workload->refresh();
    });
    resize(1366, 768);
    lock();
}

MainWindow::~MainWindow()
{
    m_presence.reset();
    qApp->removeEventFilter(m_idle);
    qApp->removeEventFilter(m_scanner);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importForms = file->addAction(tr("Import pending forms…"), this, [this] { openImport(false); });
    m_importForms->setObjectName(QStringLiteral("actionImportForms"));
    m_importForms->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importDeaths = file->addAction(tr("Import death notices…"), this, [this] { openImport(true); });
    m_importDeaths->setObjectName(QStringLiteral("actionImportDeaths"));
    m_importDeaths->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    m_changePassword = file->addAction(tr("Change my password…"), this, [this] { changeOwnPassword(); });
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_changePassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_lock = file->addAction(tr("Lock"), this, &MainWindow::signOut);
    m_lock->setObjectName(QStringLiteral("actionLock"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *quit = file->addAction(tr("Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_settings = tools->addAction(tr("Settings…"), this, &MainWindow::openSettings);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_paperReviews = tools->addAction(tr("Paper registrations to review…"), this, &MainWindow::showPaperReviews);
    m_paperReviews->setObjectName(QStringLiteral("actionPaperReviews"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("About CertDesk…"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setShortcut(QKeySequence(Qt::Key_F1));

    const int keys[] = {Qt::Key_F2, Qt::Key_F3, Qt::Key_F4};
    for (int i = 0; i < 3; ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(keys[i]));
        connect(go, &QAction::triggered, this, [this, i] {
            if (m_session && m_tabs->isTabVisible(i))
                m_tabs->setCurrentIndex(i);
        });
        addAction(go);
    }
}

bool MainWindow::ensureDatabase()
{
    if (QFile::exists(m_context.dbPath))
        return true;
    FirstRunWizard wizard(m_context, this);
    const bool created = wizard.exec() == QDialog::Accepted && QFile::exists(m_context.dbPath);
    if (created)
        m_unlock->setAccount(wizard.adminUser()); // the first sign-in starts at the password
    return created;
}

void MainWindow::lock()
{
    // Every open dialog goes first — message boxes and file choosers included, which are windows of their own:
    // none may stay over the unlock page, and none may be answered afterwards on the old session.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (!dialog || !dialog->isVisible() || dialog == m_dialog)
            continue;
        dialog->reject();
    }
    if (auto *import = qobject_cast<ImportDialog *>(m_dialog.data()))
        import->abandon();
    else if (m_dialog)
        m_dialog->reject();
    // Pages first: personal data must leave the screen before anything else happens.
    m_counter->setSession(nullptr);
    m_today->setSession(nullptr);
    m_workload->setSession(nullptr);
    m_syncController->stop();
    m_syncPanel->setSession(nullptr);
    const bool wasOpen = m_session != nullptr;
    m_session.reset();
    m_presence.reset(); // this desk no longer counts as signed in
    m_idle->stop();
    m_scanner->setEnabled(false);
    m_status->showSession(nullptr, m_context.clock.today());
    for (QAction *a : {m_importForms, m_importDeaths, m_lock, m_settings, m_paperReviews, m_changePassword})
        a->setEnabled(false);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->reset(wasOpen ? tr("Locked. Sign in to continue.") : QString());
}

void MainWindow::onUnlocked(std::shared_ptr<Session> session)
{
    m_session = std::move(session);
    m_session->setKdfIterations(m_context.kdfIterations);
    applyRole();
    m_counter->setSession(m_session.get());
    m_today->setSession(m_session.get());
    m_workload->setSession(m_session.get());
    m_syncPanel->setSession(m_session.get());
    m_status->showSession(m_session.get(), m_context.clock.today());
    m_presence = std::make_unique<DeskPresence>(m_session->dbPath());
    m_presence->enter();
    updateBackupStatus();
    startSync();
    m_idle->setMinutes(m_session->center().idleLockMinutes);
    m_idle->start();
    m_scanner->setEnabled(true);
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_counter);
    // A password the admin set (a forgotten one) is replaced by its owner before any work.
    if (auto must = AccountService(*m_session).mustChangePassword(); must && must.value())
        QTimer::singleShot(0, this, [this] { changeOwnPassword(true); });
}

void MainWindow::changeOwnPassword(bool forced)
{
    if (!m_session)
        return;
    const std::shared_ptr<Session> session = m_session;
    ChangePasswordDialog dialog(m_context, *session, forced, this);
    m_dialog = &dialog;
    const int result = dialog.exec();
    if (forced && result != QDialog::Accepted && m_session == session)
        lock();
}

void MainWindow::applyRole()
{
    const Role role = m_session->account().role;
    m_tabs->setTabVisible(m_tabs->indexOf(m_workload), roleAllows(role, Permission::Workload));
    m_importForms->setEnabled(roleAllows(role, Permission::Import));
    m_importDeaths->setEnabled(roleAllows(role, Permission::Import));
    m_settings->setEnabled(roleAllows(role, Permission::Settings));
    m_paperReviews->setEnabled(roleAllows(role, Permission::Workload));
    m_lock->setEnabled(true);
    m_changePassword->setEnabled(true);
}

void MainWindow::showPaperReviews()
{
    if (!m_session)
        return;
    // Like the import dialog: the session stays alive while it is open; lock() closes it.
    const std::shared_ptr<Session> session = m_session;
    PaperReviewDialog dialog(*session, this);
    m_dialog = &dialog;
    dialog.exec();
}

void MainWindow::openImport(bool deaths)
{
    if (!m_session)
        return;
    // The dialog keeps the session alive even if the idle lock fires meanwhile; lock() closes the dialog.
    const std::shared_ptr<Session> session = m_session;
    ImportDialog dialog(m_context, *session, deaths ? ImportKind::Deaths : ImportKind::Forms, this);
    m_dialog = &dialog;
    dialog.exec();
    if (m_session)
        m_today->refresh();
}

void MainWindow::openSettings()
{
    if (!m_session)
        return;
    const std::shared_ptr<Session> session = m_session;
    SettingsDialog dialog(m_context, *session, this);
    dialog.setScanner(m_scanner); // Card readers: the scanner's framing and its test
    connect(&dialog, &SettingsDialog::readersChanged, m_counter, &CounterPage::reloadReaders);
    bool syncConfigured = false;
    connect(dialog.syncTab(), &SyncTab::configured, this, [&syncConfigured] { syncConfigured = true; });
    m_dialog = &dialog;
    dialog.exec();
    if (!m_session)
        return;
    m_status->showSession(m_session.get(), m_context.clock.today());
    if (syncConfigured)
        startSync(); // the new server and certificate take effect now
    updateSyncStatus();
    updateBackupStatus();
    m_idle->setMinutes(m_session->center().idleLockMinutes);
}

void MainWindow::startSync()
{
    if (!m_session)
        return;
    auto overview = SyncQueue(*m_session).overview();
    if (overview && overview->configured)
        m_syncController->start(*m_session);
    else
        m_syncController->stop();
    updateSyncStatus();
}

void MainWindow::updateSyncStatus()
{
    if (!m_session)
        return;
    auto overview = SyncQueue(*m_session).overview();
    if (!overview) {
        m_status->showSync(overview.error().message);
        return;
    }
    m_status->showSync(SyncPanel::statusLine(overview.value(), m_syncController->lastResult(),
                                             m_syncController->isActive(), m_syncController->isRunning()));
}

void MainWindow::signOut()
{
    endOfDayBackup();
    lock();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    endOfDayBackup();
    lock(); // personal data leaves the screen and the key leaves memory before the window goes
    QMainWindow::closeEvent(event);
}

void MainWindow::endOfDayBackup()
{
    if (!m_session || (m_presence && m_presence->othersActive() > 0) ||
        !BackupSchedule::dueAtSignOut(*m_session, m_context.clock.today()))
        return;
    const std::shared_ptr<Session> session = m_session; // alive until the worker is done
    auto manifest = BackupRunner::run(this, *session);
    if (!manifest && manifest.error().code != ErrorCode::Cancelled)
        m_context.prompter.warn(this, tr("Backup"),
                                tr("Today's backup could not be taken: %1").arg(manifest.error().message));
    updateBackupStatus();
}

void MainWindow::updateBackupStatus()
{
    if (!m_session)
        return;
    auto last = BackupSchedule::lastBackup(*m_session);
    m_status->showBackup(last ? last.value() : QDateTime(), m_context.clock.now());
}

} // namespace certdesk
