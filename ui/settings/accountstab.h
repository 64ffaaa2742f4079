#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace certdesk {

class Session;
class Prompter;

// Accounts of this center: list, add, disable (confirmed), reset a password — all through AccountService,
// which also keeps the key slots in step and refuses to disable the last admin.
class AccountsTab : public QWidget
{
    Q_OBJECT

public:
    AccountsTab(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    void reload();

public Q_SLOTS:
    void addAccount();
    void disableSelected();
    void resetSelectedPassword();
    void replaceRecoveryCode();

private:
    QString selectedUser() const;
    void showMessage(const QString &text, bool error);

    Session &m_session;
    Prompter &m_prompter;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLabel *m_message;
};

} // namespace certdesk
