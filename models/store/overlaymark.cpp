#include "store/overlaymark.h"

#include "store/database.h"

namespace certdesk {

Status markOverlayPrinted(Database &db, qint64 formId, int cycle, const QDateTime &at)
{
    // SQLite 3.15: no UPSERT. The row may already exist (retained/returned); the first print is the one kept, a
    // second (a misfeed printed again) does not move it.
    auto insert = db.prepare("INSERT OR IGNORE INTO paper_handling(form_id, cycle) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    if (auto s = insert->bindAll(formId, cycle).run(); !s)
        return s;
    auto update = db.prepare("UPDATE paper_handling SET overlay_printed_at = ? "
                             "WHERE form_id = ? AND cycle = ? AND overlay_printed_at IS NULL");
    if (!update)
        return update.error();
    return update->bindAll(at.toUTC().toString(Qt::ISODateWithMs), formId, cycle).run();
}

Result<std::optional<QDateTime>> overlayPrintedAt(Database &db, qint64 formId, int cycle)
{
    auto q = db.prepare("SELECT overlay_printed_at FROM paper_handling WHERE form_id = ? AND cycle = ?");
    if (!q)
        return q.error();
    q->bindAll(formId, cycle);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value() || q->isNull(0))
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromString(q->text(0), Qt::ISODateWithMs));
}

} // namespace certdesk
