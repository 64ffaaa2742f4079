#include "pushrows.h"

#include "countystore.h"
#include "protocol/codec.h"
#include "sqlbatch.h"

#include <QJsonDocument>

namespace certdesk::county {

using namespace Qt::StringLiterals;
using protocol::PushRecord;

QVariantList rowFor(const PushRecord &r, const QString &center, const QString &name, const QString &status,
                    const QString &conflictWith, const QString &at, const QString &variant, const QVariant &review)
{
    return {r.uuid,
            center,
            r.formNo,
            r.cycle,
            r.idNo,
            name,
            int(r.alive),
            methodKey(r.method),
            r.clerk,
            r.clerkName.isNull() ? QString(u""_s) : r.clerkName,
            r.certifiedAt.toUTC().toString(Qt::ISODateWithMs),
            r.localDate.toString(Qt::ISODate),
            nullableText(r.change.address),
            nullableText(r.change.postcode),
            nullableText(r.change.phone),
            r.remark.isNull() ? QString(u""_s) : r.remark,
            r.supersedes.isEmpty() ? QVariant() : QVariant(r.supersedes),
            nullableText(r.correctionReason),
            nullableText(r.overrideBy),
            nullableText(r.overrideReason),
            status,
            conflictWith.isEmpty() ? QVariant() : QVariant(conflictWith),
            at,
            r.source,
            variant,
            review,
            nullableText(r.insuredAgency),
            r.dueDate.isValid() ? QVariant(r.dueDate.toString(Qt::ISODate)) : QVariant(),
            r.desk.isNull() ? QString(u""_s) : r.desk};
}

// A stored record goes to every desk of its center (docs/sync-protocol.md, desk_record): the other desks refuse
// a second certification of the form and count the record in the center's workload. The pushing desk ignores it.
QString deskRecordPayload(const PushRecord &r, const QString &status)
{
    protocol::Change c;
    c.kind = protocol::ChangeKind::DeskRecord;
    c.record = r;
    c.recordStatus = status;
    QJsonObject o = protocol::encodeChange(c);
    o.remove(u"seq"_s);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QStringList kCertColumns{u"uuid"_s,         u"center_code"_s,
                               u"form_no"_s,      u"cycle"_s,
                               u"id_no"_s,        u"name"_s,
                               u"alive"_s,        u"method"_s,
                               u"clerk"_s,        u"clerk_name"_s,
                               u"certified_at"_s, u"local_date"_s,
                               u"new_address"_s,  u"new_postcode"_s,
                               u"new_phone"_s,    u"remark"_s,
                               u"supersedes"_s,   u"correction_reason"_s,
                               u"override_by"_s,  u"override_reason"_s,
                               u"status"_s,       u"conflict_with"_s,
                               u"received_at"_s,  u"source"_s,
                               u"variant"_s,      u"review"_s,
                               u"agency"_s,       u"due_date"_s,
                               u"desk"_s};

} // namespace certdesk::county
