#include "correctiondialog.h"

#include "services/certification.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

CorrectionDialog::CorrectionDialog(QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_reason(new QLineEdit(this)), m_alive(new QComboBox(this)),
      m_address(new QLineEdit(this)), m_postcode(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_error(new QLabel(this)), m_save(new QPushButton(tr("Save correction (Enter)"), this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct a certification"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);

    QFont key = m_header->font();
    key.setPointSizeF(qMax(key.pointSizeF(), 14.0));
    m_header->setFont(key);
    m_header->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Required: what was wrong with the record"));
    m_alive->setObjectName(QStringLiteral("correctionAlive"));
    m_alive->addItem(tr("Alive (健在)"), true);
    m_alive->addItem(tr("Deceased (死亡)"), false);
    m_address->setObjectName(QStringLiteral("correctionAddress"));
    m_postcode->setObjectName(QStringLiteral("correctionPostcode"));
    m_phone->setObjectName(QStringLiteral("correctionPhone"));
    for (QLineEdit *e : {m_address, m_postcode, m_phone})
        e->setPlaceholderText(tr("Leave empty: unchanged"));
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setWordWrap(true);
    theme::setTone(m_error, theme::Tone::Error);
    m_error->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_reason, m_alive, m_address, m_postcode, m_phone})
        w->setFont(key);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Result"), m_alive);
    form->addRow(tr("New address"), m_address);
    form->addRow(tr("New postcode"), m_postcode);
    form->addRow(tr("New phone"), m_phone);

    m_save->setObjectName(QStringLiteral("correctionSave"));
    m_save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), this);
    cancel->setObjectName(QStringLiteral("correctionCancel"));
    cancel->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    // Only the service decides whether the dialog may close: Save submits, it does not accept().
    connect(m_save, &QPushButton::clicked, this, &CorrectionDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CorrectionDialog::start(Session &session, const TodayModel::Row &row)
{
    m_session = &session;
    m_uuid = row.record.uuid;
    m_header->setText(tr("%1 — %2 (%3)\nRecorded: %4")
                          .arg(row.record.formNo, row.person.name, row.person.idNo,
                               row.record.alive ? tr("Alive (健在)") : tr("Deceased (死亡)")));
    for (QLineEdit *e : {m_reason, m_address, m_postcode, m_phone})
        e->clear();
    m_alive->setCurrentIndex(row.record.alive ? 0 : 1);
    m_error->clear();
    m_error->hide();
    m_reason->setFocus();
}

void CorrectionDialog::abandon()
{
    m_session = nullptr;
    m_uuid.clear();
    m_header->clear();
    for (QLineEdit *e : {m_reason, m_address, m_postcode, m_phone})
        e->clear();
    m_error->clear();
    reject();
}

void CorrectionDialog::submit()
{
    if (!m_session || m_uuid.isEmpty())
        return;
    CorrectionRequest request;
    request.uuid = m_uuid;
    request.reason = m_reason->text();
    request.alive = m_alive->currentData().toBool();
    // An empty field means "not changed" (a null QString); the service validates what was typed.
    const auto changed = [](const QLineEdit *e) { return e->text().trimmed().isEmpty() ? QString() : e->text(); };
    request.change.address = changed(m_address);
    request.change.postcode = changed(m_postcode);
    request.change.phone = changed(m_phone);
    auto result = CertificationService(*m_session).correct(request);
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    const QString uuid = result->uuid;
    m_session = nullptr;
    m_uuid.clear();
    accept();
    Q_EMIT corrected(uuid);
}

} // namespace certdesk
