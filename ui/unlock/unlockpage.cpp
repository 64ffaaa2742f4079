#include "unlockpage.h"

#include "services/session.h"
#include "theme/theme.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

UnlockPage::UnlockPage(UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("unlockPage"));
    // Without this a plain QWidget ignores the background the theme gives it (ui/theme/certdesk.qss).
    setAttribute(Qt::WA_StyledBackground);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(buildCard());
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
}

// A running sign-in job is a child of the page: it is cancelled and waited out with it.
UnlockPage::~UnlockPage() = default;

QWidget *UnlockPage::buildCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setFixedWidth(520);

    auto *title = new QLabel(tr("CertDesk"), card);
    title->setObjectName(QStringLiteral("unlockTitle"));
    title->setFont(sized(font(), 26, true));
    title->setAlignment(Qt::AlignCenter);
    auto *subtitle = new QLabel(tr("Pension eligibility certification — sign in"), card);
    subtitle->setObjectName(QStringLiteral("unlockSubtitle"));
    subtitle->setFont(sized(font(), 14));
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);

    const QFont fieldFont = sized(font(), 16);
    const QFont labelFont = sized(font(), 13);
    m_account = new QLineEdit(card);
    m_account->setObjectName(QStringLiteral("unlockAccount"));
    m_account->setFont(fieldFont);
    m_account->setMaxLength(64);
    // Account names are Latin letters and digits; a Chinese IME would only get in the way here.
    m_account->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_account->setPlaceholderText(tr("Account name"));
    auto *accountLabel = new QLabel(tr("&Account"), card);
    accountLabel->setFont(labelFont);
    accountLabel->setBuddy(m_account);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setFont(fieldFont);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password or recovery code"));
    auto *passwordLabel = new QLabel(tr("&Password"), card);
    passwordLabel->setFont(labelFont);
    passwordLabel->setBuddy(m_password);

    m_button = new QPushButton(tr("Sign in (Enter)"), card);
    m_button->setObjectName(QStringLiteral("unlockButton"));
    m_button->setFont(sized(font(), 16, true));
    m_button->setCursor(Qt::PointingHandCursor);

    m_busy = new QProgressBar(card);
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->setRange(0, 0); // indeterminate: the KDF reports no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    // Keep its row when hidden so the card does not jump when unlocking starts.
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setFont(sized(font(), 14));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);

    // 忘记密码？ — the two ways back in, said where people look for them (docs/clerk-guide.md).
    auto *forgot = new QPushButton(tr("Forgot your password?"), card);
    forgot->setObjectName(QStringLiteral("unlockForgotButton"));
    forgot->setFlat(true);
    forgot->setCursor(Qt::PointingHandCursor);
    auto *forgotHelp = new QLabel(tr("Clerks and supervisors: ask the administrator to set a new password (Settings → "
                                     "Accounts); you then choose your own at sign-in. Administrator: type the "
                                     "recovery code (printed when the center was set up) in the password field."),
                                  card);
    forgotHelp->setObjectName(QStringLiteral("unlockForgotHelp"));
    forgotHelp->setWordWrap(true);
    forgotHelp->setFont(sized(font(), 12));
    forgotHelp->hide();
    connect(forgot, &QPushButton::clicked, forgotHelp,
            [forgotHelp] { forgotHelp->setVisible(!forgotHelp->isVisible()); });

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(40, 32, 40, 28);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(20);
    layout->addWidget(accountLabel);
    layout->addWidget(m_account);
    layout->addSpacing(8);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(forgot, 0, Qt::AlignRight);
    layout->addWidget(forgotHelp);
    layout->addSpacing(16);
    layout->addWidget(m_button);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);

    setTabOrder(m_account, m_password);
    setTabOrder(m_password, m_button);
    setTabOrder(m_button, forgot);
    connect(m_account, &QLineEdit::returnPressed, this, &UnlockPage::onAccountReturn);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_button, &QPushButton::clicked, this, &UnlockPage::unlock);
    return card;
}

void UnlockPage::reset(const QString &message)
{
    m_password->clear();
    showMessage(message, false);
    focusFirstEmpty();
}

void UnlockPage::setAccount(const QString &account)
{
    m_account->setText(account);
    focusFirstEmpty();
}

void UnlockPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isBusy())
        focusFirstEmpty();
}

void UnlockPage::focusFirstEmpty()
{
    if (m_account->text().trimmed().isEmpty())
        m_account->setFocus();
    else
        m_password->setFocus();
}

void UnlockPage::onAccountReturn()
{
    // Enter in the account field: on to the password, or sign in when it is already typed.
    if (m_password->text().isEmpty())
        m_password->setFocus();
    else
        unlock();
}

void UnlockPage::unlock()
{
    if (isBusy())
        return;
    const QString user = m_account->text().trimmed();
    const QString password = m_password->text();
    if (user.isEmpty()) {
        showMessage(tr("Enter your account name."), true);
        m_account->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showMessage(tr("Enter your password."), true);
        m_password->setFocus();
        return;
    }
    showMessage(tr("Checking…"), false);
    setBusy(true);

    // PBKDF2 with a million iterations takes a noticeable moment: the GUI thread stays responsive.
    // The work gets copies only; the result is picked up on the GUI thread.
    const QString dbPath = m_context.dbPath;
    const Clock &clock = m_context.clock;
    m_job = runInBackground(
        this, [dbPath, user, password, &clock](JobControl &) { return Session::open(dbPath, user, password, clock); },
        [this](Result<std::unique_ptr<Session>> outcome) {
            m_job = nullptr;
            setBusy(false);
            m_password->clear();
            if (!outcome) {
                showMessage(outcome.error().message, true);
                m_password->setFocus();
                return;
            }
            // From here on only the GUI thread uses the session (one thread at a time is all it needs).
            std::shared_ptr<Session> session(std::move(outcome).value().release());
            showMessage(QString(), false);
            Q_EMIT unlocked(std::move(session));
        });
}

void UnlockPage::setBusy(bool busy)
{
    m_account->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_button->setEnabled(!busy);
    m_busy->setVisible(busy);
}

void UnlockPage::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Info);
    m_message->setText(text);
}

} // namespace certdesk
