#pragma once

#include "qt/background.h"
#include "uicontext.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk {

class Session;

// The signed-in account changes its own password (any role; Ctrl+Shift+K at the counter): the current password,
// then the new one twice. Forced after an admin set the password (a forgotten one): then Cancel signs out.
// The key-slot work (PBKDF2 twice) runs off the GUI thread on a second connection.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(UiContext &context, Session &session, bool forced, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    bool isBusy() const { return m_job != nullptr; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void showMessage(const QString &text);
    void setBusy(bool busy);

    UiContext &m_context;
    Session &m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPointer<BackgroundJob> m_job;
};

} // namespace certdesk
