#include "services/certification.h"

#include "crypto/keyslots.h"
#include "sessionaccess.h"

#include "core/crypto.h"
#include "domain/citizenid.h"
#include "services/session.h"
#include "store/accountstore.h"
#include "store/certstore.h"
#include "store/formstore.h"
#include "store/paperstore.h"
#include "store/recordseal.h"
#include "store/syncstore.h"

#include <QJsonObject>
#include <QUuid>

namespace certdesk {

namespace {

QJsonObject recordDetail(const CertificationRecord &r)
{
    QJsonObject o{{QStringLiteral("uuid"), r.uuid},
                  {QStringLiteral("form_no"), r.formNo},
                  {QStringLiteral("cycle"), r.cycle},
                  {QStringLiteral("alive"), r.alive},
                  {QStringLiteral("method"), methodKey(r.method)}};
    if (!r.change.isEmpty())
        o.insert(QStringLiteral("info_change"), true);
    if (!r.supersedes.isEmpty()) {
        o.insert(QStringLiteral("supersedes"), r.supersedes);
        o.insert(QStringLiteral("reason"), r.correctionReason);
    }
    if (!r.overrideBy.isEmpty()) {
        o.insert(QStringLiteral("override_by"), r.overrideBy);
        o.insert(QStringLiteral("override_reason"), r.overrideReason);
    }
    return o;
}

} // namespace

Result<FormView> CertificationService::view(const StoredForm &stored)
{
    FormView v;
    v.id = stored.id;
    v.form = stored.form;
    v.window = certificationWindow(m_session.center(), stored.form.cycle, stored.form.dueDate);
    v.death = stored.death;
    auto elsewhere = findCertifiedElsewhere(SessionAccess::db(m_session), stored.form.formNo, stored.form.cycle);
    if (!elsewhere)
        return elsewhere.error();
    v.elsewhere = elsewhere.value();
    auto otherDesk = findDeskCertification(SessionAccess::db(m_session), stored.form.formNo, stored.form.cycle);
    if (!otherDesk)
        return otherDesk.error();
    v.otherDesk = otherDesk.value();
    v.paper = stored.paper;
    if (stored.currentUuid.isEmpty())
        return v; // the usual case at the counter: a pending form, nothing more to read
    auto current = findCertification(SessionAccess::db(m_session), stored.currentUuid);
    if (!current)
        return current.error();
    v.current = current.value();
    v.certified = v.current.has_value();
    return v;
}

Result<FormView> CertificationService::lookupForm(const QString &formNo, const QString &checkCode)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    auto stored = findFormByNo(SessionAccess::db(m_session), formNo.trimmed());
    if (!stored)
        return stored.error();
    // Compare even when the number is unknown, so the two refusals also take the same time.
    const QByteArray expected = stored->has_value() ? stored->value().form.checkCode.toUtf8() : QByteArray(16, '\0');
    const bool codeOk = crypto::constantTimeEquals(expected, checkCode.trimmed().toUtf8());
    if (!stored->has_value() || stored->value().withdrawn || !codeOk)
        return Error::refused(ErrorCode::NoSuchForm,
                              tr("No pending form of the county matches this form number and check code. "
                                 "Check both against the paper form; if they are right, the form was withdrawn or "
                                 "is not on the county's list yet: ask the supervisor."));
    return view(stored->value());
}

Result<QList<FormView>> CertificationService::lookupById(const QString &idNo)
{
    if (auto s = m_session.require(Permission::Lookup); !s)
        return s.error();
    auto id = parseCitizenId(idNo, m_session.clock().today());
    if (!id)
        return id.error();
    auto stored = findFormsByIdNo(SessionAccess::db(m_session), id->id);
    if (!stored)
        return stored.error();
    QList<FormView> out;
    for (const StoredForm &s : stored.value()) {
        if (s.withdrawn)
            continue;
        auto v = view(s);
        if (!v)
            return v.error();
        out.append(v.value());
    }
    return out;
}

Result<CertificationRecord> CertificationService::certify(const CertifyRequest &request)
{
    auto r = checkAndCertify(request);
    if (!r)
        noteRefusal(r.error());
    return r;
}

void CertificationService::noteRefusal(const Error &error)
{
    // Refusals are part of the clerk's workload; permission and storage failures are not.
    if (error.kind != Error::Kind::Refused && error.kind != Error::Kind::Invalid)
        return;
    if (error.code == ErrorCode::Permission)
        return;
    // Losing a refusal count must not turn the refusal into a different error for the clerk.
    (void)recordRefusal(SessionAccess::db(m_session), m_session.account().id, error.code, m_session.clock().now(),
                        m_session.clock().today());
}

Status CertificationService::checkChange(const InfoChange &change) const
{
    if (!change.postcode.isNull())
        if (auto s = validatePostcode(change.postcode); !s)
            return s;
    if (!change.phone.isNull())
        if (auto s = validatePhone(change.phone); !s)
            return s;
    if (!change.address.isNull() && change.address.trimmed().isEmpty())
        return Error::invalid(ErrorCode::Address, tr("The new address is empty."));
    return {};
}

