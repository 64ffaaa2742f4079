#include "personpanel.h"

#include "counterstyle.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

namespace {

QString sexText(QChar sex)
{
    if (sex == QLatin1Char('M'))
        return PersonPanel::tr("Male (男)");
    if (sex == QLatin1Char('F'))
        return PersonPanel::tr("Female (女)");
    return QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

PersonPanel::PersonPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("personPanel"));
    m_death = value("deathWarning", kValuePt + 1, true);
    theme::setTone(m_death, theme::Tone::Death);
    m_death->setMargin(6);
    m_death->setWordWrap(true);
    m_death->hide();
    m_name = value("formName", kNamePt, true);
    m_idNo = value("formIdNo", kIdPt, true);
    m_sex = value("formSex");
    m_birth = value("formBirth");
    m_personNo = value("formPersonNo");
    m_variant = value("formVariant");
    m_address = value("formAddress");
    m_address->setWordWrap(true);
    m_postcode = value("formPostcode");
    m_phone = value("formPhone");
    m_agency = value("formAgency");
    m_agency->setWordWrap(true);
    m_due = value("formDue");
    m_window = value("formWindow");
    m_status = value("formStatus", kValuePt, true);
    m_presentedId = value("presentedId", kIdPt - 1, true);
    m_presentedSex = value("presentedSex");
    m_presentedBirth = value("presentedBirth");
    m_verdict = value("idVerdict", kValuePt);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);

    // Caption above value, in cells: compact enough for the death banner and the change panel to fit
    // at 1366x768, and captions never get cut.
    auto *formBox = new QFrame(this);
    formBox->setObjectName(QStringLiteral("formBox"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    addCell(grid, 0, 0, tr("Name (姓名)"), m_name, 2);
    addCell(grid, 0, 2, tr("ID number (公民身份号码)"), m_idNo, 2);
    addCell(grid, 1, 0, tr("Sex (性别)"), m_sex);
    addCell(grid, 1, 1, tr("Born (出生年月)"), m_birth);
    addCell(grid, 1, 2, tr("Person no. (个人编号)"), m_personNo);
    addCell(grid, 1, 3, tr("Form type (认证表类型)"), m_variant);
    addCell(grid, 2, 0, tr("Address (现居住地址)"), m_address, 3);
    addCell(grid, 2, 3, tr("Postcode (邮政编码)"), m_postcode);
    addCell(grid, 3, 0, tr("Phone (联系电话)"), m_phone);
    addCell(grid, 3, 1, tr("Insured at (参保地经办机构)"), m_agency, 2);
    addCell(grid, 3, 3, tr("Due (认证截止日期)"), m_due);
    addCell(grid, 4, 0, tr("Certification window"), m_window, 2);
    // The status shares the window's row (a row less: the death banner and the override fit at 1366×728).
    m_status->setWordWrap(true);
    grid->addWidget(m_status, 4, 2, 1, 2, Qt::AlignBottom);
    for (int col = 0; col < 4; ++col)
        grid->setColumnStretch(col, 1);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(16, 10, 16, 12);
    formLayout->setSpacing(8);
    formLayout->addLayout(grid);
    formLayout->addStretch(1);

    auto *presentedBox = new QFrame(this);
    presentedBox->setObjectName(QStringLiteral("presentedBox"));
    auto *side = new QVBoxLayout(presentedBox);
    side->setContentsMargins(16, 12, 16, 12);
    side->setSpacing(6);
    side->addWidget(caption(tr("ID presented (所持证件)")));
    side->addWidget(m_presentedId);
    auto *derived = new QGridLayout;
    derived->setHorizontalSpacing(12);
    derived->addWidget(caption(tr("Sex (性别)")), 0, 0);
    derived->addWidget(m_presentedSex, 0, 1);
    derived->addWidget(caption(tr("Born (出生年月)")), 1, 0);
    derived->addWidget(m_presentedBirth, 1, 1);
    derived->setColumnStretch(1, 1);
    side->addLayout(derived);
    side->addSpacing(8);
    side->addWidget(m_verdict);
    side->addStretch(1);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(formBox, 1);
    row->addWidget(presentedBox);
    presentedBox->setFixedWidth(340);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);
    outer->addWidget(m_death);
    outer->addLayout(row, 1);
    clear();
}

QLabel *PersonPanel::value(const char *name, qreal pt, bool bold)
{
    auto *l = new QLabel(this);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPointSize(l, pt > 0 ? pt : kValuePt, bold);
    return l;
}

QLabel *PersonPanel::caption(const QString &text)
{
    auto *l = new QLabel(text, this);
    setPointSize(l, kCaptionPt);
    theme::setTone(l, theme::Tone::Muted);
    return l;
}

void PersonPanel::addCell(QGridLayout *grid, int row, int col, const QString &text, QLabel *value, int span)
{
    auto *cell = new QVBoxLayout;
    cell->setSpacing(0);
    cell->addWidget(caption(text));
    cell->addWidget(value);
    grid->addLayout(cell, row, col, 1, span, Qt::AlignTop);
}

