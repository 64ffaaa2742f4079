#include "protocol/codec.h"

#include "protocol/codecutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

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

Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return Error::invalid(ErrorCode::TooLarge, Tr::tr("The request body is larger than the limit."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::invalid(
            ErrorCode::BadJson,
            Tr::tr("The body is not valid JSON (%1 at offset %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return Error::invalid(ErrorCode::BadJson, Tr::tr("The body is not a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue v = o.value(u"protocol"_s);
    if (!v.isDouble())
        return Error::invalid(ErrorCode::BadRequest, Tr::tr("Member \"protocol\" is missing."));
    if (v.toDouble() != kVersion)
        return Error::invalid(
            ErrorCode::UnsupportedProtocol,
            Tr::tr("Protocol version %1 is not supported (this side speaks %2).").arg(v.toDouble()).arg(kVersion));
    return o;
}

QByteArray serialize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject encodeError(const ErrorBody &e)
{
    QJsonObject o = envelope();
    QJsonObject error{{u"code"_s, e.code}, {u"message"_s, e.message}};
    if (!e.auditHead.isNull())
        error.insert(u"audit_head"_s, encodeAuditHead(e.auditHead));
    o.insert(u"error"_s, error);
    return o;
}

Result<ErrorBody> decodeError(const QJsonObject &o)
{
    const QJsonObject e = o.value(u"error"_s).toObject();
    auto code = requiredString(e, u"code"_s);
    if (!code)
        return code.error();
    ErrorBody body{code.value(), e.value(u"message"_s).toString(), {}};
    if (auto head = decodeAuditHead(e.value(u"audit_head"_s), u"audit_head"_s))
        body.auditHead = head.value(); // advisory: a malformed head is read as absent
    return body;
}

QJsonObject encodeHello(const HelloResponse &h)
{
    QJsonObject o = envelope();
    o.insert(u"county_code"_s, h.countyCode);
    o.insert(u"county_name"_s, h.countyName);
    o.insert(u"center_code"_s, h.centerCode);
    o.insert(u"center_name"_s, h.centerName);
    o.insert(u"server_time"_s, timestampText(h.serverTime));
    if (!h.escrowKey.isEmpty())
        o.insert(u"escrow_key"_s, QString::fromLatin1(h.escrowKey));
    if (!h.institution.isNull())
        o.insert(u"institution"_s, encodeInstitution(h.institution));
    if (!h.settings.isNull())
        o.insert(u"settings"_s, encodeCenterSettings(h.settings));
    return o;
}

Result<HelloResponse> decodeHello(const QJsonObject &o)
{
    HelloResponse h;
    auto cc = requiredString(o, u"county_code"_s);
    auto center = requiredString(o, u"center_code"_s);
    auto time = requiredTimestamp(o, u"server_time"_s);
    if (!cc)
        return cc.error();
    if (!center)
        return center.error();
    if (!time)
        return time.error();
    h.countyCode = cc.value();
    h.countyName = o.value(u"county_name"_s).toString();
    h.centerCode = center.value();
    h.centerName = o.value(u"center_name"_s).toString();
    h.serverTime = time.value();
    h.escrowKey = o.value(u"escrow_key"_s).toString().toLatin1();
    // Additive members: read leniently (a hello only informs; the join wizard shows what it got).
    PullRequest report;
    QJsonObject members;
    for (const QString &key : {u"institution"_s, u"settings"_s})
        if (o.value(key).isObject())
            members.insert(key, o.value(key));
    if (decodeCenterReport(members, &report)) {
        h.institution = report.institution;
        h.settings = report.settings;
    }
    return h;
}

QJsonObject encodePullRequest(const PullRequest &r)
{
    QJsonObject o = envelope();
    o.insert(u"cursor"_s, double(r.cursor));
    o.insert(u"limit"_s, r.limit);
    encodeCenterReport(r, o);
    if (r.deskRecords)
        o.insert(u"desk_records"_s, true);
    return o;
}

Result<PullRequest> decodePullRequest(const QJsonObject &o)
{
    PullRequest r;
    if (o.contains(u"cursor"_s)) {
        auto c = requiredInt(o, u"cursor"_s);
        if (!c)
            return c.error();
        if (c.value() < 0)
            return badMember(u"cursor"_s, "is negative");
        r.cursor = c.value();
    }
    if (o.contains(u"limit"_s)) {
        auto l = requiredInt(o, u"limit"_s);
        if (!l)
            return l.error();
        if (l.value() < 1)
            return badMember(u"limit"_s, "is below 1");
        r.limit = int(qMin<qint64>(l.value(), kMaxPullLimit));
    }
    if (auto s = decodeCenterReport(o, &r); !s)
        return s.error();
    r.deskRecords = o.value(u"desk_records"_s).toBool();
    return r;
}

QJsonObject encodeForm(const Form &f)
{
    return QJsonObject{
        {u"form_no"_s, f.formNo},
        {u"check_code"_s, f.checkCode},
        {u"variant"_s, variantKey(f.variant)},
        {u"name"_s, f.person.name},
        {u"sex"_s, f.person.sex.isNull() ? QString() : QString(f.person.sex)},
        {u"birth"_s, f.person.birth},
        {u"id_no"_s, f.person.idNo},
        {u"person_no"_s, f.person.personNo},
        {u"address"_s, f.person.address},
        {u"postcode"_s, f.person.postcode},
        {u"phone"_s, f.person.phone},
        {u"insured_agency"_s, f.insuredAgency},
        {u"due_date"_s, f.dueDate.toString(Qt::ISODate)},
        {u"cycle"_s, f.cycle},
        {u"reply_unit"_s, f.reply.unit},
        {u"reply_address"_s, f.reply.address},
        {u"reply_postcode"_s, f.reply.postcode},
        {u"reply_phone"_s, f.reply.phone},
    };
}

Result<Form> decodeForm(const QJsonObject &o)
{
    Form f;
    auto no = requiredString(o, u"form_no"_s);
    if (!no)
        return no.error();
    f.formNo = no.value();
    auto cycle = requiredInt(o, u"cycle"_s);
    if (!cycle)
        return cycle.error();
    f.cycle = int(cycle.value());
    if (!variantFromText(o.value(u"variant"_s).toString(), &f.variant))
        return badMember(u"variant"_s, "is not online or mail");
    const QString sex = o.value(u"sex"_s).toString();
    f.person.sex = sex.isEmpty() ? QChar() : sex.at(0);
    const QString due = o.value(u"due_date"_s).toString();
    f.dueDate = QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !f.dueDate.isValid())
        return badMember(u"due_date"_s, "is not a date YYYY-MM-DD");
    f.checkCode = o.value(u"check_code"_s).toString();
    f.person.name = o.value(u"name"_s).toString();
    f.person.birth = o.value(u"birth"_s).toString();
    f.person.idNo = o.value(u"id_no"_s).toString();
    f.person.personNo = o.value(u"person_no"_s).toString();
    f.person.address = o.value(u"address"_s).toString();
    f.person.postcode = o.value(u"postcode"_s).toString();
    f.person.phone = o.value(u"phone"_s).toString();
    f.insuredAgency = o.value(u"insured_agency"_s).toString();
    f.reply.unit = o.value(u"reply_unit"_s).toString();
    f.reply.address = o.value(u"reply_address"_s).toString();
    f.reply.postcode = o.value(u"reply_postcode"_s).toString();
    f.reply.phone = o.value(u"reply_phone"_s).toString();
    return f;
}

QJsonObject encodeChange(const Change &c)
{
    QJsonObject o{{u"seq"_s, double(c.seq)}, {u"kind"_s, changeKindKey(c.kind)}};
    switch (c.kind) {
    case ChangeKind::Form:
        o.insert(u"form_no"_s, c.form.formNo);
        o.insert(u"form"_s, encodeForm(c.form));
        break;
    case ChangeKind::Withdrawal:
        o.insert(u"form_no"_s, c.formNo);
        if (!c.certified.isNull())
            o.insert(u"certified"_s, QJsonObject{{u"center"_s, c.certified.center},
                                                 {u"center_name"_s, c.certified.centerName},
                                                 {u"cycle"_s, c.certified.cycle},
                                                 {u"date"_s, c.certified.date.toString(Qt::ISODate)}});
        break;
    case ChangeKind::Death:
        o.insert(u"death"_s, QJsonObject{{u"id_no"_s, c.death.idNo},
                                         {u"name"_s, c.death.name},
                                         {u"death_date"_s, c.death.deathDate.toString(Qt::ISODate)},
                                         {u"source"_s, c.death.source}});
        break;
    case ChangeKind::DeskRecord:
        o.insert(u"form_no"_s, c.record.formNo);
        o.insert(u"status"_s, c.recordStatus);
        o.insert(u"record"_s, encodePushRecord(c.record));
        break;
    case ChangeKind::Conflict:
        o.insert(u"form_no"_s, c.conflict.formNo);
        o.insert(u"conflict"_s, QJsonObject{{u"uuid"_s, c.conflict.uuid},
                                            {u"form_no"_s, c.conflict.formNo},
                                            {u"cycle"_s, c.conflict.cycle},
                                            {u"role"_s, c.conflict.role},
                                            {u"other_center"_s, c.conflict.otherCenter},
                                            {u"other_uuid"_s, c.conflict.otherUuid}});
        break;
    }
    return o;
}

Result<Change> decodeChange(const QJsonObject &o)
{
    Change c;
    auto seq = requiredInt(o, u"seq"_s);
    if (!seq)
        return seq.error();
    c.seq = seq.value();
    if (!changeKindFromKey(o.value(u"kind"_s).toString(), &c.kind))
        return badMember(u"kind"_s, "is not a known change kind");
    c.formNo = o.value(u"form_no"_s).toString();
    switch (c.kind) {
    case ChangeKind::Form: {
        auto f = decodeForm(o.value(u"form"_s).toObject());
        if (!f)
            return f.error();
        c.form = f.value();
        c.formNo = c.form.formNo;
        break;
    }
    case ChangeKind::Withdrawal: {
        if (c.formNo.isEmpty())
            return badMember(u"form_no"_s, "is missing");
        const QJsonValue certified = o.value(u"certified"_s);
        if (certified.isObject()) {
            const QJsonObject k = certified.toObject();
            auto center = requiredString(k, u"center"_s);
            if (!center)
                return center.error();
            c.certified.center = center.value();
            c.certified.centerName = k.value(u"center_name"_s).toString();
            c.certified.cycle = k.value(u"cycle"_s).toInt();
            c.certified.date = QDate::fromString(k.value(u"date"_s).toString(), Qt::ISODate);
        }
        break;
    }
    case ChangeKind::Death: {
        const QJsonObject d = o.value(u"death"_s).toObject();
        auto id = requiredString(d, u"id_no"_s);
        if (!id)
            return id.error();
        c.death.idNo = id.value();
        c.death.name = d.value(u"name"_s).toString();
        c.death.deathDate = QDate::fromString(d.value(u"death_date"_s).toString(), Qt::ISODate);
        c.death.source = d.value(u"source"_s).toString();
        break;
    }
    case ChangeKind::DeskRecord: {
        auto r = decodePushRecord(o.value(u"record"_s));
        if (!r)
            return r.error();
        c.record = std::move(r).value();
        c.formNo = c.record.formNo;
        c.recordStatus = o.value(u"status"_s).toString();
        break;
    }
    case ChangeKind::Conflict: {
        const QJsonObject k = o.value(u"conflict"_s).toObject();
        auto uuid = requiredString(k, u"uuid"_s);
        if (!uuid)
            return uuid.error();
        c.conflict.uuid = uuid.value();
        c.conflict.formNo = k.value(u"form_no"_s).toString();
        c.conflict.cycle = k.value(u"cycle"_s).toInt();
        c.conflict.role = k.value(u"role"_s).toString();
        c.conflict.otherCenter = k.value(u"other_center"_s).toString();
        c.conflict.otherUuid = k.value(u"other_uuid"_s).toString();
        c.formNo = c.conflict.formNo;
        break;
    }
    }
    return c;
}

QJsonObject encodePullResponse(const PullResponse &r)
{
    QJsonObject o = envelope();
    QJsonArray changes;
    for (const Change &c : r.changes)
        changes.append(encodeChange(c));
    o.insert(u"changes"_s, changes);
    o.insert(u"next_cursor"_s, double(r.nextCursor));
    o.insert(u"more"_s, r.more);
    return o;
}

Result<PullResponse> decodePullResponse(const QJsonObject &o)
{
    PullResponse r;
    auto next = requiredInt(o, u"next_cursor"_s);
    if (!next)
        return next.error();
    r.nextCursor = next.value();
    r.more = o.value(u"more"_s).toBool();
    const QJsonValue changes = o.value(u"changes"_s);
    if (!changes.isArray())
        return badMember(u"changes"_s, "is missing or not an array");
    const QJsonArray a = changes.toArray();
    r.changes.reserve(a.size());
    for (const auto &v : a) {
        if (!v.isObject())
            return badMember(u"changes"_s, "holds a non-object");
        auto c = decodeChange(v.toObject());
        if (!c)
            return c.error();
        r.changes.append(std::move(c).value());
    }
    return r;
}

QString changeKindKey(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Form:
        return u"form"_s;
    case ChangeKind::Withdrawal:
        return u"withdrawal"_s;
    case ChangeKind::Death:
        return u"death"_s;
    case ChangeKind::DeskRecord:
        return u"desk_record"_s;
    case ChangeKind::Conflict:
        break;
    }
    return u"conflict"_s;
}

bool changeKindFromKey(const QString &key, ChangeKind *out)
{
    for (ChangeKind k :
         {ChangeKind::Form, ChangeKind::Withdrawal, ChangeKind::Death, ChangeKind::Conflict, ChangeKind::DeskRecord})
        if (changeKindKey(k) == key) {
            *out = k;
            return true;
        }
    return false;
}

} // namespace certdesk::protocol
