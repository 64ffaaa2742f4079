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
        (target) = std::move(taken_).value();                                                                          \
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
    for (const auto &f : forms) {
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

QJsonObject encodeInstitution(const InstitutionRow &i)
{
    return QJsonObject{{u"name"_s, i.name},       {u"address"_s, i.address},
                       {u"contact"_s, i.contact}, {u"department"_s, i.department},
                       {u"title"_s, i.title},     {u"phone"_s, i.phone}};
}

QJsonObject encodeCenterSettings(const CenterSettingsRow &s)
{
    return QJsonObject{{u"cycle_policy"_s, s.cyclePolicy},
                       {u"window_start"_s, s.windowStart},
                       {u"window_end"_s, s.windowEnd},
                       {u"idle_lock_minutes"_s, s.idleLockMinutes}};
}

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
        o.insert(u"institution"_s, encodeInstitution(r.institution));
    if (!r.settings.isNull())
        o.insert(u"settings"_s, encodeCenterSettings(r.settings));
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
    if (!r.programVersion.isEmpty())
        o.insert(u"program_version"_s, r.programVersion);
    if (r.centerTime.isValid())
        o.insert(u"center_time"_s, timestampText(r.centerTime));
    if (r.waiting >= 0)
        o.insert(u"waiting"_s, r.waiting);
}

Status decodeCenterReport(const QJsonObject &o, PullRequest *r)
{
    const QJsonValue refusals = o.value(u"refusals"_s);
    if (!refusals.isUndefined() && !refusals.isNull()) {
        if (!refusals.isArray() || refusals.toArray().size() > kMaxTallies)
            return badMember(u"refusals"_s, "is not an array of at most 5000 tallies");
        for (const auto &v : refusals.toArray()) {
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
    const QJsonValue settings = o.value(u"settings"_s);
    if (settings.isObject()) {
        const QJsonObject k = settings.toObject();
        CenterSettingsRow &c = r->settings;
        c = {k.value(u"cycle_policy"_s).toString(), k.value(u"window_start"_s).toString(),
             k.value(u"window_end"_s).toString(), k.value(u"idle_lock_minutes"_s).toInt()};
        if (c.cyclePolicy != u"fixed"_s && c.cyclePolicy != u"rolling"_s)
            return badMember(u"settings"_s, "has a cycle_policy other than fixed or rolling");
        const auto monthDay = [](const QString &v) {
            return v.size() == 5 && QDate::fromString(u"2000-"_s + v, Qt::ISODate).isValid();
        };
        if (!monthDay(c.windowStart) || !monthDay(c.windowEnd))
            return badMember(u"settings"_s, "has a window that is not MM-DD");
        if (c.idleLockMinutes < 0 || c.idleLockMinutes > 24 * 60)
            return badMember(u"settings"_s, "has idle_lock_minutes out of range");
    } else if (!settings.isUndefined() && !settings.isNull()) {
        return badMember(u"settings"_s, "is not an object");
    }
    const QJsonValue handovers = o.value(u"handovers"_s);
    if (!handovers.isUndefined() && !handovers.isNull()) {
        if (!handovers.isArray() || handovers.toArray().size() > kMaxBatches)
            return badMember(u"handovers"_s, "is not an array of at most 100 batches");
        for (const auto &v : handovers.toArray()) {
            auto b = decodeBatch(v);
            if (!b)
                return b.error();
            r->handovers << b.value();
        }
    }
    if (o.contains(u"program_version"_s)) {
        auto v = optionalString(o, u"program_version"_s);
        if (!v)
            return v.error();
        if (v->size() > 64)
            return badMember(u"program_version"_s, "is longer than 64 characters");
        r->programVersion = v.value();
    }
    if (o.contains(u"center_time"_s) && !o.value(u"center_time"_s).isNull()) {
        auto t = requiredTimestamp(o, u"center_time"_s);
        if (!t)
            return t.error();
        r->centerTime = t.value();
    }
    if (o.contains(u"waiting"_s) && !o.value(u"waiting"_s).isNull()) {
        auto w = requiredInt(o, u"waiting"_s);
        if (!w)
            return w.error();
        if (w.value() < 0 || w.value() > 100000000)
            return badMember(u"waiting"_s, "is not a count");
        r->waiting = int(w.value());
    }
    return {};
}

} // namespace certdesk::protocol
