#include "passworddialog.h"

#include "services/accounts.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QLineEdit *secretField(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setEchoMode(QLineEdit::Password);
    e->setAttribute(Qt::WA_InputMethodEnabled, false);
    return e;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(UiContext &context, Session &session, bool forced, QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session), m_current(secretField(this, "pwCurrent")),
      m_new(secretField(this, "pwNew")), m_repeat(secretField(this, "pwRepeat")), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    auto *intro =
        new QLabel(forced ? tr("The administrator set a new password for %1. Choose your own now: only you "
                               "should know it. (Cancel signs out.)")
                                .arg(session.account().username)
                          : tr("Change the password of %1. At least 8 characters.").arg(session.account().username),
                   this);
    intro->setObjectName(QStringLiteral("pwIntro"));
    intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("pwMessage"));
    m_message->setWordWrap(true);
    theme::setTone(m_message, theme::Tone::Error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &password"));
    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QLineEdit *edit) {
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
    };
    add(forced ? tr("&Current password (as the admin gave it):") : tr("&Current password:"), m_current);
    add(tr("&New password:"), m_new);
    add(tr("&Repeat the new password:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        connect(e, &QLineEdit::textEdited, m_message, &QLabel::clear);
    m_current->setFocus();
}

// A job still running is a child: it is cancelled and waited out with the dialog.
ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void ChangePasswordDialog::accept()
{
    if (isBusy())
        return;
    // Checks that need no key slot first, each with the field to fix focused.
    if (m_current->text().isEmpty()) {
        showMessage(tr("Type your current password."));
        m_current->setFocus();
        return;
    }
    if (m_new->text().isEmpty()) {
        showMessage(tr("Type a new password."));
        m_new->setFocus();
        return;
    }
    if (auto s = AccountService::checkPassword(m_new->text()); !s) {
        showMessage(s.error().message);
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showMessage(tr("The two new passwords differ. Type the new password again, twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    auto second = m_session.reopen();
    if (!second) {
        showMessage(second.error().message);
        return;
    }
    std::shared_ptr<Session> worker(std::move(second).value());
    worker->setKdfIterations(m_session.kdfIterations());
    const QString current = m_current->text();
    const QString next = m_new->text();
    m_job = runInBackground(
        this,
        [worker, current, next](JobControl &) { return AccountService(*worker).changeOwnPassword(current, next); },
        [this](const Status &outcome) {
            m_job = nullptr;
            setBusy(false);
            if (!outcome) {
                showMessage(outcome.error().message);
                QLineEdit *focus = outcome.error().kind == Error::Kind::Auth ? m_current : m_new;
                focus->selectAll();
                focus->setFocus();
                return;
            }
            m_context.prompter.inform(this, tr("Password changed"),
                                      tr("Your password was changed. Use the new one from now on."));
            QDialog::accept();
        });
    setBusy(true);
}

void ChangePasswordDialog::reject()
{
    if (isBusy())
        return; // the slot file is being rewritten; a moment
    QDialog::reject();
}

} // namespace certdesk
