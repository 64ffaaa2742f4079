#include "centertab.h"

#include "core/workstationsettings.h"
#include "services/session.h"
#include "services/settings.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    return e;
}

} // namespace

CenterTab::CenterTab(Session &session, WorkstationSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_code(lineEdit(this, "setCode")),
      m_name(lineEdit(this, "setName")), m_address(lineEdit(this, "setAddress")),
      m_contact(lineEdit(this, "setContact")), m_department(lineEdit(this, "setDepartment")),
      m_title(lineEdit(this, "setTitle")), m_phone(lineEdit(this, "setPhone")), m_policy(new QComboBox(this)),
      m_windowStart(lineEdit(this, "setWindowStart")), m_windowEnd(lineEdit(this, "setWindowEnd")),
      m_idle(new QSpinBox(this)), m_printer(lineEdit(this, "setPrinter")), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("centerTab"));
    m_code->setReadOnly(true);
    m_code->setFocusPolicy(Qt::ClickFocus); // nothing to type there: Tab starts at the name
    m_code->setToolTip(tr("The center code is fixed when the database is created."));
    m_policy->setObjectName(QStringLiteral("setPolicy"));
    // The long item text must not squeeze the center's details column.
    m_policy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policy->setMinimumContentsLength(16);
    m_policy->addItem(tr("Fixed window every year"), policyKey(CyclePolicy::Fixed));
    m_policy->addItem(tr("Rolling: once within 12 months before the due date"), policyKey(CyclePolicy::Rolling));
    for (QLineEdit *e : {m_windowStart, m_windowEnd}) {
        e->setPlaceholderText(tr("MM-DD"));
        e->setMaxLength(5);
        e->setMaximumWidth(110);
    }
    m_idle->setObjectName(QStringLiteral("setIdleMinutes"));
    m_idle->setRange(1, 120);
    m_idle->setSuffix(tr(" min"));
    m_idle->setMaximumWidth(140);
    m_printer->setPlaceholderText(tr("Printer name (empty: the system default)"));
    m_printer->setToolTip(tr("Preselected in the print dialogs; the printer last chosen there is remembered here."));
    // The printers this PC knows, offered as the name is typed.
    m_printer->setCompleter(new QCompleter(QPrinterInfo::availablePrinterNames(), m_printer));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    // The window only applies to the fixed policy; under the rolling one each form's due date decides.
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        const bool fixed = m_policy->currentData().toString() == policyKey(CyclePolicy::Fixed);
        m_windowStart->setEnabled(fixed);
        m_windowEnd->setEnabled(fixed);
    });

    auto *details = new QGroupBox(tr("Service center (附件2)"), this);
    auto *detailForm = new QFormLayout(details);
    detailForm->addRow(tr("Center code"), m_code);
    detailForm->addRow(tr("Name (机构名称)"), m_name);
    detailForm->addRow(tr("Office address (办公地址)"), m_address);
    detailForm->addRow(tr("Contact person (联系人)"), m_contact);
    detailForm->addRow(tr("Department (所在部门)"), m_department);
    detailForm->addRow(tr("Position (职务)"), m_title);
    detailForm->addRow(tr("Phone (联系电话)"), m_phone);

    auto *rules = new QGroupBox(tr("Certification and this desk"), this);
    auto *ruleForm = new QFormLayout(rules);
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_windowEnd);
    window->addStretch(1);
    ruleForm->addRow(tr("Cycle policy"), m_policy);
    ruleForm->addRow(tr("Window (fixed policy)"), window);
    ruleForm->addRow(tr("Lock after idle"), m_idle);
    ruleForm->addRow(tr("Default printer"), m_printer);

    auto *saveButton = new QPushButton(tr("Save (Ctrl+S)"), this);
    saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &CenterTab::save);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(saveButton);

    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 1);
    columns->addWidget(rules, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addLayout(bottom);
    load();
}

void CenterTab::load()
{
    const CenterConfig &c = m_session.center();
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_address->setText(c.address);
    m_contact->setText(c.contact);
    m_department->setText(c.department);
    m_title->setText(c.title);
    m_phone->setText(c.phone);
    m_policy->setCurrentIndex(m_policy->findData(policyKey(c.policy)));
    m_windowStart->setText(c.windowStart);
    m_windowEnd->setText(c.windowEnd);
    m_idle->setValue(c.idleLockMinutes);
    m_printer->setText(m_settings.printer());
    m_message->clear();
}

bool CenterTab::save()
{
    CenterConfig c = m_session.center();
    c.name = m_name->text().trimmed();
    c.address = m_address->text().trimmed();
    c.contact = m_contact->text().trimmed();
    c.department = m_department->text().trimmed();
    c.title = m_title->text().trimmed();
    c.phone = m_phone->text().trimmed();
    policyFromKey(m_policy->currentData().toString(), &c.policy);
    c.windowStart = m_windowStart->text().trimmed();
    c.windowEnd = m_windowEnd->text().trimmed();
    c.idleLockMinutes = m_idle->value();
    if (auto s = SettingsService(m_session).saveCenter(c); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    m_settings.setPrinter(m_printer->text());
    showMessage(tr("Saved."), false);
    return true;
}

void CenterTab::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->setText(text);
}

} // namespace certdesk
