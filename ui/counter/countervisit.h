#pragma once

#include "devices/identitysource.h"
#include "domain/certification.h"
#include "services/certification.h"

#include <QSet>
#include <QString>

#include <optional>

namespace certdesk {

// The visit of one person at the counter, without widgets: CounterPage feeds it events and renders its state.
//
//   Empty ──scan/lookup/register──▶ FormFound ──card/ID──▶ IdentityPresented ──certify──▶ Certified
//     ▲                                                                                      │ print / retain
//     └────────────────────────── next / lock (every personal datum dropped) ◀── Finished ◀──┘
//
// An identity may also come first (card laid on the reader before the form is scanned): the stage then stays
// Empty until the form is found, and goes straight to IdentityPresented. A form number the center has no data for
// is remembered (missingFormNo) so the clerk can register the paper form (登记纸质认证表).
class CounterVisit
{
public:
    enum class Stage
    {
        Empty,
        FormFound,
        IdentityPresented,
        Certified,
        Finished // the paper is dealt with: printed onto, kept (附表1) or handed back for mailing (附表2)
    };

    Stage stage() const;

    // --- events ---
    // A lookup (scan, typed number, ID list) or a registration found the form; the same form again keeps the visit.
    void formFound(const FormView &form, const QString &checkCode);
    // The form number was not found (or another form is being looked for): the form goes, the identity stays.
    void formLost(const QString &missingFormNo = QString());
    // A registration of the paper form: the visit continues with it as if it had been found.
    void registered(const FormView &form) { formFound(form, form.form.checkCode); }
    // An identity was presented: a valid ID number, and how it was checked (a chip read, or by eye).
    void identityPresented(const QString &idNo, IdentityMethod method);
    void cardPresented(const CardIdentity &card);
    void identityCleared(); // the clerk typed over the number: compared by eye from now on
    void setMethod(IdentityMethod method) { m_method = method; }
    // A certification was recorded; `fresh` is the form as now stored.
    void certified(const CertificationRecord &record, const FormView &fresh);
    // A document of the current record was printed (key = "form:UUID", "receipt:UUID", "overlay:UUID").
    void printed(const QString &key);
    void paperRetained();
    void next();
    void lock();

    // --- state ---
    bool isEmpty() const { return stage() == Stage::Empty && !m_identity && !m_card; }
    const std::optional<FormView> &form() const { return m_form; }
    QString checkCode() const { return m_checkCode; }
    bool done() const { return m_record.has_value(); } // certified during this visit
    const std::optional<CertificationRecord> &record() const { return m_record; }
    IdentityMethod method() const { return m_method; }
    const std::optional<CardIdentity> &card() const { return m_card; }
    QString presentedId() const { return m_identity.value_or(QString()); }
    QString missingFormNo() const { return m_missingFormNo; }
    bool locked() const { return m_locked; }
    // The first print of a document of a certification made at this visit is the original; anything else 补打.
    bool isReprint(const QString &key) const { return !done() || m_printed.contains(key); }
    // A 附表1 certified at this visit whose original has not been confirmed as kept.
    bool awaitsRetention() const;
    // A 附表2 certified at this visit: the stamped form goes back to the pensioner for mailing.
    bool returnsForMailing() const;

private:
    std::optional<FormView> m_form;
    QString m_checkCode;
    QString m_missingFormNo;
    std::optional<QString> m_identity;
    std::optional<CardIdentity> m_card;
    IdentityMethod m_method = IdentityMethod::Manual;
    std::optional<CertificationRecord> m_record;
    QSet<QString> m_printed;
    bool m_retained = false;
    bool m_locked = false;
};

} // namespace certdesk
