#include "centerpage.h"

#include "services/settings.h"
#include "wizardstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace certdesk {

CenterPage::CenterPage(QWidget *parent)
    : QWizardPage(parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_message(wizardstyle::messageLabel(this, "wizCenterMessage"))
{
    setObjectName(QStringLiteral("wizCenterPage"));
    setTitle(wizardstyle::heading(tr("Your service center")));
    setSubTitle(tr("Welcome to CertDesk. These details appear on every receipt and list; an administrator can "
                   "change them later in Settings."));

    const QFont field = wizardstyle::sized(font(), 14);
    m_code->setObjectName(QStringLiteral("wizCenterCode"));
    m_code->setFont(field);
    m_code->setMaxLength(32);
    m_code->setMaximumWidth(wizardstyle::kFieldMaxWidth);
    m_code->setPlaceholderText(tr("e.g. 440106001"));
    m_name->setObjectName(QStringLiteral("wizCenterName"));
    m_name->setFont(field);
    m_name->setMaxLength(100);
    m_name->setMaximumWidth(wizardstyle::kFieldMaxWidth);
    m_name->setPlaceholderText(tr("Full official name of the center"));

    auto *form = new QFormLayout(this);
    form->setVerticalSpacing(14);
    auto *codeLabel = new QLabel(tr("Center &code:"), this);
    codeLabel->setBuddy(m_code);
    auto *nameLabel = new QLabel(tr("Center &name (机构名称):"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(codeLabel, m_code);
    form->addRow(nameLabel, m_name);
    form->addRow(m_message);

    // Editing clears a stale refusal, so the message always matches what is on screen.
    connect(m_code, &QLineEdit::textEdited, m_message, &QLabel::clear);
    connect(m_name, &QLineEdit::textEdited, m_message, &QLabel::clear);
}

void CenterPage::fill(CenterConfig &center) const
{
    center.code = m_code->text().trimmed();
    center.name = m_name->text().trimmed();
}

void CenterPage::setJoined(const QString &code, const QString &name)
{
    m_code->setText(code);
    m_code->setReadOnly(true);
    m_name->setText(name);
    m_message->setText(tr("Joining center %1: its details come from the county.").arg(code));
}

bool CenterPage::validatePage()
{
    // Checked against the defaults of the other pages, so only this page's fields can be refused here.
    CenterConfig center;
    fill(center);
    const Status ok = SettingsService::validate(center);
    m_message->setText(ok ? QString() : ok.error().message);
    if (!ok)
        (m_code->text().trimmed().isEmpty() ? m_code : m_name)->setFocus();
    return ok.ok();
}

} // namespace certdesk
