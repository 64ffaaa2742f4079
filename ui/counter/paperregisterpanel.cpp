#include "paperregisterpanel.h"

#include "counterstyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace certdesk {

using namespace counterstyle;

namespace {

constexpr ErrorCode kReplyFields[] = {ErrorCode::PaperReplyAddress, ErrorCode::PaperReplyUnit,
                                      ErrorCode::PaperReplyPostcode, ErrorCode::PaperReplyPhone};

} // namespace

PaperRegisterPanel::PaperRegisterPanel(QWidget *parent)
    : QFrame(parent), m_variant(new QComboBox(this)), m_error(new QLabel(this)), m_ok(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("paperRegister"));
    auto *title = new QLabel(tr("Register a paper form (登记纸质认证表): type what the paper says"), this);
    setPointSize(title, kCaptionPt + 1, true);
    m_grid->setContentsMargins(14, 8, 14, 8);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(3);
    m_grid->addWidget(title, 0, 0, 1, 3);
    int row = 1;
    field(ErrorCode::PaperFormNo, tr("Form number (认证表编号)"), row++);
    m_variant->setObjectName(QStringLiteral("paperVariant"));
    m_variant->addItem(tr("附表1 — online (网上认证), has a check code"), QStringLiteral("online"));
    m_variant->addItem(tr("附表2 — mail-back, has a reply block (回信)"), QStringLiteral("mail"));
    auto *variantLabel = new QLabel(tr("Form type"), this);
    variantLabel->setBuddy(m_variant);
    m_grid->addWidget(variantLabel, row, 0);
    m_grid->addWidget(m_variant, row++, 1);
    field(ErrorCode::PaperCheckCode, tr("Check code (校验码)"), row++);
    field(ErrorCode::PaperIdNo, tr("ID number (公民身份号码)"), row++);
    field(ErrorCode::PaperName, tr("Name (姓名)"), row++);
    field(ErrorCode::PaperAgency, tr("Insured-place agency (参保地社保经办机构)"), row++);
    field(ErrorCode::PaperDue, tr("Due date on the letter (YYYY-MM-DD)"), row++);
    field(ErrorCode::PaperReplyAddress, tr("Reply address (回信地址)"), row++);
    field(ErrorCode::PaperReplyUnit, tr("Unit name (单位名称)"), row++);
    field(ErrorCode::PaperReplyPostcode, tr("Postcode (邮政编码)"), row++);
    field(ErrorCode::PaperReplyPhone, tr("Phone (联系电话)"), row++);
    m_error->setObjectName(QStringLiteral("paperRegisterError"));
    m_error->setWordWrap(true);
    m_error->setProperty("problem", true); // bold error red (theme)
    m_error->hide();
    m_grid->addWidget(m_error, row++, 0, 1, 3);
    m_ok->setObjectName(QStringLiteral("paperRegisterConfirm"));
    m_cancel->setObjectName(QStringLiteral("paperRegisterCancel"));
    m_ok->setText(tr("Register (Enter)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    m_grid->addLayout(buttons, row, 0, 1, 3);
    m_grid->setRowStretch(row + 1, 1); // spare height below the fields, not between them
    m_grid->setColumnStretch(1, 1);

    m_fields.value(ErrorCode::PaperFormNo)->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_fields.value(ErrorCode::PaperDue)->setPlaceholderText(QStringLiteral("2026-06-30"));
    connect(m_variant, &QComboBox::currentIndexChanged, this, &PaperRegisterPanel::variantChanged);
    connect(m_ok, &QPushButton::clicked, this, &PaperRegisterPanel::accept);
    connect(m_cancel, &QPushButton::clicked, this, &PaperRegisterPanel::reject);
    for (QLineEdit *e : std::as_const(m_fields))
        connect(e, &QLineEdit::returnPressed, this, &PaperRegisterPanel::accept);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &PaperRegisterPanel::reject);
    // Tab in the order of the paper (the variant and the buttons were made before the fields).
    QList<QWidget *> chain{m_fields.value(ErrorCode::PaperFormNo), m_variant};
    for (ErrorCode code : {ErrorCode::PaperCheckCode, ErrorCode::PaperIdNo, ErrorCode::PaperName,
                           ErrorCode::PaperAgency, ErrorCode::PaperDue, ErrorCode::PaperReplyAddress,
                           ErrorCode::PaperReplyUnit, ErrorCode::PaperReplyPostcode, ErrorCode::PaperReplyPhone})
        chain << m_fields.value(code);
    chain << m_cancel << m_ok;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    variantChanged();
}

