#include "services/paperforms.h"

#include "domain/citizenid.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/certstore.h"
#include "store/formstore.h"

#include <QJsonObject>

namespace certdesk {

namespace {

constexpr int kMaxFormNo = 40;
constexpr int kMaxCode = 32;
constexpr int kMaxName = 50;
constexpr int kMaxText = 200;

bool plainToken(const QString &s)
{
    for (const QChar c : s)
        if (c.isSpace() || !c.isPrint())
            return false;
    return true;
}

} // namespace

QList<FieldProblem> checkPaperRegistration(const PaperRegistration &r, const QDate &today, Form *out)
{
    QList<FieldProblem> problems;
    auto add = [&](ErrorCode code, const QString &message) { problems.append({code, message}); };
    Form f;
    f.formNo = r.formNo.trimmed();
    if (f.formNo.isEmpty())
        add(ErrorCode::PaperFormNo,
            PaperFormService::tr("Type the form number (认证表编号) printed on the paper form."));
    else if (f.formNo.size() > kMaxFormNo || !plainToken(f.formNo))
        add(ErrorCode::PaperFormNo, PaperFormService::tr("The form number is at most 40 characters, without spaces."));

    f.variant = r.variant;
    f.checkCode = r.checkCode.trimmed();
    if (f.variant == FormVariant::Online && f.checkCode.isEmpty())
        add(ErrorCode::PaperCheckCode,
            PaperFormService::tr("A 附表1 (网上认证) form carries a check code (校验码): type it from the paper."));
    else if (f.variant == FormVariant::Online && (f.checkCode.size() > kMaxCode || !plainToken(f.checkCode)))
        add(ErrorCode::PaperCheckCode,
            PaperFormService::tr("The check code is at most 32 characters, without spaces."));
    else if (f.variant == FormVariant::Mail && !f.checkCode.isEmpty())
        add(ErrorCode::PaperCheckCode,
            PaperFormService::tr("A 附表2 form has no check code (校验码); leave it empty."));

    auto id = parseCitizenId(r.idNo, today);
    if (!id) {
        add(ErrorCode::PaperIdNo, PaperFormService::tr("The ID number is not valid: %1").arg(id.error().message));
    } else {
        f.person.idNo = id->id;
        f.person.sex = id->sex;
        f.person.birth = id->birth.toString(QStringLiteral("yyyy-MM"));
    }
    f.person.name = r.name.trimmed();
    if (f.person.name.isEmpty())
        add(ErrorCode::PaperName, PaperFormService::tr("Type the name as on the ID card."));
    else if (f.person.name.size() > kMaxName)
        add(ErrorCode::PaperName, PaperFormService::tr("The name is at most 50 characters."));

    f.insuredAgency = r.agency.trimmed();
    if (f.insuredAgency.isEmpty())
        add(ErrorCode::PaperAgency,
            PaperFormService::tr("Type the insured-place agency (参保地社保经办机构) that signed the letter."));
    else if (f.insuredAgency.size() > kMaxText)
        add(ErrorCode::PaperAgency, PaperFormService::tr("The agency name is at most 200 characters."));

    f.dueDate = QDate::fromString(r.due.trimmed(), Qt::ISODate);
    if (!f.dueDate.isValid())
        add(ErrorCode::PaperDue,
            PaperFormService::tr("Type the due date on the letter as YYYY-MM-DD, for example 2026-06-30."));
    else if (f.dueDate.year() < today.year() - 1 || f.dueDate.year() > today.year() + 1)
        add(ErrorCode::PaperDue,
            PaperFormService::tr("The due date %1 is not within a year of today; check the letter.")
                .arg(f.dueDate.toString(Qt::ISODate)));
    f.cycle = f.dueDate.isValid() ? f.dueDate.year() : 0;

    const ReplyBlock reply{r.reply.unit.trimmed(), r.reply.address.trimmed(), r.reply.postcode.trimmed(),
                           r.reply.phone.trimmed()};
    if (f.variant == FormVariant::Online) {
        if (!(reply == ReplyBlock{}))
            add(ErrorCode::PaperReplyUnit,
                PaperFormService::tr("A 附表1 form has no reply block (回信); leave those fields empty."));
    } else {
        if (reply.address.isEmpty())
            add(ErrorCode::PaperReplyAddress,
                PaperFormService::tr("Type the reply address (回信地址) from the letter."));
        else if (reply.address.size() > kMaxText)
            add(ErrorCode::PaperReplyAddress, PaperFormService::tr("The reply address is at most 200 characters."));
        if (reply.unit.isEmpty())
            add(ErrorCode::PaperReplyUnit, PaperFormService::tr("Type the unit name (单位名称) from the letter."));
        else if (reply.unit.size() > kMaxText)
            add(ErrorCode::PaperReplyUnit, PaperFormService::tr("The unit name is at most 200 characters."));
        if (!reply.postcode.isEmpty())
            if (auto s = validatePostcode(reply.postcode); !s)
                add(ErrorCode::PaperReplyPostcode,
                    PaperFormService::tr("The reply postcode (邮政编码): %1").arg(s.error().message));
        if (!reply.phone.isEmpty())
            if (auto s = validatePhone(reply.phone); !s)
                add(ErrorCode::PaperReplyPhone,
                    PaperFormService::tr("The reply phone (联系电话): %1").arg(s.error().message));
        f.reply = reply;
    }
    if (problems.isEmpty() && out)
        *out = f;
    return problems;
}

Result<FormView> PaperFormService::registerForm(const PaperRegistration &registration)
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s.error();
    Form form;
    const auto problems = checkPaperRegistration(registration, m_session.clock().today(), &form);
    if (!problems.isEmpty())
        return Error::invalid(problems.first().code, problems.first().message);
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto existing = findFormByNo(db, form.formNo);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::refused(ErrorCode::FormExists,
                              tr("Form %1 is already in this center's database: look it up with its number and "
                                 "check code (or the ID card) and certify it; do not register it again.")
                                  .arg(form.formNo));
    const QDateTime now = m_session.clock().now().toUTC();
    if (auto s = insertPaperForm(db, form, m_session.account().id, now); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("form_no"), form.formNo},
                             {QStringLiteral("variant"), variantKey(form.variant)},
                             {QStringLiteral("cycle"), form.cycle}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("register_paper"), detail, now);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return CertificationService(m_session).lookupForm(form.formNo, form.checkCode);
}

