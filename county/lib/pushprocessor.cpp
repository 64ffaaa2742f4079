#include "pushprocessor.h"

#include "countystore.h"
#include "protocol/codec.h"
#include "pushrows.h"
#include "sqlbatch.h"
#include "tallies.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <cstdlib>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

} // namespace

using namespace Qt::StringLiterals;
using protocol::PushRecord;
using protocol::PushResult;
using protocol::PushStatus;

namespace {

// Test-only fault switch (docs/testing-sync.md), compiled in only with the build option CERTDESK_FAULT_INJECTION
// (on with the test suite, off for a release build: -DCERTDESK_BUILD_TESTS=OFF). CERTDESK_COUNTY_FAULT=
// abort-before-commit|abort-after-commit kills the server at that exact moment of a push, before any answer is
// written, so the tests can prove the client's retry is exactly-once on both sides of the commit.
#ifdef CERTDESK_FAULT_INJECTION
void faultPoint(const char *moment)
{
    static const QByteArray fault = qgetenv("CERTDESK_COUNTY_FAULT");
    if (!fault.isEmpty() && fault == moment)
        std::abort();
}
#else
void faultPoint(const char *) {}
#endif

struct Known
{
    QString center;
    QString status; // accepted / conflict
    QString conflictWith;
    QString formNo;
    int cycle = 0;
    QString conflictCenter; // center of conflictWith
};

QString formKey(const QString &formNo, int cycle)
{
    return formNo + QLatin1Char('\x1f') + QString::number(cycle);
}

PushResult rejected(const QString &uuid, ErrorCode reason, const QString &message)
{
    PushResult r;
    r.uuid = uuid;
    r.status = PushStatus::Rejected;
    r.reason = errorCodeWord(reason);
    r.message = message;
    return r;
}

QByteArray conflictPayload(const QString &uuid, const QString &formNo, int cycle, const char *role,
                           const QString &otherCenter, const QString &otherUuid)
{
    protocol::Change c;
    c.kind = protocol::ChangeKind::Conflict;
    c.conflict = {uuid, formNo, cycle, QString::fromLatin1(role), otherCenter, otherUuid};
    QJsonObject o = protocol::encodeChange(c);
    o.remove(u"seq"_s);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct HeldForm
{
    QString idNo;
    QString variant;
};

struct Lookups
{
    QHash<QString, Known> byUuid;   // existing records among the batch's uuids and supersedes targets
    QHash<QString, Known> standing; // formKey → the accepted original record (uuid in conflictWith slot)
    QHash<QString, QString> standingUuid;
    QHash<QString, HeldForm> held; // the county's copy of the form
    QSet<QString> corrected;       // uuids that already have a correction
    QString centerName;            // of the pushing center, for "certified elsewhere" notices
    int mismatches = 0;            // id_mismatch answers to this center within the window
    QString oldestMismatch;        // the oldest of them (the window frees when it ages out)
};

// ID mismatches are rate-limited per center (docs/sync-protocol.md): after kMismatchLimit id_mismatch answers
// within kMismatchWindowHours, every record of a form the county holds is rejected "rate_limited" without comparing
// the ID, so the answers stop telling anything about (form, ID) pairs. A real mismatch is rare — the counter
// already refuses an ID that differs from its copy of the form — so the limit stays low.
constexpr int kMismatchLimit = 5;
constexpr int kMismatchWindowHours = 24;

Status prefetch(CountyDb &db, const QString &center, const QDateTime &now, const QList<PushRecord> &recs, Lookups *l)
{
    const QString since = now.toUTC().addSecs(-3600 * kMismatchWindowHours).toString(Qt::ISODateWithMs);
    auto m = db.run(u"SELECT COUNT(*), MIN(at) FROM id_mismatches WHERE center_code = ? AND at > ?"_s, {center, since});
    if (!m)
        return m.error();
    if (m->next()) {
        l->mismatches = m->value(0).toInt();
        l->oldestMismatch = m->value(1).toString();
    }
    auto n = db.run(u"SELECT name FROM centers WHERE code = ?"_s, {center});
    if (!n)
        return n.error();
    if (n->next())
        l->centerName = n->value(0).toString();
    QStringList uuids, formNos, targets;
    for (const PushRecord &r : recs) {
        uuids << r.uuid;
        formNos << r.formNo;
        if (!r.supersedes.isEmpty()) {
            uuids << r.supersedes;
            targets << r.supersedes;
        }
    }
    formNos.removeDuplicates();
    uuids.removeDuplicates();
    if (auto s = selectIn(db,
                          u"SELECT c.uuid, c.center_code, c.status, c.conflict_with, c.form_no, c.cycle, "
                          "f.center_code FROM certifications c LEFT JOIN certifications f ON f.uuid = c.conflict_with "
                          "WHERE c.uuid IN %IN%"_s,
                          {}, uuids,
                          [&](const QSqlQuery &q) {
                              l->byUuid.insert(q.value(0).toString(),
                                               {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                q.value(4).toString(), q.value(5).toInt(), q.value(6).toString()});
                          });
        !s)
        return s;
    if (auto s = selectIn(
            db,
            u"SELECT uuid, center_code, form_no, cycle FROM certifications WHERE form_no IN %IN% "
            "AND supersedes IS NULL AND status = 'accepted' AND (review IS NULL OR review <> 'mismatch')"_s,
            {}, formNos,
            [&](const QSqlQuery &q) {
                const QString key = formKey(q.value(2).toString(), q.value(3).toInt());
                l->standing.insert(
                    key, {q.value(1).toString(), u"accepted"_s, {}, q.value(2).toString(), q.value(3).toInt()});
                l->standingUuid.insert(key, q.value(0).toString());
            });
        !s)
        return s;
    if (auto s = selectIn(db, u"SELECT form_no, id_no, variant FROM forms WHERE form_no IN %IN%"_s, {}, formNos,
                          [&](const QSqlQuery &q) {
                              l->held.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
                          });
        !s)
        return s;
    if (!targets.isEmpty())
        if (auto s = selectIn(db, u"SELECT supersedes FROM certifications WHERE supersedes IN %IN%"_s, {}, targets,
                              [&](const QSqlQuery &q) { l->corrected.insert(q.value(0).toString()); });
            !s)
            return s;
    return {};
}

std::function<void()> g_lookupHook;

Result<protocol::PushResponse> attemptPush(CountyDb &db, const QString &centerCode, const QJsonArray &records,
                                           const QDateTime &now, const PushGuard &guard)
{
    protocol::PushResponse response;
    response.results.resize(records.size());
    QList<PushRecord> decoded;
    QList<int> decodedIndex;
    for (int i = 0; i < records.size(); ++i) {
        auto r = protocol::decodePushRecord(records.at(i));
        if (!r) {
            response.results[i] =
                rejected(protocol::uuidOf(records.at(i)), ErrorCode::InvalidRecord, r.error().message);
            continue;
        }
        decoded << std::move(r).value();
        decodedIndex << i;
    }
    CountyTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (guard)
        if (auto s = guard(); !s)
            return s.error();
    Lookups l;
    if (auto s = prefetch(db, centerCode, now, decoded, &l); !s)
        return s.error();
    if (g_lookupHook)
        g_lookupHook();

    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QList<QVariantList> rows;
    QList<QVariantList> changeRows;
    QList<QVariantList> mismatchRows;
    for (int k = 0; k < decoded.size(); ++k) {
        const PushRecord &r = decoded.at(k);
        PushResult &res = response.results[decodedIndex.at(k)];
        res.uuid = r.uuid;
        if (auto it = l.byUuid.constFind(r.uuid); it != l.byUuid.constEnd()) {
            if (it->center != centerCode) {
                res =
                    rejected(r.uuid, ErrorCode::UuidTaken, Tr::tr("This record identifier belongs to another center."));
                continue;
            }
            res.status = PushStatus::Duplicate;
            res.original = it->status == u"conflict"_s ? PushStatus::Conflict : PushStatus::Accepted;
            if (res.original == PushStatus::Conflict) {
                res.otherUuid = it->conflictWith;
                res.otherCenter = it->conflictCenter;
            }
            continue;
        }
        const auto held = l.held.constFind(r.formNo);
        QVariant review;
        if (held == l.held.constEnd()) {
            // Not on the county's list: only a paper registration may bring it, and it waits for review.
            if (r.source != QLatin1String(protocol::kSourcePaper)) {
                res = rejected(r.uuid, ErrorCode::UnknownForm, Tr::tr("The county does not hold this form."));
                continue;
            }
            review = u"pending"_s;
        } else if (l.mismatches >= kMismatchLimit) {
            const QDateTime frees =
                QDateTime::fromString(l.oldestMismatch, Qt::ISODateWithMs).addSecs(3600 * kMismatchWindowHours);
            res = rejected(r.uuid, ErrorCode::RateLimited,
                           Tr::tr("Too many ID mismatches from this center; records of county forms are accepted again "
                                  "after %1 (UTC).")
                               .arg(frees.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)));
            res.retryAfter = frees;
            continue;
        } else if (held->idNo != r.idNo) {
            if (l.mismatches++ == 0)
                l.oldestMismatch = at;
            mismatchRows << QVariantList{centerCode, at};
            res = rejected(r.uuid, ErrorCode::IdMismatch,
                           Tr::tr("The ID number differs from the county's copy of the form."));
            continue;
        }
        const QString variant = held != l.held.constEnd() ? held->variant : variantKey(r.variant);
        QString status = u"accepted"_s;
        QString conflictWith;
        QString conflictCenter;
        if (!r.supersedes.isEmpty()) {
            auto target = l.byUuid.constFind(r.supersedes);
            if (target == l.byUuid.constEnd()) {
                res = rejected(r.uuid, ErrorCode::UnknownSupersedes,
                               Tr::tr("The corrected record is not known to the county."));
                continue;
            }
            if (target->center != centerCode) {
                res = rejected(r.uuid, ErrorCode::ForeignSupersedes,
                               Tr::tr("The corrected record belongs to another center."));
                continue;
            }
            if (l.corrected.contains(r.supersedes)) {
                res = rejected(r.uuid, ErrorCode::SupersededTwice,
                               Tr::tr("The corrected record already has a correction."));
                continue;
            }
            l.corrected.insert(r.supersedes);
            status = target->status;
            conflictWith = target->conflictWith;
            conflictCenter = target->conflictCenter;
        } else {
            const QString key = formKey(r.formNo, r.cycle);
            if (auto first = l.standing.constFind(key); first != l.standing.constEnd()) {
                status = u"conflict"_s;
                conflictWith = l.standingUuid.value(key);
                conflictCenter = first->center;
                changeRows << QVariantList{centerCode, u"conflict"_s, r.formNo,
                                           QString::fromUtf8(conflictPayload(r.uuid, r.formNo, r.cycle, "second",
                                                                             first->center, conflictWith))};
                changeRows << QVariantList{
                    first->center, u"conflict"_s, r.formNo,
                    QString::fromUtf8(conflictPayload(conflictWith, r.formNo, r.cycle, "first", centerCode, r.uuid))};
            } else {
                l.standing.insert(key, {centerCode, u"accepted"_s, {}, r.formNo, r.cycle});
                l.standingUuid.insert(key, r.uuid);
                // Every other center keeps the form but refuses to certify it again this cycle.
                if (held != l.held.constEnd())
                    changeRows << QVariantList{
                        QString::fromLatin1(kAllCenters), u"certified"_s, r.formNo,
                        QString::fromUtf8(certifiedPayload(r.formNo, centerCode, l.centerName, r.cycle, r.localDate))};
            }
        }
        res.status = status == u"conflict"_s ? PushStatus::Conflict : PushStatus::Accepted;
        if (res.status == PushStatus::Conflict) {
            res.otherUuid = conflictWith;
            res.otherCenter = conflictCenter;
        }
        l.byUuid.insert(r.uuid, {centerCode, status, conflictWith, r.formNo, r.cycle, conflictCenter});
        rows << rowFor(r, centerCode, r.name.isNull() ? QString(u""_s) : r.name, status, conflictWith, at, variant,
                       review);
        changeRows << QVariantList{centerCode, u"desk_record"_s, r.uuid, deskRecordPayload(r, status)};
    }
    // The reports' tallies change with the stored records, in this transaction (tallies.h).
    QStringList storedUuids, storedForms;
    for (const QVariantList &row : std::as_const(rows)) {
        storedUuids << row.at(0).toString();
        storedForms << row.at(2).toString();
    }
    FormTallies formTallies;
    if (auto s = formTallies.capture(db, storedForms); !s)
        return s.error();
    if (auto s = insertRows(db, u"certifications"_s, kCertColumns, rows); !s)
        return s.error();
    if (auto s = formTallies.apply(db); !s)
        return s.error();
    if (auto s = addWorkloadTallies(db, storedUuids); !s)
        return s.error();
    if (auto s = insertRows(db, u"id_mismatches"_s, {u"center_code"_s, u"at"_s}, mismatchRows); !s)
        return s.error();
    if (!changeRows.isEmpty())
        if (auto s = lockChangeLog(db); !s)
            return s.error();
    if (auto s = insertRows(db, u"changes"_s, {u"center_code"_s, u"kind"_s, u"ref"_s, u"payload"_s}, changeRows); !s)
        return s.error();
    faultPoint("abort-before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    faultPoint("abort-after-commit");
    return response;
}

} // namespace

void setPushLookupHook(std::function<void()> hook)
{
    g_lookupHook = std::move(hook);
}

Result<protocol::PushResponse> processPush(CountyDb &db, const QString &centerCode, const QJsonArray &records,
                                           const QDateTime &now, const PushGuard &guard)
{
    constexpr int kAttempts = 3; // each retry sees what the other process committed: one is enough in practice
    for (int attempt = 1;; ++attempt) {
        auto r = attemptPush(db, centerCode, records, now, guard);
        if (r || r.error().code != ErrorCode::UniqueViolation || attempt == kAttempts)
            return r;
    }
}

} // namespace certdesk::county
