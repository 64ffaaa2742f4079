// The center report members of a pull request: refusal tallies, the 附件2 institution row, handover batches
// (docs/sync-protocol.md, "What a center reports with a pull").
#include "protocol/codec.h"

#include "protocol/codecutil.h"

namespace certdesk::protocol {

using namespace Qt::StringLiterals;
using namespace detail;

namespace {

constexpr int kMaxTallies = 5000;
constexpr int kMaxBatches = 100;
constexpr int kMaxBatchForms = 5000;
constexpr int kMaxText = 200;

#define TAKE(target, expr)                                                                                             \
    do {                                                                                                               \
        auto taken_ = (expr);                                                                                          \
        if (!taken_)                                                                                                   \
            return taken_.error();                                                                                     \
        target = std::move(taken_).value();                                                                            \
    } while (false)

Status checkLength(const QString &key, const QString &v)
{
    if (v.size() > kMaxText)
        return badMember(key, "is longer than 200 characters");
    return {};
}

Result<RefusalTally> decodeTally(const QJsonValue &v)
{
    if (!v.isObject())
        return badMember(u"refusals"_s, "holds a non-object");
    const QJsonObject o = v.toObject();
    RefusalTally t;
    TAKE(t.date, requiredDate(o, u"date"_s));
    TAKE(t.clerk, requiredString(o, u"clerk"_s));
    TAKE(t.clerkName, optionalString(o, u"clerk_name"_s));
    TAKE(t.code, requiredString(o, u"code"_s));
    qint64 count = 0;
    TAKE(count, requiredInt(o, u"count"_s));
    if (count < 0 || count > 1000000)
        return badMember(u"count"_s, "is out of range");
    t.count = int(count);
    for (const auto &[key, value] :
         {std::pair{u"clerk"_s, t.clerk}, std::pair{u"clerk_name"_s, t.clerkName}, std::pair{u"code"_s, t.code}})
        if (auto s = checkLength(key, value); !s)
            return s.error();
    return t;
}

Result<HandoverBatch> decodeBatch(const QJsonValue &v)
{
    if (!v.isObject())
        return badMember(u"handovers"_s, "holds a non-object");
    const QJsonObject o = v.toObject();
    HandoverBatch b;
    qint64 number = 0;
    TAKE(number, requiredInt(o, u"batch"_s));
    if (number < 1 || number > 1000000)
        return badMember(u"batch"_s, "is out of range");
    b.batch = int(number);
    TAKE(b.createdAt, requiredTimestamp(o, u"created_at"_s));
    TAKE(b.createdBy, optionalString(o, u"created_by"_s));
    const QJsonArray forms = o.value(u"forms"_s).toArray();
    if (forms.size() > kMaxBatchForms)
        return badMember(u"forms"_s, "has too many entries");
    for (const QJsonValue &f : forms) {
        const QJsonObject fo = f.toObject();
        HandoverForm h;
        TAKE(h.formNo, requiredString(fo, u"form_no"_s));
        TAKE(h.name, optionalString(fo, u"name"_s));
        TAKE(h.date, requiredDate(fo, u"date"_s));
        TAKE(h.clerkName, optionalString(fo, u"clerk_name"_s));
        if (h.formNo.size() > 64)
            return badMember(u"form_no"_s, "is longer than 64 characters");
        b.forms << h;
    }
    return b;
}

#undef TAKE

} // namespace

void encodeCenterReport(const PullRequest &r, QJsonObject &o)
{
    if (!r.refusals.isEmpty()) {
        QJsonArray a;
        for (const RefusalTally &t : r.refusals)
            a.append(QJsonObject{{u"date"_s, t.date.toString(Qt::ISODate)},
                                 {u"clerk"_s, t.clerk},
                                 {u"clerk_name"_s, t.clerkName},
                                 {u"code"_s, t.code},
                                 {u"count"_s, t.count}});
        o.insert(u"refusals"_s, a);
    }
    if (!r.institution.isNull())
        o.insert(u"institution"_s, QJsonObject{{u"name"_s, r.institution.name},
                                               {u"address"_s, r.institution.address},
                                               {u"contact"_s, r.institution.contact},
                                               {u"department"_s, r.institution.department},
                                               {u"title"_s, r.institution.title},
                                               {u"phone"_s, r.institution.phone}});
    if (!r.handovers.isEmpty()) {
        QJsonArray a;
        for (const HandoverBatch &b : r.handovers) {
            QJsonArray forms;
            for (const HandoverForm &f : b.forms)
                forms.append(QJsonObject{{u"form_no"_s, f.formNo},
                                         {u"name"_s, f.name},
                                         {u"date"_s, f.date.toString(Qt::ISODate)},
                                         {u"clerk_name"_s, f.clerkName}});
            a.append(QJsonObject{{u"batch"_s, b.batch},
                                 {u"created_at"_s, timestampText(b.createdAt)},
                                 {u"created_by"_s, b.createdBy},
                                 {u"forms"_s, forms}});
        }
        o.insert(u"handovers"_s, a);
    }
}

Status decodeCenterReport(const QJsonObject &o, PullRequest *r)
{
    const QJsonValue refusals = o.value(u"refusals"_s);
    if (!refusals.isUndefined() && !refusals.isNull()) {
        if (!refusals.isArray() || refusals.toArray().size() > kMaxTallies)
            return badMember(u"refusals"_s, "is not an array of at most 5000 tallies");
        for (const QJsonValue &v : refusals.toArray()) {
            auto t = decodeTally(v);
            if (!t)
                return t.error();
            r->refusals << t.value();
        }
    }
    const QJsonValue inst = o.value(u"institution"_s);
    if (inst.isObject()) {
        const QJsonObject i = inst.toObject();
        r->institution = {i.value(u"name"_s).toString(),    i.value(u"address"_s).toString(),
                          i.value(u"contact"_s).toString(), i.value(u"department"_s).toString(),
                          i.value(u"title"_s).toString(),   i.value(u"phone"_s).toString()};
        for (const QString *v : {&r->institution.name, &r->institution.address, &r->institution.contact,
                                 &r->institution.department, &r->institution.title, &r->institution.phone})
            if (auto s = checkLength(u"institution"_s, *v); !s)
                return s;
    } else if (!inst.isUndefined() && !inst.isNull()) {
        return badMember(u"institution"_s, "is not an object");
    }
    const QJsonValue handovers = o.value(u"handovers"_s);
    if (!handovers.isUndefined() && !handovers.isNull()) {
        if (!handovers.isArray() || handovers.toArray().size() > kMaxBatches)
            return badMember(u"handovers"_s, "is not an array of at most 100 batches");
        for (const QJsonValue &v : handovers.toArray()) {
            auto b = decodeBatch(v);
            if (!b)
                return b.error();
            r->handovers << b.value();
        }
    }
    return {};
}

} // namespace certdesk::protocol
