#include "protocol/codec.h"

#include "protocol/codecutil.h"

#include <QCoreApplication>

namespace certdesk::protocol {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Protocol)
};

} // namespace

using namespace Qt::StringLiterals;
using namespace detail;

namespace {

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

#define TAKE(target, expr)                                                                                             \
    do {                                                                                                               \
        auto taken_ = (expr);                                                                                          \
        if (!taken_)                                                                                                   \
            return taken_.error();                                                                                     \
        (target) = std::move(taken_).value();                                                                          \
    } while (false)

// source, variant, agency, due_date, reply: additive members of v1 (docs/sync-protocol.md).
Result<PushRecord> decodePaperMembers(const QJsonObject &o, PushRecord r)
{
    QString source;
    TAKE(source, optionalString(o, u"source"_s));
    if (source.isEmpty())
        source = QString::fromLatin1(kSourceList);
    if (source != QLatin1String(kSourceList) && source != QLatin1String(kSourcePaper))
        return badMember(u"source"_s, "is not list or paper");
    r.source = source;
    QString variant;
    TAKE(variant, optionalString(o, u"variant"_s));
    if (!variant.isEmpty() && variant != variantKey(FormVariant::Online) && variant != variantKey(FormVariant::Mail))
        return badMember(u"variant"_s, "is not online or mail");
    r.variant = variant == variantKey(FormVariant::Mail) ? FormVariant::Mail : FormVariant::Online;
    TAKE(r.insuredAgency, optionalString(o, u"agency"_s));
    if (r.insuredAgency.size() > 200)
        return badMember(u"agency"_s, "is longer than 200 characters");
    if (o.contains(u"due_date"_s))
        TAKE(r.dueDate, requiredDate(o, u"due_date"_s));
    const QJsonValue reply = o.value(u"reply"_s);
    if (reply.isObject()) {
        const QJsonObject b = reply.toObject();
        TAKE(r.reply.unit, optionalString(b, u"unit"_s));
        TAKE(r.reply.address, optionalString(b, u"address"_s));
        TAKE(r.reply.postcode, optionalString(b, u"postcode"_s));
        TAKE(r.reply.phone, optionalString(b, u"phone"_s));
    } else if (!reply.isUndefined() && !reply.isNull()) {
        return badMember(u"reply"_s, "is not an object");
    }
    if (r.source == QLatin1String(kSourcePaper) && (r.insuredAgency.isEmpty() || !r.dueDate.isValid()))
        return badMember(u"source"_s, "is paper without agency and due_date");
    TAKE(r.desk, optionalString(o, u"desk"_s));
    if (r.desk.size() > 64)
        return badMember(u"desk"_s, "is longer than 64 characters");
    return r;
}

#undef TAKE

} // namespace

QJsonObject encodePushRecord(const PushRecord &r)
{
    QJsonObject o{
        {u"uuid"_s, r.uuid},
        {u"form_no"_s, r.formNo},
        {u"cycle"_s, r.cycle},
        {u"id_no"_s, r.idNo},
        {u"alive"_s, r.alive},
        {u"method"_s, methodKey(r.method)},
        {u"clerk"_s, r.clerk},
        {u"clerk_name"_s, r.clerkName},
        {u"certified_at"_s, timestampText(r.certifiedAt)},
        {u"local_date"_s, r.localDate.toString(Qt::ISODate)},
    };
    insertIfSet(o, u"name"_s, r.name);
    if (!r.change.isEmpty())
        o.insert(u"change"_s, QJsonObject{{u"address"_s, nullable(r.change.address)},
                                          {u"postcode"_s, nullable(r.change.postcode)},
                                          {u"phone"_s, nullable(r.change.phone)}});
    insertIfSet(o, u"remark"_s, r.remark);
    insertIfSet(o, u"supersedes"_s, r.supersedes);
    insertIfSet(o, u"correction_reason"_s, r.correctionReason);
    insertIfSet(o, u"override_by"_s, r.overrideBy);
    insertIfSet(o, u"override_reason"_s, r.overrideReason);
    if (r.source != QLatin1String(kSourceList))
        o.insert(u"source"_s, r.source);
    if (r.variant != FormVariant::Online)
        o.insert(u"variant"_s, variantKey(r.variant));
    insertIfSet(o, u"agency"_s, r.insuredAgency);
    insertIfSet(o, u"desk"_s, r.desk);
    if (r.dueDate.isValid())
        o.insert(u"due_date"_s, r.dueDate.toString(Qt::ISODate));
    if (r.reply != ReplyBlock{})
        o.insert(u"reply"_s, QJsonObject{{u"unit"_s, r.reply.unit},
                                         {u"address"_s, r.reply.address},
                                         {u"postcode"_s, r.reply.postcode},
                                         {u"phone"_s, r.reply.phone}});
    return o;
}

