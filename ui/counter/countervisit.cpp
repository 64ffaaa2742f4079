#include "countervisit.h"

namespace certdesk {

CounterVisit::Stage CounterVisit::stage() const
{
    if (!m_form)
        return Stage::Empty;
    if (m_record) {
        const bool paperDone = m_record->variant == FormVariant::Mail ? true : m_retained;
        return paperDone || !m_printed.isEmpty() ? Stage::Finished : Stage::Certified;
    }
    return m_identity ? Stage::IdentityPresented : Stage::FormFound;
}

void CounterVisit::formFound(const FormView &form, const QString &checkCode)
{
    const bool same = m_form && m_form->form.formNo == form.form.formNo;
    if (!same && m_record)
        next(); // a new form after a finished certification belongs to the next person
    if (!same) {
        m_record.reset();
        m_printed.clear();
        m_retained = false;
    }
    m_form = form;
    m_checkCode = checkCode;
    m_missingFormNo.clear();
    m_locked = false;
}

void CounterVisit::formLost(const QString &missingFormNo)
{
    if (m_record)
        next();
    m_form.reset();
    m_checkCode.clear();
    m_missingFormNo = missingFormNo.trimmed();
}

void CounterVisit::identityPresented(const QString &idNo, IdentityMethod method)
{
    m_identity = idNo;
    m_method = method;
}

void CounterVisit::cardPresented(const CardIdentity &card)
{
    if (m_record || (m_card && m_card->idNo != card.idNo && card.method != IdentityMethod::Manual))
        next(); // a new identity after a finished visit, or another person's chip card, starts over
    m_card = card;
    m_identity = card.idNo;
}

void CounterVisit::identityCleared()
{
    m_card.reset();
    m_identity.reset();
    m_method = IdentityMethod::Manual;
}

void CounterVisit::certified(const CertificationRecord &record, const FormView &fresh)
{
    m_record = record;
    m_form = fresh;
    m_identity = record.presentedId.isEmpty() ? m_identity : std::optional<QString>(record.presentedId);
}

void CounterVisit::printed(const QString &key)
{
    m_printed.insert(key);
}

void CounterVisit::paperRetained()
{
    if (awaitsRetention())
        m_retained = true;
}

void CounterVisit::next()
{
    m_form.reset();
    m_checkCode.clear();
    m_missingFormNo.clear();
    m_identity.reset();
    m_card.reset();
    m_method = IdentityMethod::Manual;
    m_record.reset();
    m_printed.clear();
    m_retained = false;
}

void CounterVisit::lock()
{
    next();
    m_locked = true;
}

bool CounterVisit::awaitsRetention() const
{
    return m_record && m_record->variant == FormVariant::Online && !m_retained && !m_record->retainedAt.isValid();
}

bool CounterVisit::returnsForMailing() const
{
    return m_record && m_record->variant == FormVariant::Mail;
}

} // namespace certdesk