Result<CertificationRecord> CertificationService::checkAndCertify(const CertifyRequest &req)
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    auto found = lookupForm(req.formNo, req.checkCode);
    if (!found)
        return found.error();
    const FormView &form = found.value();
    auto presented = parseCitizenId(req.presentedId, m_session.clock().today());
    if (!presented)
        return Error::invalid(presented.error().code,
                              tr("The ID number presented is not valid: %1").arg(presented.error().message));
    if (presented->id != form.form.person.idNo)
        return Error::refused(ErrorCode::IdMismatch,
                              tr("The ID presented does not belong to the person on this form. Do not certify: "
                                 "the form must be certified by its owner, in person."));
    if (form.certified)
        return Error::refused(ErrorCode::AlreadyCertified,
                              tr("This form was already certified for %1 on %2 by %3. To fix a mistake, open "
                                 "that record and correct it.")
                                  .arg(form.form.cycle)
                                  .arg(form.current->localDate.toString(Qt::ISODate), form.current->clerkName));
    if (form.otherDesk && !form.certified)
        return Error::refused(ErrorCode::AlreadyCertified,
                              tr("This form was already certified for %1 on %2 at desk %3 of this center by %4. Do "
                                 "not certify it again: one certification per year stands.")
                                  .arg(form.form.cycle)
                                  .arg(form.otherDesk->date.toString(Qt::ISODate),
                                       form.otherDesk->desk.isEmpty() ? tr("(unnamed)") : form.otherDesk->desk,
                                       form.otherDesk->clerkName));
    if (form.elsewhere && !form.certified)
        return Error::refused(ErrorCode::AlreadyCertified,
                              tr("This form was already certified for %1 on %2 at %3 (%4), another center of the "
                                 "county. Do not certify it again: one certification per year stands.")
                                  .arg(form.form.cycle)
                                  .arg(form.elsewhere->date.toString(Qt::ISODate), form.elsewhere->centerName,
                                       form.elsewhere->centerCode));
    const QDate today = m_session.clock().today();
    if (!form.window.contains(today))
        return Error::refused(ErrorCode::OutsideWindow,
                              tr("Certification for this form is open from %1 to %2; today is %3. "
                                 "Ask the supervisor or the insured-place agency.")
                                  .arg(form.window.from.toString(Qt::ISODate), form.window.to.toString(Qt::ISODate),
                                       today.toString(Qt::ISODate)));
    if (auto s = checkChange(req.change); !s)
        return s.error();
    auto overrideBy = checkOverride(req, form);
    if (!overrideBy)
        return overrideBy.error();

    CertificationRecord rec;
    rec.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rec.formNo = form.form.formNo;
    rec.formId = form.id;
    rec.cycle = form.form.cycle;
    rec.alive = req.alive;
    rec.method = req.method;
    rec.change = req.change;
    rec.remark = req.remark;
    rec.presentedId = presented->id;
    rec.presentedName = req.presentedName.trimmed().isEmpty() ? form.form.person.name : req.presentedName.trimmed();
    rec.source = form.paper ? QStringLiteral("paper") : QStringLiteral("list");
    rec.variant = form.form.variant;
    if (overrideBy.value()) {
        rec.overrideBy = req.overrideBy;
        rec.overrideReason = req.overrideReason.trimmed();
    }
    return commit(rec, overrideBy.value(), QStringLiteral("certify"));
}

Result<OverrideApproval> CertificationService::approveOverride(const QString &dbPath, const QString &supervisor,
                                                               const QString &password, const Clock &clock)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(dbPath));
    if (!keys)
        return keys.error();
    if (auto s = keys.value().verify(supervisor, password, clock); !s)
        return s.error();
    return OverrideApproval(supervisor);
}

Result<std::optional<qint64>> CertificationService::checkOverride(const CertifyRequest &req, const FormView &form)
{
    if (!form.death || !req.alive)
        return std::optional<qint64>();
    if (req.overrideBy.isEmpty())
        return Error::refused(ErrorCode::DeathNotice,
                              tr("This person is on the death notice list (%1, %2). Do not certify alive unless a "
                                 "supervisor checks the person in front of you and overrides with a reason.")
                                  .arg(form.death->deathDate.toString(Qt::ISODate), form.death->source));
    if (req.overrideReason.trimmed().isEmpty())
        return Error::invalid(ErrorCode::OverrideReason, tr("An override needs a reason."));
    if (req.overrideBy == m_session.account().username)
        return Error::refused(ErrorCode::OverrideSelf,
                              tr("An override must be given by someone other than the clerk certifying."));
    // The password first: without it, the answer must not tell which names are supervisors.
    if (!req.overrideApproval || req.overrideApproval->supervisor() != req.overrideBy)
        return Error::auth(ErrorCode::WrongPassword, tr("The supervisor's password was not checked."));
    auto sup = findAccount(SessionAccess::db(m_session), req.overrideBy);
    if (!sup)
        return sup.error();
    if (!sup->has_value() || !sup->value().active || !roleAllows(sup->value().role, Permission::Override))
        return Error::refused(ErrorCode::OverrideNotSupervisor,
                              tr("%1 is not an active supervisor and cannot override.").arg(req.overrideBy));
    return std::optional<qint64>(sup->value().id);
}

