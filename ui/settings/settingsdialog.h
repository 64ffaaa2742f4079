#pragma once

#include "uicontext.h"

#include <QDialog>

namespace certdesk {

class AccountsTab;
class CenterTab;
class Session;

// Admin settings: the center's 附件2 details, cycle policy and window, idle-lock minutes, default
// printer, and accounts (add, disable, reset password).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(UiContext &context, Session &session, QWidget *parent = nullptr);

private:
    UiContext &m_context;
    Session &m_session;
    CenterTab *m_center;
    AccountsTab *m_accounts;
};

} // namespace certdesk
