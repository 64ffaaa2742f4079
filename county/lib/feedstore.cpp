#include "countystore.h"

#include "protocol/codec.h"
#include "sqlbatch.h"
#include "tallies.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk::county {

using namespace Qt::StringLiterals;
using protocol::Change;
using protocol::ChangeKind;

namespace {

const QStringList kChangeColumns{u"center_code"_s, u"kind"_s, u"ref"_s, u"payload"_s};

QByteArray changePayload(const Change &c)
{
    QJsonObject o = protocol::encodeChange(c);
    o.remove(u"seq"_s); // the database assigns it
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QVariantList changeRow(const QString &center, ChangeKind kind, const QString &ref, const QByteArray &payload)
{
    return {center, protocol::changeKindKey(kind), ref, QString::fromUtf8(payload)};
}

QByteArray withdrawalPayload(const QString &formNo)
{
    Change c;
    c.kind = ChangeKind::Withdrawal;
    c.formNo = formNo;
    return changePayload(c);
}

const QString kEveryone = QString::fromLatin1(kAllCenters);

struct StoredForm
{
    QString center;
    QString status;
    QString payload;
};

Result<QHash<QString, StoredForm>> storedForms(CountyDb &db, const QStringList &formNos)
{
    QHash<QString, StoredForm> out;
    auto s = selectIn(
        db, u"SELECT form_no, center_code, status, payload FROM forms WHERE form_no IN %IN%"_s, {}, formNos,
        [&](const QSqlQuery &q) {
            out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (!s)
        return s.error();
    return out;
}

// A form's earlier county-wide form/withdrawal changes are superseded by the newest one: the log stays one row per
// form. Only rows addressed to every center are replaced: a withdrawal addressed to one center (schema 1, before the
// service became county-wide) is that center's only news of it and stays until that center has pulled it — deleting
// it lost the withdrawal of a form moved twice (C1 → C2 → C3 left it pending at C1). "certified" notices stay too.
Status dropFormChanges(CountyDb &db, const QStringList &formNos)
{
    return selectIn(db,
                    u"DELETE FROM changes WHERE center_code = ? AND ref IN %IN% AND kind IN ('form', 'withdrawal')"_s,
                    {kEveryone}, formNos, [](const QSqlQuery &) {});
}

// Paper records pushed before the county held their form: the list has arrived, so they are compared with it.
// A matching ID makes the paper record the form's standing record (and tells every center); a different ID flags it
// "mismatch" for review, and it no longer stands (pushprocessor.cpp reads standing records without it).
Status reconcilePaper(CountyDb &db, const QStringList &formNos, QList<QVariantList> *changeRows)
{
    if (auto s = selectIn(db,
                          u"UPDATE certifications SET review = CASE WHEN id_no = (SELECT f.id_no FROM forms f "
                          "WHERE f.form_no = certifications.form_no) THEN 'matched' ELSE 'mismatch' END "
                          "WHERE review = 'pending' AND form_no IN %IN%"_s,
                          {}, formNos, [](const QSqlQuery &) {});
        !s)
        return s;
    return selectIn(
        db,
        u"SELECT c.form_no, c.center_code, COALESCE(n.name, ''), c.cycle, c.local_date FROM certifications c "
        "LEFT JOIN centers n ON n.code = c.center_code WHERE c.review = 'matched' AND c.supersedes IS NULL "
        "AND c.status = 'accepted' AND c.form_no IN %IN%"_s,
        {}, formNos, [&](const QSqlQuery &q) {
            const QString formNo = q.value(0).toString();
            *changeRows << changeRow(kEveryone, ChangeKind::Withdrawal, formNo,
                                     certifiedPayload(formNo, q.value(1).toString(), q.value(2).toString(),
                                                      q.value(3).toInt(),
                                                      QDate::fromString(q.value(4).toString(), Qt::ISODate)));
            changeRows->last()[1] = u"certified"_s; // its own kind in the log: re-imports keep it
        });
}

// After a large import the planner needs fresh statistics at once (autovacuum would catch up later): without them
// PostgreSQL may sort the whole log on every pull page.
void refreshStatistics(CountyDb &db, int rows)
{
    if (db.isPostgres() && rows >= 1000)
        (void)db.run(u"ANALYZE changes"_s);
}

} // namespace

QByteArray certifiedPayload(const QString &formNo, const QString &center, const QString &centerName, int cycle,
                            const QDate &date)
{
    Change c;
    c.kind = ChangeKind::Withdrawal;
    c.formNo = formNo;
    c.certified = {center, centerName, cycle, date};
    return changePayload(c);
}

Result<ImportSummary> importForms(CountyDb &db, const QString &centerCode, const QList<Form> &forms,
                                  const QDateTime &now)
{
    ImportSummary sum;
    sum.rows = int(forms.size());
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QStringList formNos;
    for (const Form &f : forms)
        formNos << f.formNo;
    auto stored = storedForms(db, formNos);
    if (!stored)
        return stored.error();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QList<QVariantList> formRows, changeRows;
    QStringList replaced;
    for (const Form &f : forms) {
        Change c;
        c.kind = ChangeKind::Form;
        c.form = f;
        c.formNo = f.formNo;
        const QByteArray payload = changePayload(c);
        const QString text = QString::fromUtf8(payload);
        auto it = stored->constFind(f.formNo);
        if (it != stored->constEnd()) {
            if (it->center == centerCode && it->status == u"pending"_s && it->payload == text) {
                ++sum.unchanged;
                continue;
            }
            // Every center holds every form of the county: a form "moved" to another center only changes the center
            // it is listed under (reports), nobody's copy is withdrawn.
            replaced << f.formNo;
            if (it->center != centerCode)
                ++sum.reassigned;
            else
                ++sum.updated;
        } else {
            ++sum.added;
        }
        formRows << QVariantList{
            f.formNo, centerCode, u"pending"_s, notNull(f.person.idNo), notNull(f.person.name),
            f.cycle,  text,       at,           variantKey(f.variant),  f.dueDate.toString(Qt::ISODate)};
        changeRows << changeRow(kEveryone, ChangeKind::Form, f.formNo, payload);
    }
    FormTallies tallies; // tallies.h: a form added, moved or replaced changes its center's progress
    if (auto s = tallies.capture(db, formNos); !s)
        return s.error();
    if (!replaced.isEmpty()) {
        if (auto s = dropFormChanges(db, replaced); !s)
            return s.error();
        if (auto s = selectIn(db, u"DELETE FROM forms WHERE form_no IN %IN%"_s, {}, replaced, [](const QSqlQuery &) {});
            !s)
            return s.error();
    }
    if (auto s = insertRows(db, u"forms"_s,
                            {u"form_no"_s, u"center_code"_s, u"status"_s, u"id_no"_s, u"name"_s, u"cycle"_s,
                             u"payload"_s, u"imported_at"_s, u"variant"_s, u"due_date"_s},
                            formRows);
        !s)
        return s.error();
    if (auto s = reconcilePaper(db, formNos, &changeRows); !s)
        return s.error();
    if (auto s = tallies.apply(db); !s)
        return s.error();
    if (auto s = lockChangeLog(db); !s)
        return s.error();
    if (auto s = insertRows(db, u"changes"_s, kChangeColumns, changeRows); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    refreshStatistics(db, sum.added + sum.updated + sum.reassigned);
    return sum;
}

Result<ImportSummary> withdrawForms(CountyDb &db, const QStringList &formNos, const QDateTime &now)
{
    Q_UNUSED(now)
    ImportSummary sum;
    sum.rows = int(formNos.size());
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = storedForms(db, formNos);
    if (!stored)
        return stored.error();
    QStringList hit;
    QList<QVariantList> changeRows;
    for (const QString &no : formNos) {
        auto it = stored->constFind(no);
        if (it == stored->constEnd() || it->status != u"pending"_s || hit.contains(no)) {
            ++sum.unchanged;
            continue;
        }
        hit << no;
        ++sum.updated;
        changeRows << changeRow(kEveryone, ChangeKind::Withdrawal, no, withdrawalPayload(no));
    }
    if (auto s = dropFormChanges(db, hit); !s)
        return s.error();
    FormTallies tallies; // a withdrawn form leaves its center's forms due
    if (auto s = tallies.capture(db, hit); !s)
        return s.error();
    if (auto s = selectIn(db, u"UPDATE forms SET status = 'withdrawn' WHERE form_no IN %IN%"_s, {}, hit,
                          [](const QSqlQuery &) {});
        !s)
        return s.error();
    if (auto s = tallies.apply(db); !s)
        return s.error();
    if (auto s = lockChangeLog(db); !s)
        return s.error();
    if (auto s = insertRows(db, u"changes"_s, kChangeColumns, changeRows); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return sum;
}

Result<ImportSummary> importDeaths(CountyDb &db, const QString &centerCode, const QList<DeathNotice> &deaths,
                                   const QDateTime &now)
{
    ImportSummary sum;
    sum.rows = int(deaths.size());
    // Death notices reach every center of the county (any center may serve the person); the center named on import
    // is kept as where the notice came from.
    const QString scope = kEveryone;
    const QString origin = centerCode.isEmpty() ? kEveryone : centerCode;
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QStringList ids;
    for (const DeathNotice &d : deaths)
        ids << d.idNo;
    QSet<QString> present;
    if (auto s = selectIn(db, u"SELECT id_no FROM deaths WHERE id_no IN %IN%"_s, {}, ids,
                          [&](const QSqlQuery &q) { present.insert(q.value(0).toString()); });
        !s)
        return s.error();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QList<QVariantList> rows, changeRows;
    for (const DeathNotice &d : deaths) {
        if (present.contains(d.idNo)) {
            ++sum.unchanged; // the first notice of a person stands
            continue;
        }
        present.insert(d.idNo);
        ++sum.added;
        rows << QVariantList{d.idNo, notNull(d.name), d.deathDate.toString(Qt::ISODate), notNull(d.source), origin, at};
        Change c;
        c.kind = ChangeKind::Death;
        c.death = d;
        changeRows << changeRow(scope, ChangeKind::Death, d.idNo, changePayload(c));
    }
    if (auto s =
            insertRows(db, u"deaths"_s,
                       {u"id_no"_s, u"name"_s, u"death_date"_s, u"source"_s, u"center_code"_s, u"imported_at"_s}, rows);
        !s)
        return s.error();
    if (auto s = lockChangeLog(db); !s)
        return s.error();
    if (auto s = insertRows(db, u"changes"_s, kChangeColumns, changeRows); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    refreshStatistics(db, sum.added + sum.updated + sum.reassigned);
    return sum;
}

Result<QByteArray> pullPage(CountyDb &db, const QString &centerCode, qint64 cursor, int limit, bool deskRecords)
{
    // Two index-ordered range scans (this center, then county-wide) merged here: an OR/IN over both would make the
    // database sort every row after the cursor on each page.
    struct Row
    {
        qint64 seq;
        QByteArray payload;
    };
    QList<Row> rows;
    for (const QString &scope : {centerCode, QString::fromLatin1(kAllCenters)}) {
        auto q = db.run(deskRecords ? u"SELECT seq, payload FROM changes WHERE center_code = ? AND seq > ? "
                                      "ORDER BY seq LIMIT ?"_s
                                    : u"SELECT seq, payload FROM changes WHERE center_code = ? AND seq > ? "
                                      "AND kind <> 'desk_record' ORDER BY seq LIMIT ?"_s,
                        {scope, cursor, limit + 1});
        if (!q)
            return q.error();
        while (q->next())
            rows.append({q->value(0).toLongLong(), q->value(1).toString().toUtf8()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    QByteArray changes;
    changes.reserve(limit * 600);
    qint64 next = cursor;
    int n = 0;
    bool more = false;
    for (const Row &row : rows) {
        if (n == limit) {
            more = true;
            break;
        }
        if (n)
            changes += ',';
        // The stored payload is a compact JSON object without "seq": splice it in.
        changes += "{\"seq\":";
        changes += QByteArray::number(row.seq);
        if (row.payload.size() > 2)
            changes += ',';
        changes.append(row.payload.constData() + 1, row.payload.size() - 1);
        next = row.seq;
        ++n;
    }
    QByteArray body = "{\"protocol\":" + QByteArray::number(protocol::kVersion) +
                      ",\"next_cursor\":" + QByteArray::number(next) + ",\"more\":" + (more ? "true" : "false") +
                      ",\"changes\":[";
    body += changes;
    body += "]}";
    return body;
}

} // namespace certdesk::county
