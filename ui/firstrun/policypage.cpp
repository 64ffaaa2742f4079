#include "policypage.h"

#include "services/settings.h"
#include "theme/theme.h"
#include "wizardstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QLineEdit *monthDayEdit(QWidget *parent, const char *objectName, const QString &value)
{
    auto *edit = new QLineEdit(value, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setMaxLength(5);
    edit->setPlaceholderText(QStringLiteral("MM-DD"));
    edit->setFont(wizardstyle::sized(edit->font(), 14));
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00-00")) + 28);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false); // digits and a hyphen only
    return edit;
}

} // namespace

PolicyPage::PolicyPage(std::function<CenterConfig()> config, QWidget *parent)
    : QWizardPage(parent), m_config(std::move(config)), m_policy(new QComboBox(this)), m_policyHint(new QLabel(this)),
      m_message(wizardstyle::messageLabel(this, "wizPolicyMessage"))
{
    setObjectName(QStringLiteral("wizPolicyPage"));
    setTitle(wizardstyle::heading(tr("Certification cycle")));
    setSubTitle(tr("When may a pensioner be certified? Choose what your insuring regions require."));

    const CenterConfig defaults;
    m_policy->setObjectName(QStringLiteral("wizPolicy"));
    m_policy->setFont(wizardstyle::sized(font(), 14));
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_policy->addItem(tr("Fixed yearly window (2012 notice: 1 April – 30 June)"), policyKey(CyclePolicy::Fixed));
    m_policy->addItem(tr("Rolling: once within every 12 months"), policyKey(CyclePolicy::Rolling));
    m_policyHint->setWordWrap(true);
    // Labels with their own style sheet do not follow the wizard's font: give it explicitly.
    m_policyHint->setFont(wizardstyle::sized(font(), 13));
    theme::setTone(m_policyHint, theme::Tone::Muted);
    m_windowStart = monthDayEdit(this, "wizWindowStart", defaults.windowStart);
    m_windowEnd = monthDayEdit(this, "wizWindowEnd", defaults.windowEnd);

    auto *window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_windowEnd);
    window->addWidget(new QLabel(tr("(MM-DD, every year)"), this));
    window->addStretch(1);

    auto *cycle = new QFormLayout;
    auto *policyLabel = new QLabel(tr("&Policy:"), this);
    policyLabel->setBuddy(m_policy);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_windowStart);
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy);
    policyRow->addStretch(1);
    cycle->addRow(policyLabel, policyRow);
    cycle->addRow(QString(), m_policyHint);
    cycle->addRow(windowLabel, window);

    auto *details = new QGroupBox(tr("Institution details for the 附件2 list — optional"), this);
    details->setMaximumWidth(wizardstyle::kFieldMaxWidth + 260);
    auto *detailForm = new QFormLayout(details);
    m_address = addDetail("wizAddress", 200);
    m_contact = addDetail("wizContact", 50);
    m_department = addDetail("wizDepartment", 100);
    m_title = addDetail("wizTitle", 50);
    m_phone = addDetail("wizPhone", 30);
    m_phone->setAttribute(Qt::WA_InputMethodEnabled, false);
    detailForm->addRow(tr("Address (地址):"), m_address);
    detailForm->addRow(tr("Contact person (联系人):"), m_contact);
    detailForm->addRow(tr("Department (部门):"), m_department);
    detailForm->addRow(tr("Job title (职务):"), m_title);
    detailForm->addRow(tr("Phone (联系电话):"), m_phone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cycle);
    layout->addSpacing(8);
    layout->addWidget(details);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &PolicyPage::onPolicyChanged);
    for (QLineEdit *edit : {m_windowStart, m_windowEnd, m_phone})
        connect(edit, &QLineEdit::textEdited, m_message, &QLabel::clear);
    onPolicyChanged();
}

QLineEdit *PolicyPage::addDetail(const char *objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setMaxLength(maxLength);
    edit->setMaximumWidth(wizardstyle::kFieldMaxWidth);
    return edit;
}

void PolicyPage::onPolicyChanged()
{
    CyclePolicy policy = CyclePolicy::Fixed;
    policyFromKey(m_policy->currentData().toString(), &policy);
    const bool fixed = policy == CyclePolicy::Fixed;
    // The dates stay editable under the rolling rule: they are still stored (and checked), merely unused.
    m_policyHint->setText(fixed ? tr("Everyone is certified once a year between the two dates below.")
                                : tr("Each pensioner may be certified in the 12 months up to the due date on "
                                     "their form; the dates below are not used."));
}

void PolicyPage::fill(CenterConfig &center) const
{
    policyFromKey(m_policy->currentData().toString(), &center.policy);
    center.windowStart = m_windowStart->text().trimmed();
    center.windowEnd = m_windowEnd->text().trimmed();
    center.address = m_address->text().trimmed();
    center.contact = m_contact->text().trimmed();
    center.department = m_department->text().trimmed();
    center.title = m_title->text().trimmed();
    center.phone = m_phone->text().trimmed();
}

void PolicyPage::load(const CenterConfig &center)
{
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(policyKey(center.policy))));
    m_windowStart->setText(center.windowStart);
    m_windowEnd->setText(center.windowEnd);
    m_address->setText(center.address);
    m_contact->setText(center.contact);
    m_department->setText(center.department);
    m_title->setText(center.title);
    m_phone->setText(center.phone);
    onPolicyChanged();
}

bool PolicyPage::validatePage()
{
    const Status ok = SettingsService::validate(m_config());
    m_message->setText(ok ? QString() : ok.error().message);
    // The cursor goes to the field in error; the center's name and code are on the page before this one.
    if (!ok && ok.error().field == ErrorField::Window)
        m_windowStart->setFocus();
    else if (!ok && ok.error().field == ErrorField::Phone)
        m_phone->setFocus();
    return ok.ok();
}

} // namespace certdesk
