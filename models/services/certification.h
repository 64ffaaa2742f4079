#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "domain/center.h"
#include "domain/certification.h"
#include "domain/types.h"
#include "store/deskstore.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace certdesk {

class Session;
struct StoredForm;

// What the counter shows about one pending form.
struct FormView
{
    qint64 id = 0;
    Form form;
    bool certified = false; // a current record exists for the form's cycle
    std::optional<CertificationRecord> current;
    std::optional<DeathNotice> death;       // the person is on the shared 死亡人员 list
    std::optional<ElsewhereNote> elsewhere; // certified at another center of the county this cycle (county notice)
    std::optional<DeskRecordRow> otherDesk; // certified at another desk of this center this cycle (pulled record)
    DateWindow window;
    bool paper = false; // registered at the counter from the paper original (登记纸质认证表)
};

// Proof that a supervisor's password opened their key slot: the slow part of an override (PBKDF2, about a second),
// made by CertificationService::approveOverride off the GUI thread. Nothing else can make one.
class OverrideApproval
{
public:
    const QString &supervisor() const { return m_supervisor; }

private:
    friend class CertificationService;
    explicit OverrideApproval(QString supervisor) : m_supervisor(std::move(supervisor)) {}
    QString m_supervisor;
};

struct CertifyRequest
{
    QString formNo;
    QString checkCode;
    QString presentedId;   // the ID number on the card or document presented
    QString presentedName; // the name on it; empty = the clerk compared it with the form's name by eye
    bool alive = true;
    IdentityMethod method = IdentityMethod::Manual;
    InfoChange change;
    QString remark;
    // A supervisor's override of a death-notice match, entered at the clerk's desk.
    QString overrideBy;
    std::optional<OverrideApproval> overrideApproval; // approveOverride(overrideBy, their password)
    QString overrideReason;
};

struct CorrectionRequest
{
    QString uuid;
    QString reason;
    std::optional<bool> alive;
    InfoChange change; // non-null parts replace the corrected record's change
};

// The rules of 资格协助认证 at the counter. Every refusal is an Error with a stable code and a message
// that says what to do next; refusals by rule are also counted for the workload report.
class CertificationService
{
    Q_DECLARE_TR_FUNCTIONS(CertificationService)

public:
    explicit CertificationService(Session &session) : m_session(session) {}

    // Checks a supervisor's password against their key slot of the database at `dbPath` (its own KeySlotFile, no
    // Session: safe on any thread — run it in the background). Same lockout and counters as signing in; Auth
    // "wrong_password" / "locked" otherwise, whether or not the name is a supervisor.
    static Result<OverrideApproval> approveOverride(const QString &dbPath, const QString &supervisor,
                                                    const QString &password, const Clock &clock);

    // Form number + check code. Unknown number and wrong code give the same answer ("no_such_form"),
    // so a guessed number reveals nothing.
    Result<FormView> lookupForm(const QString &formNo, const QString &checkCode);
    // The person's forms in this center's list, newest cycle first. Invalid ID → Invalid error.
    Result<QList<FormView>> lookupById(const QString &idNo);

    Result<CertificationRecord> certify(const CertifyRequest &request);
    Result<CertificationRecord> correct(const CorrectionRequest &request);

private:
    Result<FormView> view(const StoredForm &stored);
    Result<CertificationRecord> checkAndCertify(const CertifyRequest &request);
    Status checkChange(const InfoChange &change) const;
    Result<std::optional<qint64>> checkOverride(const CertifyRequest &request, const FormView &form);
    Result<CertificationRecord> commit(CertificationRecord record, std::optional<qint64> overrideById,
                                       const QString &action);
    void noteRefusal(const Error &error);

    Session &m_session;
};

} // namespace certdesk
