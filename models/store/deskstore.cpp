#include "store/deskstore.h"

#include "store/database.h"
#include "store/syncstore.h"

#include <QSysInfo>

namespace certdesk {

namespace {

const QString kDeskKey = QStringLiteral("desk_name");

} // namespace

Result<QString> deskName(Database &db)
{
    auto stored = syncValue(db, kDeskKey);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return stored.value();
    return QSysInfo::machineHostName().left(64);
}

Status setDeskName(Database &db, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 64)
        return Error::invalid(ErrorCode::Desk, QStringLiteral("desk name longer than 64 characters"));
    return setSyncValue(db, kDeskKey, trimmed);
}

Status noteDeskRecord(Database &db, const DeskRecordRow &r, const QDateTime &now)
{
    auto q = db.cached("INSERT OR IGNORE INTO desk_records(uuid, form_no, cycle, desk, clerk, clerk_name, local_date, "
                       "alive, changed, variant, supersedes, status, noted_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
    return q.value()
        ->bindAll(r.uuid, r.formNo, r.cycle, text(r.desk), r.clerk, text(r.clerkName), r.date.toString(Qt::ISODate),
                  int(r.alive), int(r.changed), variantKey(r.variant),
                  r.supersedes.isEmpty() ? QString() : r.supersedes, text(r.status),
                  now.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

namespace {

DeskRecordRow readRow(const Statement &s)
{
    DeskRecordRow r;
    r.uuid = s.text(0);
    r.formNo = s.text(1);
    r.cycle = int(s.int64(2));
    r.desk = s.text(3);
    r.clerk = s.text(4);
    r.clerkName = s.text(5);
    r.date = QDate::fromString(s.text(6), Qt::ISODate);
    r.alive = s.int64(7) == 1;
    r.changed = s.int64(8) == 1;
    r.variant = s.text(9) == QLatin1String("mail") ? FormVariant::Mail : FormVariant::Online;
    r.supersedes = s.text(10);
    r.status = s.text(11);
    return r;
}

#define DESK_COLUMNS                                                                                                   \
    "SELECT uuid, form_no, cycle, desk, clerk, clerk_name, local_date, alive, changed, variant, "                      \
    "COALESCE(supersedes, ''), status FROM desk_records "

} // namespace

Result<std::optional<DeskRecordRow>> findDeskCertification(Database &db, const QString &formNo, int cycle)
{
    // One statement text, cached by the database (Database::cached keys on the literal).
    auto q = db.cached(DESK_COLUMNS "WHERE form_no = ? AND cycle = ? AND supersedes IS NULL "
                                    "ORDER BY local_date, uuid LIMIT 1");
    if (!q)
        return q.error();
    q.value()->bindAll(formNo, cycle);
    return fetchOne<DeskRecordRow>(*q.value(), readRow);
}

Result<QList<WorkloadRecord>> deskWorkloadRecords(Database &db, const QDate &from, const QDate &to,
                                                  const QString &center)
{
    auto q = db.cached(DESK_COLUMNS "WHERE local_date BETWEEN ? AND ? OR supersedes IS NOT NULL");
    if (!q)
        return q.error();
    q.value()->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    auto rows = fetchAll<DeskRecordRow>(*q.value(), readRow);
    if (!rows)
        return rows.error();
    QList<WorkloadRecord> out;
    out.reserve(rows->size());
    for (const DeskRecordRow &r : rows.value()) {
        WorkloadRecord w{r.uuid, r.supersedes, center, r.clerk, r.clerkName, r.date, r.alive, r.changed, r.variant};
        w.desk = r.desk;
        out.append(w);
    }
    return out;
}

} // namespace certdesk
