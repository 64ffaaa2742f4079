#include "domain/workload.h"

#include "core/errorcode.h"

#include <QHash>
#include <QMap>
#include <QSet>

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
    using Key = std::tuple<QDate, QString, QString, QString>;
    QMap<Key, WorkloadRow> rows;
    auto rowFor = [&rows](const QDate &date, const QString &center, const QString &clerk, const QString &name,
                          const QString &desk = QString()) -> WorkloadRow & {
        WorkloadRow &w = rows[Key{date, center, desk, clerk}];
        w.date = date;
        w.center = center;
        w.desk = desk;
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
            ++rowFor(r.date, r.center, r.clerk, r.clerkName, r.desk).corrections;
            continue;
        }
        const WorkloadRecord *current = &r;
        for (int guard = 0; guard < 1000 && correctionOf.contains(current->uuid); ++guard)
            current = correctionOf.value(current->uuid);
        WorkloadRow &w = rowFor(r.date, r.center, r.clerk, r.clerkName, r.desk);
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
            rowFor(f.date, f.center, f.clerk, f.clerkName, f.desk).refusals += f.count;
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

QList<WorkloadDay> dailyWorkload(const QList<WorkloadRow> &rows, const QDate &from, const QDate &to)
{
    QList<WorkloadDay> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append(WorkloadDay{d});
    for (const WorkloadRow &r : rows) {
        const qint64 i = from.daysTo(r.date);
        if (i < 0 || i >= days.size())
            continue;
        days[i].alive += r.alive;
        days[i].deceased += r.deceased;
        days[i].changes += r.addressChanges;
    }
    return days;
}

CycleProgress computeProgress(int cycle, const QList<ProgressForm> &forms)
{
    CycleProgress p;
    p.cycle = cycle;
    QSet<QString> dead; // people certified deceased on some form of the cycle
    for (const ProgressForm &f : forms)
        if (f.alive.has_value() && !*f.alive)
            dead.insert(f.idNo);
    for (const ProgressForm &f : forms) {
        if (f.alive.has_value()) {
            ++p.due;
            ++(*f.alive ? p.alive : p.deceased);
        } else if (f.withdrawn) {
            ++p.withdrawn;
        } else if (dead.contains(f.idNo)) {
            ++p.deceasedElsewhere;
        } else {
            ++p.due;
        }
    }
    return p;
}

QJsonObject workloadRowJson(const WorkloadRow &r)
{
    QJsonObject o{{QStringLiteral("date"), r.date.toString(Qt::ISODate)},
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
    if (!r.desk.isEmpty())
        o.insert(QStringLiteral("desk"), r.desk);
    return o;
}

} // namespace certdesk