#define TAKE(target, expr)                                                                                             \
    do {                                                                                                               \
        auto taken_ = (expr);                                                                                          \
        if (!taken_)                                                                                                   \
            return taken_.error();                                                                                     \
        (target) = std::move(taken_).value();                                                                          \
    } while (false)

Result<PushRecord> decodePushRecord(const QJsonValue &v)
{
    if (!v.isObject())
        return badMember(u"records"_s, "holds a non-object");
    const QJsonObject o = v.toObject();
    PushRecord r;
    TAKE(r.uuid, requiredString(o, u"uuid"_s));
    if (!isUuid(r.uuid))
        return badMember(u"uuid"_s, "is not a UUID");
    TAKE(r.formNo, requiredString(o, u"form_no"_s));
    r.formNo = r.formNo.trimmed();
    if (r.formNo.size() > 64)
        return badMember(u"form_no"_s, "is longer than 64 characters");
    qint64 cycle = 0;
    TAKE(cycle, requiredInt(o, u"cycle"_s));
    if (cycle < 2000 || cycle > 2100)
        return badMember(u"cycle"_s, "is not a year 2000..2100");
    r.cycle = int(cycle);
    TAKE(r.idNo, requiredString(o, u"id_no"_s));
    r.idNo = r.idNo.trimmed().toUpper();
    if (!isCitizenIdShape(r.idNo))
        return badMember(u"id_no"_s, "is not a valid 18-character citizen ID number");
    TAKE(r.name, optionalString(o, u"name"_s));
    TAKE(r.alive, requiredBool(o, u"alive"_s));
    QString method;
    TAKE(method, requiredString(o, u"method"_s));
    if (!methodFromKey(method, &r.method))
        return badMember(u"method"_s, "is not idcard, sscard or manual");
    TAKE(r.clerk, requiredString(o, u"clerk"_s));
    TAKE(r.clerkName, optionalString(o, u"clerk_name"_s));
    TAKE(r.certifiedAt, requiredTimestamp(o, u"certified_at"_s));
    TAKE(r.localDate, requiredDate(o, u"local_date"_s));
    const QJsonValue change = o.value(u"change"_s);
    if (change.isObject()) {
        const QJsonObject c = change.toObject();
        TAKE(r.change.address, optionalString(c, u"address"_s));
        TAKE(r.change.postcode, optionalString(c, u"postcode"_s));
        TAKE(r.change.phone, optionalString(c, u"phone"_s));
    } else if (!change.isUndefined() && !change.isNull()) {
        return badMember(u"change"_s, "is not an object");
    }
    TAKE(r.remark, optionalString(o, u"remark"_s));
    TAKE(r.supersedes, optionalString(o, u"supersedes"_s));
    if (!r.supersedes.isEmpty() && (!isUuid(r.supersedes) || r.supersedes == r.uuid))
        return badMember(u"supersedes"_s, "is not another record's UUID");
    TAKE(r.correctionReason, optionalString(o, u"correction_reason"_s));
    TAKE(r.overrideBy, optionalString(o, u"override_by"_s));
    TAKE(r.overrideReason, optionalString(o, u"override_reason"_s));
    return decodePaperMembers(o, r);
}

QJsonObject encodePushRequest(const PushRequest &r)
{
    QJsonObject o = envelope();
    QJsonArray records;
    for (const PushRecord &rec : r.records)
        records.append(encodePushRecord(rec));
    o.insert(u"records"_s, records);
    if (!r.audit.isNull())
        o.insert(u"audit"_s, encodeAuditClaim(r.audit));
    return o;
}

Result<QJsonArray> pushRecordValues(const QJsonObject &o)
{
    const QJsonValue v = o.value(u"records"_s);
    if (!v.isArray())
        return badMember(u"records"_s, "is missing or not an array");
    const QJsonArray a = v.toArray();
    if (a.isEmpty())
        return badMember(u"records"_s, "is empty");
    if (a.size() > kMaxPushRecords)
        return Error::invalid(ErrorCode::BadRequest, Tr::tr("More than %1 records in one "
                                                            "push.")
                                                         .arg(kMaxPushRecords));
    return a;
}

