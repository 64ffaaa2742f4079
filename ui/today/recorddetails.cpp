#include "recorddetails.h"

#include "theme/theme.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QString methodText(IdentityMethod m)
{
    switch (m) {
    case IdentityMethod::IdCard:
        return RecordDetails::tr("ID card on the reader");
    case IdentityMethod::SsCard:
        return RecordDetails::tr("Social security card");
    case IdentityMethod::Manual:
        return RecordDetails::tr("Document checked by the clerk");
    }
    return {};
}

QString changeText(const InfoChange &c)
{
    if (c.isEmpty())
        return RecordDetails::tr("None");
    QStringList parts;
    if (!c.address.isNull())
        parts << RecordDetails::tr("Address: %1").arg(c.address);
    if (!c.postcode.isNull())
        parts << RecordDetails::tr("Postcode: %1").arg(c.postcode);
    if (!c.phone.isNull())
        parts << RecordDetails::tr("Phone: %1").arg(c.phone);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

RecordDetails::RecordDetails(QWidget *parent)
    : QFrame(parent), m_placeholder(new QLabel(this)), m_fields(new QWidget(this)),
      m_correct(new QPushButton(tr("Correct… (F7)"), this)), m_reprint(new QPushButton(tr("Reprint form (F8)"), this)),
      m_receipt(new QPushButton(tr("Receipt (Ctrl+Shift+P)"), this))
{
    setObjectName(QStringLiteral("recordDetails"));
    setFrameShape(QFrame::StyledPanel);
    m_placeholder->setText(tr("Select a row and press Enter to see the whole record."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_formNo = addField("detailFormNo", tr("Form number"));
    m_person = addField("detailPerson", tr("Person"));
    m_result = addField("detailResult", tr("Result"));
    m_method = addField("detailMethod", tr("Identity checked by"));
    m_clerk = addField("detailClerk", tr("Clerk (经办人)"));
    m_time = addField("detailTime", tr("Time"));
    m_change = addField("detailChange", tr("Info change"));
    m_remark = addField("detailRemark", tr("Remark"));
    m_correction = addField("detailCorrection", tr("Correction"));
    m_override = addField("detailOverride", tr("Override"));
    QFont key = m_formNo->font();
    key.setPointSizeF(qMax(key.pointSizeF(), 14.0));
    for (QLabel *l : {m_formNo, m_person, m_result})
        l->setFont(key);
    key.setBold(true);
    m_result->setFont(key);

    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_correct->setShortcut(QKeySequence(Qt::Key_F7));
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(tr("Print preview of the stamped form, marked 补打 with today's date (F8 or Ctrl+P)."));
    m_receipt->setObjectName(QStringLiteral("reprintReceiptButton"));
    m_receipt->setToolTip(tr("Print preview of the pensioner's receipt, marked 补打."));
    // Shortcuts owned by the buttons: live only while this page is shown and a record is open, so the
    // counter's F8 (deceased) and Ctrl+P never collide with these.
    for (const QKeySequence &shortcut : {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_P)})
        connect(new QShortcut(shortcut, m_reprint), &QShortcut::activated, m_reprint, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), m_receipt), &QShortcut::activated, m_receipt,
            &QPushButton::click);
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (m_row)
            Q_EMIT reprintRequested();
    });
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        if (m_row)
            Q_EMIT reprintReceiptRequested();
    });
    for (QPushButton *b : {m_correct, m_reprint, m_receipt}) {
        b->setMinimumHeight(40);
        b->setAutoDefault(false);
    }
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (m_row && m_correctAllowed)
            Q_EMIT correctRequested();
    });

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_correct, 0, 0);
    buttons->addWidget(m_reprint, 0, 1);
    buttons->addWidget(m_receipt, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_fields);
    layout->addStretch(0);
    layout->addLayout(buttons);
    clear();
}

QLabel *RecordDetails::addField(const char *objectName, const QString &label)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout *>(m_fields->layout())->addRow(label, value);
    m_values << value;
    return value;
}

void RecordDetails::showRow(const TodayModel::Row &row)
{
    m_row = row;
    const CertificationRecord &r = row.record;
    m_formNo->setText(r.formNo);
    m_person->setText(tr("%1\n%2").arg(row.person.name, row.person.idNo));
    m_result->setText(r.alive ? tr("Alive (健在)") : tr("Deceased (死亡)"));
    theme::setTone(m_result, r.alive ? theme::Tone::Ok : theme::Tone::Error);
    m_method->setText(methodText(r.method));
    m_clerk->setText(tr("%1 (%2)").arg(r.clerkName, r.clerk));
    m_time->setText(r.certifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    m_change->setText(changeText(r.change));
    m_remark->setText(r.remark.isEmpty() ? tr("None") : r.remark);
    m_correction->setText(r.supersedes.isEmpty()
                              ? tr("None")
                              : tr("Replaces record %1\nReason: %2").arg(r.supersedes, r.correctionReason));
    m_override->setText(r.overrideBy.isEmpty() ? tr("None")
                                               : tr("By %1\nReason: %2").arg(r.overrideBy, r.overrideReason));
    m_placeholder->hide();
    m_fields->show();
    m_correct->setEnabled(m_correctAllowed);
    m_reprint->setEnabled(true);
    m_receipt->setEnabled(true);
}

void RecordDetails::setCorrectAllowed(bool allowed)
{
    m_correctAllowed = allowed;
    m_correct->setEnabled(allowed && m_row.has_value());
    m_correct->setToolTip(allowed ? QString() : tr("Your role cannot correct certification records."));
}

void RecordDetails::clear()
{
    m_row.reset();
    for (QLabel *l : m_values)
        l->clear();
    m_fields->hide();
    m_placeholder->show();
    m_correct->setEnabled(false);
    m_reprint->setEnabled(false);
    m_receipt->setEnabled(false);
}

} // namespace certdesk
