#pragma once

#include "uicontext.h"

#include <QDialog>

namespace certdesk {

class AccountsTab;
class CenterTab;
class Session;
class SyncTab;

// Admin settings: the center's 附件2 details, cycle policy and window, idle-lock minutes, default
// printer, and accounts (add, disable, reset password).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(UiContext &context, Session &session, QWidget *parent = nullptr);
    SyncTab *syncTab() const { return m_sync; }

private:
    UiContext &m_context;
    Session &m_session;
    CenterTab *m_center;
    AccountsTab *m_accounts;
    SyncTab *m_sync;
};

} // namespace certdesk