Result<PushRequest> decodePushRequest(const QJsonObject &o)
{
    auto values = pushRecordValues(o);
    if (!values)
        return values.error();
    PushRequest r;
    r.records.reserve(values->size());
    for (const auto &v : values.value()) {
        auto rec = decodePushRecord(v);
        if (!rec)
            return rec.error();
        r.records.append(std::move(rec).value());
    }
    auto audit = decodeAuditClaim(o);
    if (!audit)
        return audit.error();
    r.audit = audit.value();
    return r;
}

QString uuidOf(const QJsonValue &v)
{
    const QJsonValue u = v.toObject().value(u"uuid"_s);
    return u.isString() ? u.toString().left(64) : QString();
}

QJsonObject encodePushResult(const PushResult &r)
{
    QJsonObject o{{u"uuid"_s, r.uuid}, {u"status"_s, pushStatusKey(r.status)}};
    if (r.status == PushStatus::Duplicate)
        o.insert(u"original"_s, pushStatusKey(r.original));
    insertIfSet(o, u"reason"_s, r.reason);
    insertIfSet(o, u"message"_s, r.message);
    insertIfSet(o, u"other_center"_s, r.otherCenter);
    insertIfSet(o, u"other_uuid"_s, r.otherUuid);
    if (r.retryAfter.isValid())
        o.insert(u"retry_after"_s, r.retryAfter.toUTC().toString(Qt::ISODate));
    return o;
}

Result<PushResult> decodePushResult(const QJsonObject &o)
{
    PushResult r;
    r.uuid = o.value(u"uuid"_s).toString();
    if (!pushStatusFromKey(o.value(u"status"_s).toString(), &r.status))
        return badMember(u"status"_s, "is not a known push status");
    if (r.status == PushStatus::Duplicate && !pushStatusFromKey(o.value(u"original"_s).toString(), &r.original))
        r.original = PushStatus::Accepted;
    r.reason = o.value(u"reason"_s).toString();
    r.message = o.value(u"message"_s).toString();
    r.otherCenter = o.value(u"other_center"_s).toString();
    r.otherUuid = o.value(u"other_uuid"_s).toString();
    // Optional, advisory: a malformed time is treated as absent (the client then waits the documented window).
    r.retryAfter = QDateTime::fromString(o.value(u"retry_after"_s).toString(), Qt::ISODate);
    return r;
}

QJsonObject encodePushResponse(const PushResponse &r)
{
    QJsonObject o = envelope();
    QJsonArray results;
    for (const PushResult &res : r.results)
        results.append(encodePushResult(res));
    o.insert(u"results"_s, results);
    if (!r.auditHead.isNull())
        o.insert(u"audit_head"_s, encodeAuditHead(r.auditHead));
    return o;
}

Result<PushResponse> decodePushResponse(const QJsonObject &o)
{
    const QJsonValue v = o.value(u"results"_s);
    if (!v.isArray())
        return badMember(u"results"_s, "is missing or not an array");
    PushResponse r;
    for (const auto &e : v.toArray()) {
        auto res = decodePushResult(e.toObject());
        if (!res)
            return res.error();
        r.results.append(std::move(res).value());
    }
    auto head = decodeAuditHead(o.value(u"audit_head"_s), u"audit_head"_s);
    if (!head)
        return head.error();
    r.auditHead = head.value();
    return r;
}

QString pushStatusKey(PushStatus s)
{
    switch (s) {
    case PushStatus::Accepted:
        return u"accepted"_s;
    case PushStatus::Duplicate:
        return u"duplicate"_s;
    case PushStatus::Conflict:
        return u"conflict"_s;
    case PushStatus::Rejected:
        break;
    }
    return u"rejected"_s;
}

bool pushStatusFromKey(const QString &key, PushStatus *out)
{
    for (PushStatus s : {PushStatus::Accepted, PushStatus::Duplicate, PushStatus::Conflict, PushStatus::Rejected})
        if (pushStatusKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

PushRecord pushRecordFrom(const CertificationRecord &c, const QString &idNo, const QString &name)
{
    PushRecord r;
    r.uuid = c.uuid;
    r.formNo = c.formNo;
    r.cycle = c.cycle;
    r.idNo = idNo;
    r.name = name;
    r.alive = c.alive;
    r.method = c.method;
    r.clerk = c.clerk;
    r.clerkName = c.clerkName;
    r.certifiedAt = c.certifiedAt;
    r.localDate = c.localDate;
    r.change = c.change;
    r.remark = c.remark;
    r.supersedes = c.supersedes;
    r.correctionReason = c.correctionReason;
    r.overrideBy = c.overrideBy;
    r.overrideReason = c.overrideReason;
    return r;
}

} // namespace certdesk::protocol
