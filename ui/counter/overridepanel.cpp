#include "overridepanel.h"

#include "counterstyle.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace certdesk {

using namespace counterstyle;

OverridePanel::OverridePanel(QWidget *parent)
    : QFrame(parent), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_title(new QLabel(tr("Supervisor override (death notice)"), this)), m_error(new QLabel(this)),
      m_ok(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    m_user->setObjectName(QStringLiteral("overrideUser"));
    m_password->setObjectName(QStringLiteral("overridePassword"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_ok->setObjectName(QStringLiteral("overrideConfirm"));
    m_cancel->setObjectName(QStringLiteral("overrideCancel"));
    m_user->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setPlaceholderText(tr("Supervisor's account"));
    m_password->setPlaceholderText(tr("Supervisor's password"));
    m_reason->setPlaceholderText(tr("Why the person is certified alive despite the notice"));
    m_ok->setText(tr("Certify alive (Enter)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_error->setWordWrap(false); // one line: the panel's height stays put (the message bar wraps the whole text)
    m_error->setProperty("problem", true); // bold error red (theme)
    for (QWidget *w :
         {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_reason)})
        setPointSize(w, kValuePt - 1);

    setPointSize(m_title, kCaptionPt, true);
    theme::setTone(m_title, theme::Tone::Error);
    // One row under the person (counterlayout.cpp), the title first: the counter fits 1366×728 with the death
    // banner and this panel open (issue 17).
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 4, 14, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_error, 0, 0); // in the title's place while there is one
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_password, 0, 2);
    grid->addWidget(m_reason, 0, 3);
    grid->addWidget(m_cancel, 0, 4);
    grid->addWidget(m_ok, 0, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 5);
    for (QPushButton *b : {m_ok, m_cancel})
        b->setMinimumHeight(m_user->sizeHint().height());
    m_error->hide();
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_reason);

    connect(m_ok, &QPushButton::clicked, this, &OverridePanel::accept);
    connect(m_cancel, &QPushButton::clicked, this, &OverridePanel::reject);
    connect(m_reason, &QLineEdit::returnPressed, this, &OverridePanel::accept);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, m_reason, qOverload<>(&QWidget::setFocus));
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &OverridePanel::reject);
    hide();
}

QString OverridePanel::user() const
{
    return m_user->text().trimmed();
}

QString OverridePanel::password() const
{
    return m_password->text();
}

QString OverridePanel::reason() const
{
    return m_reason->text().trimmed();
}

void OverridePanel::open()
{
    m_error->clear();
    m_error->hide();
    m_title->show();
    show();
    m_user->setFocus(Qt::OtherFocusReason);
}

void OverridePanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_title->setVisible(message.isEmpty());
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

void OverridePanel::clear()
{
    m_password->clear();
    m_user->clear();
    m_reason->clear();
    m_error->clear();
    m_error->hide();
    m_title->show();
    hide();
}

void OverridePanel::accept()
{
    if (!isHidden())
        Q_EMIT submitted();
}

void OverridePanel::reject()
{
    clear();
    Q_EMIT cancelled();
}

} // namespace certdesk
