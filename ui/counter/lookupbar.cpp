#include "lookupbar.h"

#include "counterstyle.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace certdesk {

using namespace counterstyle;

namespace {

QLineEdit *scannerField(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    // Scanner input must reach the field as plain keys, never through a Chinese input method.
    e->setAttribute(Qt::WA_InputMethodEnabled, false);
    setPointSize(e, kInputPt);
    return e;
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    setPointSize(l, kCaptionPt, true);
    theme::setTone(l, theme::Tone::Muted);
    return l;
}

} // namespace

LookupBar::LookupBar(std::function<QDate()> today, QWidget *parent)
    : QWidget(parent), m_today(std::move(today)), m_form(scannerField("formInput", this)),
      m_checkCode(scannerField("checkCodeInput", this)), m_lookup(new QPushButton(this)),
      m_id(scannerField("idInput", this)), m_idProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("lookupBar"));
    m_form->setPlaceholderText(tr("Scan or type"));
    m_form->setMaxLength(64);
    m_checkCode->setMaxLength(32);
    m_id->setPlaceholderText(tr("Scan or type"));
    m_id->setMaxLength(24);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setText(tr("Look up (Enter)"));
    m_lookup->setAutoDefault(false);
    m_lookup->setMinimumHeight(40);
    m_idProblem->setObjectName(QStringLiteral("idProblem"));
    m_idProblem->setWordWrap(true);
    setPointSize(m_idProblem, kCaptionPt + 0.5);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(caption(tr("Form number (认证表编号)"), m_form, this), 0, 0);
    grid->addWidget(caption(tr("Check code (校验码)"), m_checkCode, this), 0, 1);
    grid->addWidget(caption(tr("ID number presented (公民身份号码)"), m_id, this), 0, 3);
    grid->addWidget(m_form, 1, 0);
    grid->addWidget(m_checkCode, 1, 1);
    grid->addWidget(m_lookup, 1, 2);
    grid->addWidget(m_id, 1, 3);
    grid->addWidget(m_idProblem, 1, 4);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 4);
    grid->setColumnStretch(4, 3);
    grid->setColumnMinimumWidth(2, 120);
    setTabOrder(m_form, m_checkCode);
    setTabOrder(m_checkCode, m_id);

    connect(m_form, &QLineEdit::returnPressed, this, &LookupBar::onFormReturn);
    connect(m_checkCode, &QLineEdit::returnPressed, this, &LookupBar::formLookupRequested);
    connect(m_lookup, &QPushButton::clicked, this, &LookupBar::formLookupRequested);
    connect(m_id, &QLineEdit::returnPressed, this, [this] {
        showIdProblem(true);
        Q_EMIT idEntered();
    });
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        showIdProblem(false);
        Q_EMIT idChanged();
    });
}

QString LookupBar::formNo() const
{
    return m_form->text().trimmed();
}

QString LookupBar::checkCode() const
{
    return m_checkCode->text().trimmed();
}

QString LookupBar::idText() const
{
    return m_id->text().trimmed();
}

std::optional<CitizenId> LookupBar::presentedId() const
{
    auto id = parseCitizenId(idText(), m_today());
    if (!id)
        return std::nullopt;
    return id.value();
}

void LookupBar::setForm(const QString &formNo, const QString &checkCode)
{
    m_form->setText(formNo);
    m_checkCode->setText(checkCode);
}

void LookupBar::askCheckCode(const QString &formNo)
{
    m_form->setText(formNo);
    m_checkCode->clear();
    focusCheckCode();
}

void LookupBar::setId(const QString &id)
{
    m_id->setText(id);
}

void LookupBar::focusForm()
{
    m_form->setFocus(Qt::OtherFocusReason);
    m_form->selectAll();
}

void LookupBar::focusCheckCode()
{
    m_checkCode->setFocus(Qt::OtherFocusReason);
    m_checkCode->selectAll();
}

void LookupBar::focusId()
{
    m_id->setFocus(Qt::OtherFocusReason);
    m_id->selectAll();
}

void LookupBar::clear()
{
    m_form->clear();
    m_checkCode->clear();
    m_id->clear();
    m_idProblem->clear();
}

void LookupBar::onFormReturn()
{
    // A mail-back form (附表2) may carry no check code: Enter in an empty check-code field still looks up,
    // so the form field only moves on to it.
    if (checkCode().isEmpty() && !formNo().isEmpty())
        focusCheckCode();
    else
        Q_EMIT formLookupRequested();
}

void LookupBar::showIdProblem(bool entered)
{
    const QString text = idText();
    if (text.isEmpty()) {
        m_idProblem->clear();
        return;
    }
    auto id = parseCitizenId(text, m_today());
    if (id) {
        theme::setTone(m_idProblem, theme::Tone::Ok);
        m_idProblem->setText(tr("✓ Valid ID number"));
        return;
    }
    // While digits are still coming, count them instead of flashing an error at every key; Enter shows why.
    const bool stillTyping = text.size() < 18 && id.error().code != ErrorCode::IdCharacter;
    if (stillTyping && !entered) {
        theme::setTone(m_idProblem, theme::Tone::Muted);
        m_idProblem->setText(tr("%1 of 18 characters").arg(text.size()));
        return;
    }
    theme::setTone(m_idProblem, theme::Tone::Error, theme::Shape::Box);
    m_idProblem->setText(id.error().message);
}

} // namespace certdesk