Result<CertificationRecord> CertificationService::commit(CertificationRecord rec, std::optional<qint64> overrideById,
                                                         const QString &action)
{
    rec.clerk = m_session.account().username;
    rec.clerkName = m_session.account().fullName;
    rec.centerCode = m_session.center().code;
    rec.certifiedAt = m_session.clock().now().toUTC();
    rec.localDate = m_session.clock().today();
    rec.syncState = QStringLiteral("pending");
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = insertCertification(db, rec, m_session.account().id, overrideById); !s) {
        if (s.error().code == ErrorCode::Constraint && rec.supersedes.isEmpty())
            return Error::refused(ErrorCode::AlreadyCertified,
                                  tr("This form was certified a moment ago at another desk."));
        if (s.error().code == ErrorCode::Constraint)
            return Error::refused(ErrorCode::AlreadyCorrected,
                                  tr("This record was corrected a moment ago at another desk; correct the newest "
                                     "record instead."));
        return s.error();
    }
    auto seal = certificationRowHash(db, rec.uuid); // the row as stored, sealed into its audit entry
    if (!seal)
        return seal.error();
    QJsonObject detail = recordDetail(rec);
    detail.insert(QStringLiteral("record_sha256"), seal.value());
    detail.insert(QStringLiteral("seal_version"), kRecordSealVersion);
    if (auto s = m_session.audit().append(rec.clerk, action, detail, rec.certifiedAt); !s)
        return s.error();
    if (rec.variant == FormVariant::Mail && rec.supersedes.isEmpty()) {
        // A 附表2 goes back to the pensioner, stamped, to be mailed home: the counter says so on certifying.
        auto returned = stampPaper(db, rec.formId, rec.cycle, PaperStamp::Returned, rec.certifiedAt);
        if (!returned)
            return returned.error();
        if (returned.value())
            rec.returnedAt = rec.certifiedAt;
    }
    if (!rec.overrideBy.isEmpty() && action == QLatin1String("certify"))
        if (auto s = m_session.audit().append(rec.overrideBy, QStringLiteral("override"), recordDetail(rec),
                                              rec.certifiedAt);
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return rec;
}

Result<CertificationRecord> CertificationService::correct(const CorrectionRequest &req)
{
    if (auto s = m_session.require(Permission::Correct); !s)
        return s.error();
    if (req.reason.trimmed().isEmpty())
        return Error::invalid(ErrorCode::Reason, tr("A correction needs a reason."));
    auto old = findCertification(SessionAccess::db(m_session), req.uuid.trimmed());
    if (!old)
        return old.error();
    if (!old->has_value())
        return Error::refused(ErrorCode::NoSuchRecord, tr("There is no certification record %1.").arg(req.uuid));
    auto superseded = isSuperseded(SessionAccess::db(m_session), req.uuid.trimmed());
    if (!superseded)
        return superseded.error();
    if (superseded.value())
        return Error::refused(ErrorCode::AlreadyCorrected,
                              tr("This record was already corrected; correct the newest record instead."));
    if (auto s = checkChange(req.change); !s)
        return s.error();
    CertificationRecord rec = old->value();
    const bool becomesAlive = req.alive.value_or(rec.alive) && !rec.alive;
    if (becomesAlive) {
        // The form row carries its person's death notice (formstore reads both in one statement).
        auto stored = findFormByNo(SessionAccess::db(m_session), rec.formNo);
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return Error::internal(QStringLiteral("a certification refers to a missing form"));
        if (stored->value().death)
            return Error::refused(ErrorCode::DeathNotice,
                                  tr("This person is on the death notice list: a correction cannot make them "
                                     "alive. A supervisor must check the person and certify with an override."));
    }
    rec.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rec.supersedes = old->value().uuid;
    rec.correctionReason = req.reason.trimmed();
    if (req.alive)
        rec.alive = *req.alive;
    if (!req.change.address.isNull())
        rec.change.address = req.change.address;
    if (!req.change.postcode.isNull())
        rec.change.postcode = req.change.postcode;
    if (!req.change.phone.isNull())
        rec.change.phone = req.change.phone;
    std::optional<qint64> overrideById;
    if (!rec.overrideBy.isEmpty()) {
        auto sup = findAccount(SessionAccess::db(m_session), rec.overrideBy);
        if (sup && sup->has_value())
            overrideById = sup->value().id;
    }
    return commit(rec, overrideById, QStringLiteral("correct"));
}

} // namespace certdesk
