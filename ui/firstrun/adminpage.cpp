#include "adminpage.h"

#include "services/accounts.h"
#include "theme/theme.h"
#include "wizardstyle.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace certdesk {

AdminPage::AdminPage(UiContext &context, std::function<CenterConfig()> config, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_config(std::move(config)), m_user(addField("wizAdminUser", false)),
      m_fullName(addField("wizAdminFullName", false)), m_password(addField("wizAdminPassword", true)),
      m_password2(addField("wizAdminPassword2", true)), m_busy(new QProgressBar(this)),
      m_message(wizardstyle::messageLabel(this, "wizAdminMessage"))
{
    setObjectName(QStringLiteral("wizAdminPage"));
    setTitle(wizardstyle::heading(tr("The administrator")));
    setSubTitle(tr("This account manages settings and the other accounts. Creating it creates the encrypted "
                   "database; a recovery code is shown next."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create database"));

    m_user->setText(QStringLiteral("admin"));
    m_user->setAttribute(Qt::WA_InputMethodEnabled, false); // Latin letters and digits only
    m_user->setMaxLength(32);
    m_fullName->setMaxLength(50);
    m_fullName->setPlaceholderText(tr("Printed as the handling officer (经办人)"));
    m_password->setPlaceholderText(tr("At least 8 characters"));

    m_busy->setObjectName(QStringLiteral("wizAdminBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    const auto row = [&](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    row(tr("&Account name:"), m_user);
    row(tr("&Full name (姓名):"), m_fullName);
    row(tr("&Password:"), m_password);
    row(tr("&Repeat password:"), m_password2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_user, m_fullName, m_password, m_password2})
        connect(edit, &QLineEdit::textEdited, m_message, &QLabel::clear);
}

AdminPage::~AdminPage()
{
    // A running job is our child: its destructor waits until the database is written.
    forgetRecoveryCode();
}

QLineEdit *AdminPage::addField(const char *objectName, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setFont(wizardstyle::sized(edit->font(), 14));
    edit->setMaximumWidth(wizardstyle::kFieldMaxWidth);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QString AdminPage::adminUser() const
{
    return m_user->text().trimmed();
}

void AdminPage::forgetRecoveryCode()
{
    m_recoveryCode.fill(QLatin1Char(' '));
    m_recoveryCode.clear();
}

bool AdminPage::isComplete() const
{
    // While the database is being created the Create button stays greyed out.
    return !isBusy() && QWizardPage::isComplete();
}

bool AdminPage::checkFields()
{
    QLineEdit *culprit = nullptr;
    QString problem;
    if (const Status s = AccountService::checkUsername(adminUser()); !s) {
        culprit = m_user;
        problem = s.error().message;
    } else if (const Status p = AccountService::checkPassword(m_password->text()); !p) {
        culprit = m_password;
        problem = p.error().message;
    } else if (m_password->text() != m_password2->text()) {
        culprit = m_password2;
        problem = tr("The two passwords differ. Type the same password twice.");
    }
    m_message->setText(problem);
    if (culprit) {
        culprit->setFocus();
        culprit->selectAll();
    }
    return culprit == nullptr;
}

bool AdminPage::validatePage()
{
    // Second call, after the worker succeeded: let the wizard move on to the recovery code.
    if (created())
        return true;
    if (isBusy() || !checkFields())
        return false;
    startInitialize();
    return false;
}

void AdminPage::startInitialize()
{
    InitRequest request;
    request.dbPath = m_context.dbPath;
    request.center = m_config();
    request.adminUser = adminUser();
    request.adminFullName = m_fullName->text().trimmed();
    request.adminPassword = m_password->text();
    request.kdfIterations = m_context.kdfIterations;
    theme::setTone(m_message, theme::Tone::Info);
    m_message->setText(tr("Creating the encrypted database…"));

    // Two key slots at a million PBKDF2 iterations each: too slow for the GUI thread.
    const Clock &clock = m_context.clock;
    const auto afterCreate = m_afterCreate;
    auto warning = std::make_shared<QString>();
    m_job = runInBackground(
        this,
        [request, &clock, afterCreate, warning](JobControl &) {
            auto code = Session::initialize(request, clock);
            if (code && afterCreate) {
                auto session = Session::open(request.dbPath, request.adminUser, request.adminPassword, clock);
                if (!session) {
                    *warning = session.error().message;
                } else {
                    session.value()->setKdfIterations(request.kdfIterations);
                    *warning = afterCreate(*session.value());
                }
            }
            return code;
        },
        [this, warning](Result<QString> outcome) {
            m_job = nullptr;
            setBusy(false);
            if (outcome && !warning->isEmpty())
                m_context.prompter.warn(this, tr("County sync not configured"),
                                        tr("The database was created, but this desk's sync settings could not be "
                                           "stored: %1 Configure them in Settings → County sync.")
                                            .arg(*warning));
            theme::setTone(m_message, theme::Tone::Error);
            if (!outcome) {
                m_message->setText(outcome.error().message);
                return;
            }
            m_recoveryCode = outcome.value();
            m_message->clear();
            m_password->clear();
            m_password2->clear();
            wizard()->next(); // validatePage() now says yes
        });
    setBusy(true); // after m_job is set: isComplete() reads it
}

void AdminPage::setBusy(bool busy)
{
    for (QLineEdit *edit : {m_user, m_fullName, m_password, m_password2})
        edit->setEnabled(!busy);
    m_busy->setVisible(busy);
    Q_EMIT completeChanged();
    // completeChanged() lets QWizard refresh its buttons, which re-enables Back: override it afterwards.
    if (QAbstractButton *back = wizard() ? wizard()->button(QWizard::BackButton) : nullptr; back && busy)
        back->setEnabled(false);
}

} // namespace certdesk
