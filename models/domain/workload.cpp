#include "domain/workload.h"

#include "core/errorcode.h"

#include <QHash>
#include <QMap>

#include <tuple>

namespace certdesk {

// The refusals table and the county's tallies keep the codes' stable words (errorcode.h).
QStringList realRefusalCodes()
{
    return {errorCodeWord(ErrorCode::IdMismatch), errorCodeWord(ErrorCode::DeathNotice),
            errorCodeWord(ErrorCode::OutsideWindow), errorCodeWord(ErrorCode::AlreadyCertified)};
}

bool isRealRefusal(const QString &code)
{
    return realRefusalCodes().contains(code);
}

QList<WorkloadRow> computeWorkload(const QList<WorkloadRecord> &records, const QList<WorkloadRefusal> &refusals,
                                   const QDate &from, const QDate &to)
{
    QHash<QString, const WorkloadRecord *> correctionOf; // uuid → the record that corrects it
    for (const WorkloadRecord &r : records)
        if (!r.supersedes.isEmpty())
            correctionOf.insert(r.supersedes, &r);
    using Key = std::tuple<QDate, QString, QString>;
    QMap<Key, WorkloadRow> rows;
    auto rowFor = [&rows](const QDate &date, const QString &center, const QString &clerk,
                          const QString &name) -> WorkloadRow & {
        WorkloadRow &w = rows[Key{date, center, clerk}];
        w.date = date;
        w.center = center;
        w.clerk = clerk;
        if (!name.isEmpty())
            w.clerkName = name;
        return w;
    };
    const auto inRange = [&](const QDate &d) { return d >= from && d <= to; };
    for (const WorkloadRecord &r : records) {
        if (!inRange(r.date))
            continue;
        if (!r.supersedes.isEmpty()) {
            ++rowFor(r.date, r.center, r.clerk, r.clerkName).corrections;
            continue;
        }
        const WorkloadRecord *current = &r;
        for (int guard = 0; guard < 1000 && correctionOf.contains(current->uuid); ++guard)
            current = correctionOf.value(current->uuid);
        WorkloadRow &w = rowFor(r.date, r.center, r.clerk, r.clerkName);
        const bool online = r.variant == FormVariant::Online;
        if (current->alive) {
            ++w.alive;
            ++(online ? w.onlineAlive : w.mailAlive);
        } else {
            ++w.deceased;
            ++(online ? w.onlineDeceased : w.mailDeceased);
        }
        if (current->changed)
            ++w.addressChanges;
    }
    for (const WorkloadRefusal &f : refusals)
        if (inRange(f.date) && isRealRefusal(f.code))
            rowFor(f.date, f.center, f.clerk, f.clerkName).refusals += f.count;
    return rows.values();
}

WorkloadRow workloadTotal(const QList<WorkloadRow> &rows)
{
    WorkloadRow t;
    for (const WorkloadRow &r : rows) {
        t.alive += r.alive;
        t.deceased += r.deceased;
        t.addressChanges += r.addressChanges;
        t.refusals += r.refusals;
        t.onlineAlive += r.onlineAlive;
        t.onlineDeceased += r.onlineDeceased;
        t.mailAlive += r.mailAlive;
        t.mailDeceased += r.mailDeceased;
        t.corrections += r.corrections;
    }
    return t;
}

QJsonObject workloadRowJson(const WorkloadRow &r)
{
    return QJsonObject{{QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                       {QStringLiteral("center"), r.center},
                       {QStringLiteral("clerk"), r.clerk},
                       {QStringLiteral("clerk_name"), r.clerkName},
                       {QStringLiteral("online_alive"), r.onlineAlive},
                       {QStringLiteral("online_deceased"), r.onlineDeceased},
                       {QStringLiteral("mail_alive"), r.mailAlive},
                       {QStringLiteral("mail_deceased"), r.mailDeceased},
                       {QStringLiteral("alive"), r.alive},
                       {QStringLiteral("deceased"), r.deceased},
                       {QStringLiteral("info_changes"), r.addressChanges},
                       {QStringLiteral("corrections"), r.corrections},
                       {QStringLiteral("refusals"), r.refusals}};
}

} // namespace certdesk
