// CounterPage, the paper flow: registering a paper form the center has no data for (登记纸质认证表), and what
// becomes of the paper after certifying — a 附表1 original is kept (留存), a 附表2 goes back for mailing.

#include "counteractions.h"
#include "counterpage.h"
#include "lookupbar.h"
#include "paperregisterpanel.h"
#include "personpanel.h"
#include "services/paperforms.h"
#include "services/session.h"

#include <QScrollArea>
#include <QStackedWidget>

namespace certdesk {

using namespace counterstyle;

void CounterPage::openRegister()
{
    if (!m_session || (m_visit.form() && !m_visit.done()))
        return;
    const QString formNo = m_visit.missingFormNo().isEmpty() ? m_lookup->formNo() : m_visit.missingFormNo();
    if (m_visit.done())
        nextPerson();
    const std::optional<CardIdentity> &card = m_visit.card();
    const bool fromChip = card && card->method != IdentityMethod::Manual;
    const QString idNo = card ? card->idNo : m_lookup->idText().trimmed();
    m_register->open(formNo, idNo, card ? card->name : QString(), fromChip);
    m_center->setCurrentWidget(m_registerScroll);
    updateButtons();
    say(tr("Type what the paper form says. Tab moves to the next field, Enter registers, Esc cancels."), Tone::Neutral);
}

void CounterPage::closeRegister()
{
    m_register->clear();
    m_center->setCurrentWidget(m_visit.form() ? static_cast<QWidget *>(m_person) : m_hint);
    updateButtons();
    say(tr("Registration cancelled. Nothing was recorded."), Tone::Neutral);
    m_lookup->focusForm();
}

void CounterPage::registerPaper()
{
    if (!m_session)
        return;
    const PaperRegistration registration = m_register->registration();
    const auto problems = checkPaperRegistration(registration, today(), nullptr);
    if (!problems.isEmpty()) {
        m_register->showProblems(problems);
        say(tr("Not registered: %1").arg(problems.first().message), Tone::Refusal);
        return;
    }
    m_register->showProblems({});
    auto form = PaperFormService(*m_session).registerForm(registration);
    if (!form) {
        m_register->showError(form.error().message);
        say(form.error().message, Tone::Refusal);
        return;
    }
    m_register->clear();
    m_visit.registered(form.value());
    m_lookup->setForm(form->form.formNo, form->form.checkCode);
    if (m_lookup->idText().trimmed().toUpper() != form->form.person.idNo)
        m_lookup->setId(form->form.person.idNo); // the identity the registration was made with
    m_visit.identityPresented(form->form.person.idNo, m_visit.method());
    m_person->showForm(*m_visit.form(), today());
    m_person->setPresented(m_lookup->presentedId());
    m_center->setCurrentWidget(m_person);
    updateButtons();
    say(tr("Paper form %1 registered. Compare the photo with the person, then F5 if alive or F8 if deceased.")
            .arg(form->form.formNo),
        Tone::Success);
    m_actions->setFocus(Qt::OtherFocusReason);
    Q_EMIT recordsChanged();
}

QString CounterPage::paperAdvice(const CertificationRecord &record) const
{
    if (record.variant == FormVariant::Mail)
        return tr("Hand the stamped form back to the pensioner to mail it home (请将盖章后的认证表交本人寄回参保地).");
    return tr("Take in the original form and press F7 to confirm it is kept (留存).");
}

void CounterPage::retainOriginal()
{
    if (!m_session || !m_visit.awaitsRetention())
        return;
    const QString uuid = m_visit.record()->uuid;
    if (auto s = PaperFormService(*m_session).confirmRetained(uuid); !s) {
        say(s.error().message, Tone::Refusal);
        return;
    }
    m_visit.paperRetained();
    updateButtons();
    say(tr("The original form is recorded as kept by the center (留存). Press F12 for the next person."),
        Tone::Success);
    Q_EMIT recordsChanged();
}

} // namespace certdesk
