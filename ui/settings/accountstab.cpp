#include "accountstab.h"

#include "prompter.h"
#include "services/accounts.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QString roleText(Role role)
{
    switch (role) {
    case Role::Clerk:
        return AccountsTab::tr("Clerk");
    case Role::Supervisor:
        return AccountsTab::tr("Supervisor");
    case Role::Admin:
        return AccountsTab::tr("Administrator");
    }
    return {};
}

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setPlaceholderText(placeholder);
    return e;
}

QPushButton *button(QWidget *parent, const char *objectName, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAutoDefault(false);
    return b;
}

} // namespace

AccountsTab::AccountsTab(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_table(new QTableWidget(0, 4, this)),
      m_name(lineEdit(this, "newAccountName", tr("Sign-in name, e.g. wangfang"))),
      m_fullName(lineEdit(this, "newAccountFullName", tr("Full name, printed as 经办人"))), m_role(new QComboBox(this)),
      m_password(lineEdit(this, "newAccountPassword", tr("At least 8 characters"))),
      m_newPassword(lineEdit(this, "resetPasswordNew", tr("New password, at least 8 characters"))),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsTab"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Full name"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_role->setObjectName(QStringLiteral("newAccountRole"));
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Admin})
        m_role->addItem(roleText(r), roleKey(r));
    for (QLineEdit *e : {m_password, m_newPassword})
        e->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);

    auto *add = button(this, "addAccountButton", tr("Add account (Ctrl+N)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *disable = button(this, "disableAccountButton", tr("Disable selected (Ctrl+D)"));
    disable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    auto *reset = button(this, "resetPasswordButton", tr("Set password"));
    auto *recovery = button(this, "newRecoveryCodeButton", tr("New recovery code…"));
    connect(recovery, &QPushButton::clicked, this, &AccountsTab::replaceRecoveryCode);
    connect(add, &QPushButton::clicked, this, &AccountsTab::addAccount);
    connect(disable, &QPushButton::clicked, this, &AccountsTab::disableSelected);
    connect(reset, &QPushButton::clicked, this, &AccountsTab::resetSelectedPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountsTab::addAccount);
    connect(m_newPassword, &QLineEdit::returnPressed, this, &AccountsTab::resetSelectedPassword);

    auto *addBox = new QGroupBox(tr("New account"), this);
    auto *addForm = new QFormLayout(addBox);
    addForm->addRow(tr("Account"), m_name);
    addForm->addRow(tr("Full name"), m_fullName);
    addForm->addRow(tr("Role"), m_role);
    addForm->addRow(tr("Password"), m_password);
    addForm->addRow(QString(), add);

    auto *selectedBox = new QGroupBox(tr("Selected account"), this);
    auto *selectedForm = new QFormLayout(selectedBox);
    selectedForm->addRow(tr("New password"), m_newPassword);
    selectedForm->addRow(QString(), reset);
    selectedForm->addRow(QString(), disable);

    auto *side = new QVBoxLayout;
    side->addWidget(addBox);
    side->addWidget(selectedBox);
    side->addWidget(recovery);
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_table, 3);
    columns->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    reload();
}

void AccountsTab::reload()
{
    const QString selected = selectedUser();
    auto accounts = AccountService(m_session).list();
    m_table->setRowCount(0);
    if (!accounts) {
        showMessage(accounts.error().message, true);
        return;
    }
    m_table->setRowCount(int(accounts->size()));
    for (int i = 0; i < accounts->size(); ++i) {
        const Account &a = accounts->at(i);
        const QStringList cells{a.username, a.fullName, roleText(a.role), a.active ? tr("Active") : tr("Disabled")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        if (a.username == selected)
            m_table->selectRow(i);
    }
}

QString AccountsTab::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void AccountsTab::addAccount()
{
    Role role = Role::Clerk;
    roleFromKey(m_role->currentData().toString(), &role);
    auto added =
        AccountService(m_session).add(m_name->text().trimmed(), role, m_fullName->text().trimmed(), m_password->text());
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    for (QLineEdit *e : {m_name, m_fullName, m_password})
        e->clear();
    reload();
    showMessage(tr("Account %1 added; they can sign in now.").arg(added->username), false);
}

void AccountsTab::disableSelected()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        showMessage(tr("Select an account in the table first."), true);
        return;
    }
    if (!m_prompter.confirm(this, tr("Disable account"),
                            tr("Disable the account %1? It can no longer sign in; its records stay.").arg(user)))
        return;
    if (!window()->isVisible())
        return; // the desk was locked while the question was open: nothing happens on the old session
    if (auto s = AccountService(m_session).disable(user); !s) {
        showMessage(s.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Account %1 disabled.").arg(user), false);
}

void AccountsTab::resetSelectedPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        showMessage(tr("Select an account in the table first."), true);
        return;
    }
    if (auto s = AccountService(m_session).changePassword(user, m_newPassword->text()); !s) {
        showMessage(s.error().message, true);
        return;
    }
    m_newPassword->clear();
    showMessage(user == m_session.account().username
                    ? tr("Your password was changed.")
                    : tr("The password of %1 was set; tell them in person. They must choose their own at their next "
                         "sign-in.")
                          .arg(user),
                false);
}

void AccountsTab::replaceRecoveryCode()
{
    if (!m_prompter.confirm(this, tr("New recovery code"),
                            tr("Make a new recovery code for %1? The old code stops working at once; the new one is "
                               "shown once: print it or write it down and lock it away.")
                                .arg(m_session.account().username)))
        return;
    if (!window()->isVisible())
        return; // locked meanwhile
    auto code = AccountService(m_session).replaceRecoveryCode();
    if (!code) {
        showMessage(code.error().message, true);
        return;
    }
    m_prompter.inform(this, tr("New recovery code"),
                      tr("The new recovery code of %1 (shown only now; the old one no longer works):\n\n%2")
                          .arg(m_session.account().username, code.value()));
    showMessage(tr("A new recovery code was made; the old one no longer works."), false);
}

void AccountsTab::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->setText(text);
}

} // namespace certdesk
