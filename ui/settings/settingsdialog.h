#pragma once

#include "uicontext.h"

#include <QDialog>

namespace certdesk {

class AccountsTab;
class BackupTab;
class CenterTab;
class ReadersTab;
class ScannerDetector;
class Session;
class SyncTab;

// Admin settings: the center's 附件2 details, cycle policy and window, idle-lock minutes, default
// printer, accounts (add, disable, reset password), and this workstation's card readers.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(UiContext &context, Session &session, QWidget *parent = nullptr);
    SyncTab *syncTab() const { return m_sync; }
    BackupTab *backupTab() const { return m_backup; }
    // The application's scanner detector: the Card readers tab frames it and checks a test scan with it.
    void setScanner(ScannerDetector *scanner);

Q_SIGNALS:
    void readersChanged(); // this workstation's card reader settings were saved with a change

private:
    UiContext &m_context;
    Session &m_session;
    CenterTab *m_center;
    AccountsTab *m_accounts;
    ReadersTab *m_readers;
    SyncTab *m_sync;
    BackupTab *m_backup = nullptr;
};

} // namespace certdesk
