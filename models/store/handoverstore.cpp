#include "store/handoverstore.h"

#include "store/database.h"

#include <QCoreApplication>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Handover)
};
} // namespace

namespace {

constexpr int kMaxHandoverLines = 5000;

// The original record (supersedes IS NULL) gives the date and 经办人 (one workload definition: a certification
// belongs to its original date and clerk); the name is the one checked at the counter.
const char *const kPendingSql =
    "SELECT f.id, h.cycle, f.form_no, COALESCE(NULLIF(c.presented_name, ''), f.name), c.local_date, a.full_name "
    "FROM paper_handling h JOIN forms f ON f.id = h.form_id "
    "JOIN certifications c ON c.form_id = h.form_id AND c.cycle = h.cycle AND c.supersedes IS NULL "
    "JOIN accounts a ON a.id = c.clerk_id "
    "WHERE h.retained_at IS NOT NULL AND f.variant = 'online' "
    "AND NOT EXISTS (SELECT 1 FROM handover_items i WHERE i.form_id = h.form_id AND i.cycle = h.cycle) "
    "ORDER BY c.local_date, f.form_no, h.cycle";

struct Pending
{
    qint64 formId = 0;
    int cycle = 0;
    HandoverLine line;
};

Result<QList<Pending>> pendingRows(Database &db)
{
    auto q = db.prepare(kPendingSql);
    if (!q)
        return q.error();
    auto rows = fetchAll<Pending>(q.value(), [](const Statement &s) {
        Pending p;
        p.formId = s.int64(0);
        p.cycle = int(s.int64(1));
        p.line.formNo = s.text(2);
        p.line.name = s.text(3);
        p.line.date = QDate::fromString(s.text(4), Qt::ISODate);
        p.line.clerkName = s.text(5);
        return p;
    });
    if (!rows)
        return rows.error();
    QList<Pending> out = rows.value();
    for (int i = 0; i < out.size(); ++i)
        out[i].line.line = i + 1;
    return out;
}

Status readLines(Database &db, HandoverBatchRecord &b)
{
    auto q = db.prepare("SELECT line, form_no, name, local_date, clerk_name FROM handover_items WHERE batch = ? "
                        "ORDER BY line");
    if (!q)
        return q.error();
    q->bind(1, b.batch);
    auto lines = fetchAll<HandoverLine>(q.value(), [](const Statement &s) {
        return HandoverLine{int(s.int64(0)), s.text(1), s.text(2), QDate::fromString(s.text(3), Qt::ISODate),
                            s.text(4)};
    });
    if (!lines)
        return lines.error();
    b.lines = lines.value();
    return {};
}

const char *const kBatchSelect = "SELECT b.batch, b.created_at, a.username, a.full_name, b.synced_at "
                                 "FROM handover_batches b JOIN accounts a ON a.id = b.created_by ";

HandoverBatchRecord readBatch(const Statement &s)
{
    HandoverBatchRecord b;
    b.batch = int(s.int64(0));
    b.createdAt = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    b.createdBy = s.text(2);
    b.createdByName = s.text(3);
    if (!s.isNull(4))
        b.syncedAt = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
    return b;
}

} // namespace

Result<QList<HandoverLine>> pendingHandover(Database &db)
{
    auto rows = pendingRows(db);
    if (!rows)
        return rows.error();
    QList<HandoverLine> out;
    for (const Pending &p : rows.value())
        out.append(p.line);
    return out;
}

Result<int> lastHandoverBatch(Database &db)
{
    auto q = db.prepare("SELECT COALESCE(MAX(batch), 0) FROM handover_batches");
    if (!q)
        return q.error();
    auto n = fetchOne<int>(q.value(), [](const Statement &s) { return int(s.int64(0)); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<int> insertHandoverBatch(Database &db, qint64 accountId, const QDateTime &at)
{
    auto rows = pendingRows(db);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::refused(ErrorCode::NothingToHandOver, Tr::tr("No retained 附表1 original since the last "
                                                                   "handover: there is nothing to hand over."));
    auto last = lastHandoverBatch(db);
    if (!last)
        return last.error();
    const int batch = last.value() + 1;
    auto b = db.prepare("INSERT INTO handover_batches(batch, created_at, created_by) VALUES (?, ?, ?)");
    if (!b)
        return b.error();
    if (auto s = b->bindAll(batch, at.toUTC().toString(Qt::ISODateWithMs), accountId).run(); !s)
        return s.error();
    auto item = db.prepare("INSERT INTO handover_items(batch, line, form_id, cycle, form_no, name, local_date, "
                           "clerk_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!item)
        return item.error();
    // The protocol carries at most 5,000 forms per batch; more (never seen at a counter) wait for the next one.
    for (const Pending &p : rows->mid(0, kMaxHandoverLines)) {
        if (auto s = item->bindAll(batch, p.line.line, p.formId, p.cycle, p.line.formNo, p.line.name,
                                   p.line.date.toString(Qt::ISODate), p.line.clerkName)
                         .run();
            !s)
            return s.error();
        item->reset();
    }
    return batch;
}

Result<std::optional<HandoverBatchRecord>> findHandoverBatch(Database &db, int batch)
{
    auto q = db.prepare((QByteArray(kBatchSelect) + "WHERE b.batch = ?").constData());
    if (!q)
        return q.error();
    q->bind(1, batch);
    auto b = fetchOne<HandoverBatchRecord>(q.value(), readBatch);
    if (!b)
        return b.error();
    std::optional<HandoverBatchRecord> out = b.value();
    if (out)
        if (auto s = readLines(db, *out); !s)
            return s.error();
    return out;
}

Result<QList<HandoverBatchRecord>> unsyncedHandovers(Database &db, int limit)
{
    auto q = db.prepare((QByteArray(kBatchSelect) + "WHERE b.synced_at IS NULL ORDER BY b.batch LIMIT ?").constData());
    if (!q)
        return q.error();
    q->bind(1, limit);
    auto batches = fetchAll<HandoverBatchRecord>(q.value(), readBatch);
    if (!batches)
        return batches.error();
    QList<HandoverBatchRecord> out = batches.value();
    for (HandoverBatchRecord &b : out)
        if (auto s = readLines(db, b); !s)
            return s.error();
    return out;
}

Status markHandoversSynced(Database &db, const QList<int> &batches, const QDateTime &at)
{
    auto q = db.prepare("UPDATE handover_batches SET synced_at = ? WHERE batch = ? AND synced_at IS NULL");
    if (!q)
        return q.error();
    for (int batch : batches) {
        if (auto s = q->bindAll(at.toUTC().toString(Qt::ISODateWithMs), batch).run(); !s)
            return s;
        q->reset();
    }
    return {};
}

} // namespace certdesk
