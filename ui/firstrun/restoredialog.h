#pragma once

#include "uicontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

// First run on a new or repaired PC: a backup file becomes this desk's database. The backup's own accounts
// sign in (an administrator's password or the recovery code), and the result is verified before it is kept.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(UiContext &context, QWidget *parent = nullptr);
    QString restoredUser() const { return m_restoredUser; }

public Q_SLOTS:
    void chooseFile();
    void restore();

private:
    void showMessage(const QString &text, bool error);

    UiContext &m_context;
    QString m_file;
    QString m_restoredUser;
    QLabel *m_summary;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_restore;
    QLabel *m_message;
};

} // namespace certdesk
