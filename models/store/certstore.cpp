#include "store/certstore.h"

#include "store/deskstore.h"

#include "domain/workload.h"

#include "store/database.h"

#include <QHash>
#include <QMap>

namespace certdesk {

namespace {

#define CERT_SELECT                                                                                                    \
    "SELECT c.uuid, f.form_no, c.form_id, c.cycle, c.alive, c.method, a.username, a.full_name, c.center_code, "        \
    "c.certified_at, c.local_date, c.new_address, c.new_postcode, c.new_phone, c.remark, c.supersedes, "               \
    "c.correction_reason, o.username, c.override_reason, ob.state, c.presented_id, c.presented_name, c.source, "       \
    "f.variant, h.retained_at, h.returned_at, h.overlay_printed_at "                                                   \
    "FROM certifications c JOIN forms f ON f.id = c.form_id JOIN accounts a ON a.id = c.clerk_id "                     \
    "LEFT JOIN accounts o ON o.id = c.override_by LEFT JOIN outbox ob ON ob.uuid = c.uuid "                            \
    "LEFT JOIN paper_handling h ON h.form_id = c.form_id AND h.cycle = c.cycle "

QDateTime stamp(const Statement &q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromString(q.text(column), Qt::ISODateWithMs);
}

CertificationRecord readRecord(const Statement &q)
{
    CertificationRecord r;
    r.uuid = q.text(0);
    r.formNo = q.text(1);
    r.formId = q.int64(2);
    r.cycle = int(q.int64(3));
    r.alive = q.int64(4) != 0;
    methodFromKey(q.text(5), &r.method);
    r.clerk = q.text(6);
    r.clerkName = q.text(7);
    r.centerCode = q.text(8);
    r.certifiedAt = QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
    r.localDate = QDate::fromString(q.text(10), Qt::ISODate);
    r.change = {q.text(11), q.text(12), q.text(13)};
    r.remark = q.text(14);
    r.supersedes = q.text(15);
    r.correctionReason = q.text(16);
    r.overrideBy = q.text(17);
    r.overrideReason = q.text(18);
    r.syncState = q.text(19);
    r.presentedId = q.text(20);
    r.presentedName = q.text(21);
    r.source = q.text(22);
    variantFromText(q.text(23), &r.variant);
    r.retainedAt = stamp(q, 24);
    r.returnedAt = stamp(q, 25);
    r.overlayPrintedAt = stamp(q, 26);
    return r;
}

} // namespace

Result<std::optional<CertificationRecord>> findCertification(Database &db, const QString &uuid)
{
    auto q = db.cached(CERT_SELECT "WHERE c.uuid = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    return fetchOne<CertificationRecord>(*q.value(), readRecord);
}

Result<bool> isSuperseded(Database &db, const QString &uuid)
{
    auto q = db.cached("SELECT count(*) FROM certifications WHERE supersedes = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, uuid);
    auto row = q.value()->step();
    if (!row)
        return row.error();
    const bool superseded = q.value()->int64(0) > 0;
    q.value()->reset();
    return superseded;
}

Status insertCertification(Database &db, const CertificationRecord &r, qint64 clerkId,
                           std::optional<qint64> overrideById)
{
    auto q = db.cached("INSERT INTO certifications(uuid, form_id, cycle, alive, method, clerk_id, center_code, "
                       "certified_at, local_date, new_address, new_postcode, new_phone, remark, supersedes, "
                       "correction_reason, override_by, override_reason, presented_id, presented_name, source) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q)
        return q.error();
    Statement *s = q.value();
    auto orNull = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    s->bindAll(r.uuid, r.formId, r.cycle, r.alive, methodKey(r.method), clerkId, r.centerCode,
               r.certifiedAt.toUTC().toString(Qt::ISODateWithMs), r.localDate.toString(Qt::ISODate), r.change.address,
               r.change.postcode, r.change.phone, r.remark.isNull() ? QStringLiteral("") : r.remark,
               orNull(r.supersedes), orNull(r.correctionReason));
    if (overrideById)
        s->bind(16, *overrideById);
    else
        s->bindNull(16);
    s->bind(17, orNull(r.overrideReason));
    s->bind(18, orNull(r.presentedId));
    s->bind(19, orNull(r.presentedName));
    s->bind(20, r.source.isEmpty() ? QStringLiteral("list") : r.source);
    if (auto st = s->run(); !st)
        return st;
    auto ob = db.cached("INSERT INTO outbox(uuid, state, updated_at) VALUES (?, 'pending', ?)");
    if (!ob)
        return ob.error();
    return ob.value()->bindAll(r.uuid, r.certifiedAt.toUTC().toString(Qt::ISODateWithMs)).run();
}

Result<QList<CertificationRecord>> certificationsBetween(Database &db, const QDate &from, const QDate &to,
                                                         bool currentOnly)
{
    auto q = currentOnly ? db.prepare(CERT_SELECT "WHERE c.local_date BETWEEN ? AND ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM certifications s WHERE s.supersedes = c.uuid) "
                                                  "ORDER BY c.certified_at, c.id")
                         : db.prepare(CERT_SELECT "WHERE c.local_date BETWEEN ? AND ? ORDER BY c.certified_at, c.id");
    if (!q)
        return q.error();
    q->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return fetchAll<CertificationRecord>(q.value(), readRecord);
}

Status recordRefusal(Database &db, qint64 clerkId, ErrorCode code, const QDateTime &at, const QDate &localDate)
{
    auto q = db.cached("INSERT INTO refusals(at, local_date, clerk_id, code) VALUES (?,?,?,?)");
    if (!q)
        return q.error();
    return q.value()
        ->bindAll(at.toUTC().toString(Qt::ISODateWithMs), localDate.toString(Qt::ISODate), clerkId, errorCodeWord(code))
        .run();
}

Result<QList<WorkloadRow>> workloadBetween(Database &db, const QDate &from, const QDate &to, const QString &center)
{
    // The rows come from the shared definition (domain/workload.h), fed with the originals of the range and every
    // correction (few: they give the current result of chains whose original lies in the range).
    auto certs = db.prepare("SELECT c.uuid, COALESCE(c.supersedes, ''), c.center_code, a.username, a.full_name, "
                            "c.local_date, c.alive, (c.new_address IS NOT NULL OR c.new_postcode IS NOT NULL OR "
                            "c.new_phone IS NOT NULL), f.variant FROM certifications c "
                            "JOIN accounts a ON a.id = c.clerk_id JOIN forms f ON f.id = c.form_id "
                            "WHERE c.local_date BETWEEN ?1 AND ?2 OR c.supersedes IS NOT NULL");
    auto refusals = db.prepare("SELECT r.local_date, a.username, a.full_name, r.code, count(*) FROM refusals r "
                               "JOIN accounts a ON a.id = r.clerk_id WHERE r.local_date BETWEEN ?1 AND ?2 "
                               "GROUP BY r.local_date, a.username, a.full_name, r.code");
    if (!certs)
        return certs.error();
    if (!refusals)
        return refusals.error();
    certs->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    auto records = fetchAll<WorkloadRecord>(certs.value(), [](const Statement &q) {
        return WorkloadRecord{q.text(0),
                              q.text(1),
                              q.text(2),
                              q.text(3),
                              q.text(4),
                              QDate::fromString(q.text(5), Qt::ISODate),
                              q.int64(6) == 1,
                              q.int64(7) == 1,
                              q.text(8) == QLatin1String("mail") ? FormVariant::Mail : FormVariant::Online};
    });
    if (!records)
        return records.error();
    refusals->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    auto tallies = fetchAll<WorkloadRefusal>(refusals.value(), [&center](const Statement &q) {
        return WorkloadRefusal{center,    q.text(1),      q.text(2), QDate::fromString(q.text(0), Qt::ISODate),
                               q.text(3), int(q.int64(4))};
    });
    if (!tallies)
        return tallies.error();
    // A center with several desks: the records of the other desks (pulled) count too, each marked by its desk,
    // and then this desk's own are marked as well. Refusals stay this desk's (each desk reports its own).
    auto others = deskWorkloadRecords(db, from, to, center);
    if (!others)
        return others.error();
    if (!others->isEmpty()) {
        auto own = deskName(db);
        if (!own)
            return own.error();
        for (WorkloadRecord &r : records.value())
            r.desk = own.value();
        for (WorkloadRefusal &t : tallies.value())
            t.desk = own.value();
        records->append(others.value());
    }
    return computeWorkload(records.value(), tallies.value(), from, to);
}

Result<QList<ProgressForm>> cycleProgressForms(Database &db, int cycle)
{
    // Corrections are few; the chains are followed here (SQLite 3.15: no window functions).
    auto certs = db.prepare("SELECT c.uuid, COALESCE(c.supersedes, ''), c.form_id, c.alive FROM certifications c "
                            "WHERE c.cycle = ?1 OR c.supersedes IS NOT NULL");
    auto forms = db.prepare("SELECT id, id_no, status FROM forms WHERE cycle = ?1");
    if (!certs)
        return certs.error();
    if (!forms)
        return forms.error();
    struct Cert
    {
        QString uuid, supersedes;
        qint64 formId;
        bool alive;
    };
    certs->bindAll(cycle);
    auto rows = fetchAll<Cert>(certs.value(), [](const Statement &q) {
        return Cert{q.text(0), q.text(1), q.int64(2), q.int64(3) == 1};
    });
    if (!rows)
        return rows.error();
    QHash<QString, const Cert *> correctionOf;
    for (const Cert &c : rows.value())
        if (!c.supersedes.isEmpty())
            correctionOf.insert(c.supersedes, &c);
    QHash<qint64, bool> current; // form id → current result of its standing record
    for (const Cert &c : rows.value()) {
        if (!c.supersedes.isEmpty())
            continue;
        const Cert *last = &c;
        for (int guard = 0; guard < 1000 && correctionOf.contains(last->uuid); ++guard)
            last = correctionOf.value(last->uuid);
        current.insert(c.formId, last->alive);
    }
    forms->bindAll(cycle);
    return fetchAll<ProgressForm>(forms.value(), [&current](const Statement &q) {
        ProgressForm f;
        f.idNo = q.text(1);
        f.withdrawn = q.text(2) == QLatin1String("withdrawn");
        if (const auto it = current.constFind(q.int64(0)); it != current.constEnd())
            f.alive = it.value();
        return f;
    });
}

Result<QPair<QStringList, qint64>> refusalDaysAfter(Database &db, qint64 afterId)
{
    auto q = db.cached("SELECT local_date, max(id) FROM refusals WHERE id > ? GROUP BY local_date ORDER BY local_date");
    if (!q)
        return q.error();
    q.value()->bindAll(afterId);
    QPair<QStringList, qint64> out{{}, afterId};
    auto rows = fetchAll<QPair<QString, qint64>>(*q.value(), [](const Statement &s) {
        return QPair<QString, qint64>{s.text(0), s.int64(1)};
    });
    if (!rows)
        return rows.error();
    for (const auto &r : rows.value()) {
        out.first << r.first;
        out.second = qMax(out.second, r.second);
    }
    return out;
}

Result<QList<WorkloadRefusal>> refusalTallies(Database &db, const QStringList &dates, const QString &center)
{
    QList<WorkloadRefusal> out;
    auto q = db.cached("SELECT r.local_date, a.username, a.full_name, r.code, count(*) FROM refusals r "
                       "JOIN accounts a ON a.id = r.clerk_id WHERE r.local_date = ? "
                       "GROUP BY r.local_date, a.username, a.full_name, r.code");
    if (!q)
        return q.error();
    for (const QString &date : dates) {
        q.value()->bindAll(date);
        auto rows = fetchAll<WorkloadRefusal>(*q.value(), [&center](const Statement &st) {
            return WorkloadRefusal{center,     st.text(1),      st.text(2), QDate::fromString(st.text(0), Qt::ISODate),
                                   st.text(3), int(st.int64(4))};
        });
        if (!rows)
            return rows.error();
        for (const WorkloadRefusal &r : rows.value())
            if (isRealRefusal(r.code))
                out << r;
    }
    return out;
}

} // namespace certdesk