Result<QList<PaperReview>> PaperFormService::reviews(bool openOnly)
{
    if (auto s = m_session.require(Permission::Workload); !s)
        return s.error();
    return paperReviews(SessionAccess::db(m_session), openOnly);
}

Status PaperFormService::resolveReview(qint64 id, const QString &resolution)
{
    if (auto s = m_session.require(Permission::Override); !s)
        return s;
    if (resolution.trimmed().isEmpty())
        return Error::invalid(ErrorCode::Resolution, tr("Say how the review was settled."));
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = m_session.clock().now().toUTC();
    auto done = resolvePaperReview(db, id, m_session.account().username, resolution.trimmed(), now);
    if (!done)
        return done.error();
    if (!done.value())
        return Error::refused(ErrorCode::NoSuchReview, tr("There is no open review %1.").arg(id));
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("resolve_paper_review"),
                                          QJsonObject{{QStringLiteral("review"), id}}, now);
        !s)
        return s;
    return tx.commit();
}

Status PaperFormService::confirmRetained(const QString &uuid)
{
    return stamp(uuid, PaperStamp::Retained, FormVariant::Online);
}

Status PaperFormService::confirmReturned(const QString &uuid)
{
    return stamp(uuid, PaperStamp::Returned, FormVariant::Mail);
}

Status PaperFormService::stamp(const QString &uuid, PaperStamp what, FormVariant expected)
{
    if (auto s = m_session.require(Permission::Certify); !s)
        return s;
    Database &db = SessionAccess::db(m_session);
    auto record = findCertification(db, uuid.trimmed());
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::refused(ErrorCode::NoSuchRecord, tr("There is no certification record %1.").arg(uuid));
    const CertificationRecord &r = record->value();
    if (r.variant != expected)
        return Error::refused(ErrorCode::WrongVariant,
                              expected == FormVariant::Online
                                  ? tr("Only a 附表1 original is kept by the center; a 附表2 goes back to the "
                                       "pensioner for mailing.")
                                  : tr("A 附表1 original is kept by the center, not handed back."));
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = m_session.clock().now().toUTC();
    auto set = stampPaper(db, r.formId, r.cycle, what, now);
    if (!set)
        return set.error();
    if (set.value()) {
        const QString action =
            what == PaperStamp::Retained ? QStringLiteral("paper_retained") : QStringLiteral("paper_returned");
        if (auto s = m_session.audit().append(
                m_session.account().username, action,
                QJsonObject{{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("form_no"), r.formNo}}, now);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace certdesk
