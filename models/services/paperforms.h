#pragma once

#include "core/result.h"
#include "domain/types.h"
#include "services/certification.h"
#include "store/paperstore.h"

#include <QCoreApplication>
#include <QList>

namespace certdesk {

class Session;

// 登记纸质认证表: what the clerk types from the pensioner's paper original when the center has no data for it.
// Text as typed; checkPaperRegistration trims and validates every field.
struct PaperRegistration
{
    QString formNo;
    FormVariant variant = FormVariant::Online;
    QString checkCode; // 校验码: required on 附表1, absent on 附表2
    QString idNo;      // from the card read, or typed (validated)
    QString name;
    QString agency;   // 参保地社保经办机构
    QString due;      // the due date on the letter, YYYY-MM-DD
    ReplyBlock reply; // 回信 block, 附表2 only
};

// One field's problem, in plain words for the clerk. `field` names the field: form_no, check_code, id_no, name,
// agency, due, reply_unit, reply_address, reply_postcode, reply_phone.
// One field's problem: `code` names the field (its word is the field's name, ErrorField via errorCodeInfo).
struct FieldProblem
{
    ErrorCode code;
    QString message;
};

// Every problem of the registration, in field order (empty = valid). On success *out holds the form as it will be
// stored (sex and birth month from the ID number, cycle = the due date's year).
QList<FieldProblem> checkPaperRegistration(const PaperRegistration &registration, const QDate &today, Form *out);

class PaperFormService
{
    Q_DECLARE_TR_FUNCTIONS(PaperFormService)

public:
    explicit PaperFormService(Session &session) : m_session(session) {}

    // Registers the paper form (invalid → the first field's problem, code = the field; a number already in this
    // center's database → refused "form_exists"), audited. Then certify it as any form.
    Result<FormView> registerForm(const PaperRegistration &registration);

    // Late list data naming another person than the paper registration (supervisor, admin).
    Result<QList<PaperReview>> reviews(bool openOnly);
    Status resolveReview(qint64 id, const QString &resolution); // supervisor

    // The paper after certifying: a 附表1 original kept by the center (留存); a 附表2 handed back for mailing.
    // A stamp already set keeps its first time.
    Status confirmRetained(const QString &uuid);
    Status confirmReturned(const QString &uuid);

private:
    Status stamp(const QString &uuid, PaperStamp what, FormVariant expected);

    Session &m_session;
};

} // namespace certdesk