void PersonPanel::showForm(const FormView &view, const QDate &today)
{
    const Form &f = view.form;
    const Person &p = f.person;
    m_hasForm = true;
    m_formId = p.idNo;
    m_formSex = p.sex;
    m_formBirth = p.birth;
    m_name->setText(p.name);
    m_idNo->setText(p.idNo);
    m_sex->setText(sexText(p.sex));
    m_birth->setText(p.birth);
    m_personNo->setText(p.personNo);
    m_variant->setText(f.variant == FormVariant::Mail ? tr("Mail-back (附表2)") : tr("Online (附表1)"));
    m_address->setText(p.address);
    m_postcode->setText(p.postcode);
    m_phone->setText(p.phone);
    m_agency->setText(f.insuredAgency);
    m_due->setText(dateText(f.dueDate));
    m_window->setText(tr("%1 – %2").arg(dateText(view.window.from), dateText(view.window.to)));
    mark(m_window, !view.window.contains(today));

    if (view.death) {
        m_death->setText(tr("⚠ DEATH NOTICE: died %1 (reported by %2). Check the person in front of you.")
                             .arg(dateText(view.death->deathDate), view.death->source));
        m_death->show();
    } else {
        m_death->clear();
        m_death->hide();
    }

    if (view.current) {
        const CertificationRecord &r = *view.current;
        const QString what = r.alive ? tr("✓ CERTIFIED ALIVE (健在)") : tr("✓ CERTIFIED DECEASED (不健在)");
        m_status->setText(tr("%1 · %2 · %3 · %4").arg(what).arg(r.cycle).arg(dateText(r.localDate), r.clerkName));
        setTone(m_status, r.alive ? Tone::Success : Tone::Warning);
    } else if (!view.window.contains(today)) {
        m_status->setText(tr("Not certified for %1; today is outside its window.").arg(f.cycle));
        setTone(m_status, Tone::Warning);
    } else {
        m_status->setText(tr("Not yet certified for %1").arg(f.cycle));
        setTone(m_status, Tone::Neutral);
    }
    compare();
}

void PersonPanel::setPresented(const std::optional<CitizenId> &id)
{
    m_presented = id;
    if (id) {
        m_presentedId->setText(id->id);
        m_presentedSex->setText(sexText(id->sex));
        m_presentedBirth->setText(id->birth.toString(QStringLiteral("yyyy-MM")));
    } else {
        m_presentedId->clear();
        m_presentedSex->clear();
        m_presentedBirth->clear();
    }
    compare();
}

bool PersonPanel::idMismatch() const
{
    return m_hasForm && m_presented && m_presented->id != m_formId;
}

void PersonPanel::compare()
{
    const bool both = m_hasForm && m_presented;
    const bool idDiffers = both && m_presented->id != m_formId;
    const bool sexDiffers = both && m_presented->sex != m_formSex;
    const bool birthDiffers = both && m_presented->birth.toString(QStringLiteral("yyyy-MM")) != m_formBirth;
    mark(m_idNo, idDiffers);
    mark(m_presentedId, idDiffers);
    mark(m_sex, sexDiffers);
    mark(m_presentedSex, sexDiffers);
    mark(m_birth, birthDiffers);
    mark(m_presentedBirth, birthDiffers);
    if (!m_hasForm && !m_presented) {
        m_verdict->clear();
        clearTone(m_verdict);
    } else if (!m_presented) {
        m_verdict->setText(tr("Scan or type the ID number of the card presented."));
        setTone(m_verdict, Tone::Neutral);
    } else if (!m_hasForm) {
        m_verdict->setText(tr("No form loaded yet: scan the form."));
        setTone(m_verdict, Tone::Neutral);
    } else if (idDiffers) {
        m_verdict->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(tr("✗ NOT the ID number on this form"), tr("Do not certify.")));
        setTone(m_verdict, Tone::Refusal);
    } else {
        m_verdict->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(tr("✓ Same ID number as on the form"), tr("Compare the photo with the person.")));
        setTone(m_verdict, Tone::Success);
    }
}

void PersonPanel::mark(QLabel *label, bool mismatch)
{
    // Drawn by the theme from the property, which tests and accessibility tools read too: not colour alone.
    label->setProperty("mismatch", mismatch);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void PersonPanel::clear()
{
    m_hasForm = false;
    m_formId.clear();
    m_formSex = QChar();
    m_formBirth.clear();
    m_presented.reset();
    for (QLabel *l :
         {m_death, m_name, m_idNo, m_sex, m_birth, m_personNo, m_variant, m_address, m_postcode, m_phone, m_agency,
          m_due, m_window, m_status, m_presentedId, m_presentedSex, m_presentedBirth, m_verdict}) {
        l->clear();
        clearTone(l);
        l->setProperty("mismatch", false);
    }
    theme::setTone(m_death, theme::Tone::Death);
    m_death->setMargin(6);
    m_death->hide();
}

} // namespace certdesk
