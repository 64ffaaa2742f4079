#include "store/paperstore.h"

#include "store/database.h"
#include "store/formstore.h"
#include "store/syncstore.h"

namespace certdesk {

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime stamp(const Statement &q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromString(q.text(column), Qt::ISODateWithMs);
}

} // namespace

Status insertPaperForm(Database &db, const Form &form, qint64 clerkId, const QDateTime &at)
{
    if (auto s = insertForm(db, form, 0); !s)
        return s;
    const qint64 id = db.lastInsertRowId();
    auto q = db.cached("UPDATE forms SET source = 'paper', import_id = NULL, registered_at = ?, registered_by = ? "
                       "WHERE id = ?");
    if (!q)
        return q.error();
    return q.value()->bindAll(iso(at), clerkId, id).run();
}

Result<LateData> reconcilePaperForm(Database &db, const Form &incoming, const QString &via, const QDateTime &at)
{
    auto found = findFormByNo(db, incoming.formNo);
    if (!found)
        return found.error();
    if (!found->has_value() || !found->value().paper)
        return LateData::NotPaper;
    const StoredForm &paper = found->value();
    if (paper.form.person.idNo == incoming.person.idNo) {
        // Same person: the list is the issuing office's own data (check code, person number, address), so it
        // replaces what was typed; the row stays a paper registration, now linked.
        if (!(paper.form == incoming) || !paper.linkedAt.isValid()) {
            if (auto s = replaceForm(db, paper.id, incoming); !s)
                return s.error();
            auto q = db.cached("UPDATE forms SET linked_at = ? WHERE id = ?");
            if (!q)
                return q.error();
            if (auto s = q.value()->bindAll(iso(at), paper.id).run(); !s)
                return s.error();
        }
        return LateData::Linked;
    }
    auto open = db.cached("SELECT count(*) FROM paper_reviews WHERE form_no = ? AND list_id_no = ? "
                          "AND resolved_at IS NULL");
    if (!open)
        return open.error();
    open.value()->bindAll(incoming.formNo, incoming.person.idNo);
    auto row = open.value()->step();
    if (!row)
        return row.error();
    const bool already = open.value()->int64(0) > 0;
    open.value()->reset();
    if (already)
        return LateData::Flagged;
    auto q = db.cached("INSERT INTO paper_reviews(form_no, paper_id_no, list_id_no, list_name, via, at) "
                       "VALUES (?,?,?,?,?,?)");
    if (!q)
        return q.error();
    if (auto s = q.value()
                     ->bindAll(incoming.formNo, paper.form.person.idNo, incoming.person.idNo, incoming.person.name, via,
                               iso(at))
                     .run();
        !s)
        return s.error();
    return LateData::Flagged;
}

Result<QList<PaperReview>> paperReviews(Database &db, bool openOnly)
{
    auto q = openOnly ? db.prepare("SELECT id, form_no, paper_id_no, list_id_no, list_name, via, at, resolved_at, "
                                   "resolved_by, resolution FROM paper_reviews WHERE resolved_at IS NULL ORDER BY id")
                      : db.prepare("SELECT id, form_no, paper_id_no, list_id_no, list_name, via, at, resolved_at, "
                                   "resolved_by, resolution FROM paper_reviews ORDER BY id");
    if (!q)
        return q.error();
    return fetchAll<PaperReview>(q.value(), [](const Statement &s) {
        return PaperReview{s.int64(0), s.text(1),   s.text(2),   s.text(3), s.text(4),
                           s.text(5),  stamp(s, 6), stamp(s, 7), s.text(8), s.text(9)};
    });
}

Result<bool> resolvePaperReview(Database &db, qint64 id, const QString &by, const QString &resolution,
                                const QDateTime &at)
{
    auto q = db.prepare("UPDATE paper_reviews SET resolved_at = ?, resolved_by = ?, resolution = ? "
                        "WHERE id = ? AND resolved_at IS NULL");
    if (!q)
        return q.error();
    if (auto s = q->bindAll(iso(at), by, resolution, id).run(); !s)
        return s.error();
    return db.changes() == 1;
}

Result<bool> stampPaper(Database &db, qint64 formId, int cycle, PaperStamp what, const QDateTime &at)
{
    auto ensure = db.cached("INSERT OR IGNORE INTO paper_handling(form_id, cycle) VALUES (?, ?)");
    if (!ensure)
        return ensure.error();
    if (auto s = ensure.value()->bindAll(formId, cycle).run(); !s)
        return s.error();
    const char *sql = what == PaperStamp::Retained
                          ? "UPDATE paper_handling SET retained_at = ? WHERE form_id = ? AND cycle = ? "
                            "AND retained_at IS NULL"
                      : what == PaperStamp::Returned
                          ? "UPDATE paper_handling SET returned_at = ? WHERE form_id = ? AND cycle = ? "
                            "AND returned_at IS NULL"
                          : "UPDATE paper_handling SET overlay_printed_at = ? WHERE form_id = ? AND cycle = ? "
                            "AND overlay_printed_at IS NULL";
    auto q = db.cached(sql);
    if (!q)
        return q.error();
    if (auto s = q.value()->bindAll(iso(at), formId, cycle).run(); !s)
        return s.error();
    return db.changes() == 1;
}

} // namespace certdesk
