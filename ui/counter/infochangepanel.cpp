#include "infochangepanel.h"

#include "counterstyle.h"
#include "domain/citizenid.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace certdesk {

using namespace counterstyle;

namespace {

// Digits (and phone hyphens) still coming in: a count, not an error yet.
bool incomplete(const QString &text, int complete, bool hyphens)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9-]*$"));
    return text.size() < complete && (hyphens ? phoneChars : digits).match(text).hasMatch();
}

} // namespace

InfoChangePanel::InfoChangePanel(QWidget *parent)
    : QFrame(parent), m_address(field("newAddress", tr("Only if it changed"))),
      m_postcode(field("newPostcode", tr("6 digits"))), m_phone(field("newPhone", tr("Mobile or landline"))),
      m_postcodeProblem(problemLabel("newPostcodeProblem")), m_phoneProblem(problemLabel("newPhoneProblem"))
{
    setObjectName(QStringLiteral("infoChangePanel"));
    // Addresses are typed in Chinese; the postcode and phone are digits only.
    m_postcode->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_phone->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_postcode->setMaxLength(6);
    m_phone->setMaxLength(20);
    m_address->setMaxLength(120);

    // One row of fields under the person (counterlayout.cpp). A problem shows beside its field's caption, not in a
    // row of its own: the counter's height never changes while the clerk types (1366×728, issue 17).
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 4, 14, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const auto addCaption = [this, grid](const QString &text, QWidget *buddy, QLabel *problem, int col) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        setPointSize(l, kCaptionPt, true);
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        row->addWidget(l);
        if (problem) {
            problem->setWordWrap(false);
            row->addWidget(problem, 1);
        } else {
            row->addStretch(1);
        }
        grid->addLayout(row, 1, col);
    };
    addCaption(tr("New address (现居住地址)"), m_address, nullptr, 0);
    addCaption(tr("New postcode (邮政编码)"), m_postcode, m_postcodeProblem, 1);
    addCaption(tr("New phone (联系电话)"), m_phone, m_phoneProblem, 2);
    grid->addWidget(m_address, 2, 0);
    grid->addWidget(m_postcode, 2, 1);
    grid->addWidget(m_phone, 2, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    setTabOrder(m_address, m_postcode);
    setTabOrder(m_postcode, m_phone);
    for (QLineEdit *e : {m_address, m_postcode, m_phone})
        connect(e, &QLineEdit::textChanged, this, &InfoChangePanel::validate);
    hide();
}

QLineEdit *InfoChangePanel::field(const char *name, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    setPointSize(e, kValuePt);
    return e;
}

QLabel *InfoChangePanel::problemLabel(const char *name)
{
    auto *l = new QLabel(this);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    setPointSize(l, kCaptionPt);
    return l;
}

void InfoChangePanel::open()
{
    show();
    m_address->setFocus(Qt::ShortcutFocusReason);
}

InfoChange InfoChangePanel::change() const
{
    InfoChange c;
    if (const QString a = m_address->text().trimmed(); !a.isEmpty())
        c.address = a;
    if (const QString p = m_postcode->text().trimmed(); !p.isEmpty())
        c.postcode = p;
    if (const QString p = m_phone->text().trimmed(); !p.isEmpty())
        c.phone = p;
    return c;
}

QString InfoChangePanel::problem(QWidget **fieldOut) const
{
    const InfoChange c = change();
    if (!c.postcode.isNull())
        if (auto s = validatePostcode(c.postcode); !s) {
            if (fieldOut)
                *fieldOut = m_postcode;
            return s.error().message;
        }
    if (!c.phone.isNull())
        if (auto s = validatePhone(c.phone); !s) {
            if (fieldOut)
                *fieldOut = m_phone;
            return s.error().message;
        }
    return QString();
}

void InfoChangePanel::validate()
{
    // state: 0 nothing typed, 1 acceptable, 2 still being typed, 3 a problem.
    const auto show = [](QLabel *label, int state, const QString &text) {
        static const theme::Tone tones[] = {theme::Tone::None, theme::Tone::Ok, theme::Tone::Muted, theme::Tone::None};
        // A refusal (not a hint while typing) is marked by a property the theme draws in bold red, and tests and
        // accessibility tools read: not colour alone.
        label->setProperty("problem", state == 3);
        theme::setTone(label, tones[state]);
        label->setText(text);
    };
    const QString postcode = m_postcode->text().trimmed();
    if (postcode.isEmpty())
        show(m_postcodeProblem, 0, QString());
    else if (auto s = validatePostcode(postcode); s)
        show(m_postcodeProblem, 1, tr("✓ Postcode"));
    else if (incomplete(postcode, 6, false))
        show(m_postcodeProblem, 2, tr("%1 of 6 digits").arg(postcode.size()));
    else
        show(m_postcodeProblem, 3, s.error().message);

    const QString phone = m_phone->text().trimmed();
    if (phone.isEmpty())
        show(m_phoneProblem, 0, QString());
    else if (auto s = validatePhone(phone); s)
        show(m_phoneProblem, 1, tr("✓ Phone number"));
    else if (incomplete(phone, 11, true))
        show(m_phoneProblem, 2, tr("Mobile: 11 digits; landline: area code + number"));
    else
        show(m_phoneProblem, 3, s.error().message);
}

void InfoChangePanel::clear()
{
    for (QLineEdit *e : {m_address, m_postcode, m_phone})
        e->clear();
    for (QLabel *l : {m_postcodeProblem, m_phoneProblem}) {
        l->clear();
        l->setProperty("problem", false);
    }
    const bool wasVisible = !isHidden();
    hide();
    if (wasVisible)
        Q_EMIT closed();
}

} // namespace certdesk