QLineEdit *PaperRegisterPanel::field(ErrorCode code, const QString &label, int row)
{
    const QString key = errorCodeWord(code); // the widgets' names follow the fields' words
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("paper_") + key);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("paperProblem_") + key);
    problem->setProperty("problem", true);
    problem->setWordWrap(true);
    m_grid->addWidget(caption, row, 0);
    m_grid->addWidget(edit, row, 1);
    m_grid->addWidget(problem, row, 2);
    m_grid->setColumnStretch(2, 1);
    m_fields.insert(code, edit);
    m_problems.insert(code, problem);
    return edit;
}

void PaperRegisterPanel::variantChanged()
{
    // 附表1 carries the 校验码 and no 回信 block; 附表2 the other way round. Fields that do not apply are off.
    const bool mail = m_variant->currentData().toString() == QLatin1String("mail");
    m_fields.value(ErrorCode::PaperCheckCode)->setEnabled(!mail);
    if (mail)
        m_fields.value(ErrorCode::PaperCheckCode)->clear();
    for (const ErrorCode code : kReplyFields) {
        QLineEdit *e = m_fields.value(code);
        e->setEnabled(mail);
        if (!mail)
            e->clear();
    }
}

void PaperRegisterPanel::open(const QString &formNo, const QString &idNo, const QString &name, bool identityFromCard)
{
    clear();
    m_fields.value(ErrorCode::PaperFormNo)->setText(formNo);
    m_fields.value(ErrorCode::PaperIdNo)->setText(idNo);
    m_fields.value(ErrorCode::PaperName)->setText(name);
    // A chip read is the identity: it is not retyped (and cannot be typed over here).
    // Read-only fields are left out of Tab, so the clerk goes straight to what is still to type.
    const auto lock = [](QLineEdit *e, bool readOnly) {
        e->setReadOnly(readOnly);
        e->setFocusPolicy(readOnly ? Qt::ClickFocus : Qt::StrongFocus);
    };
    lock(m_fields.value(ErrorCode::PaperIdNo), identityFromCard);
    lock(m_fields.value(ErrorCode::PaperName), identityFromCard && !name.isEmpty());
    (formNo.isEmpty() ? m_fields.value(ErrorCode::PaperFormNo) : static_cast<QWidget *>(m_variant))
        ->setFocus(Qt::OtherFocusReason);
}

PaperRegistration PaperRegisterPanel::registration() const
{
    PaperRegistration r;
    auto text = [this](ErrorCode code) { return m_fields.value(code)->text(); };
    r.formNo = text(ErrorCode::PaperFormNo);
    r.variant = m_variant->currentData().toString() == QLatin1String("mail") ? FormVariant::Mail : FormVariant::Online;
    r.checkCode = text(ErrorCode::PaperCheckCode);
    r.idNo = text(ErrorCode::PaperIdNo);
    r.name = text(ErrorCode::PaperName);
    r.agency = text(ErrorCode::PaperAgency);
    r.due = text(ErrorCode::PaperDue);
    r.reply = {text(ErrorCode::PaperReplyUnit), text(ErrorCode::PaperReplyAddress), text(ErrorCode::PaperReplyPostcode),
               text(ErrorCode::PaperReplyPhone)};
    return r;
}

void PaperRegisterPanel::showProblems(const QList<FieldProblem> &problems)
{
    for (QLabel *l : std::as_const(m_problems))
        l->clear();
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        if (QLabel *l = m_problems.value(p.code))
            l->setText(p.message);
        if (!first)
            first = m_fields.value(p.code);
    }
    m_error->setVisible(!problems.isEmpty());
    m_error->setText(problems.isEmpty() ? QString() : tr("Not registered: correct the fields marked in red."));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void PaperRegisterPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PaperRegisterPanel::clear()
{
    for (QLineEdit *e : std::as_const(m_fields)) {
        e->clear();
        e->setReadOnly(false);
    }
    for (QLabel *l : std::as_const(m_problems))
        l->clear();
    m_variant->setCurrentIndex(0);
    m_error->clear();
    m_error->hide();
}

void PaperRegisterPanel::accept()
{
    Q_EMIT submitted();
}

void PaperRegisterPanel::reject()
{
    clear();
    Q_EMIT cancelled();
}

} // namespace certdesk
