#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {

// A supervisor's override of a death-notice match, typed at the clerk's desk: the supervisor's own
// account, password and a reason. Inline (not a separate window) so the clerk's screen, keyboard focus and
// shortcuts stay where they are; objectName "overrideDialog" for the tests.
class OverridePanel : public QFrame
{
    Q_OBJECT

public:
    explicit OverridePanel(QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    QString reason() const;

    void open();
    // The service's refusal, shown in the panel in place of its title (the page's message bar has it too); the
    // password is asked again.
    void showError(const QString &message);
    // Empties every field (the password first) and hides the panel.
    void clear();

public Q_SLOTS:
    // Emits submitted(); the page closes the panel when the certification went through.
    void accept();
    void reject();

Q_SIGNALS:
    void submitted();
    void cancelled();

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_reason;
    QLabel *m_title;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace certdesk
