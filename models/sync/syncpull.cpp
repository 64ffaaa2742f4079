// The pull half of SyncEngine: one page of county changes stored in one transaction with its cursor.
#include "sync/syncengine.h"

#include "core/logging.h"
#include "core/version.h"
#include "io/importrows.h"
#include "protocol/codec.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/certstore.h"
#include "store/deskstore.h"
#include "store/formstore.h"
#include "store/handoverstore.h"
#include "store/paperstore.h"
#include "store/syncstore.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>

namespace certdesk {

namespace {

const QString kCursorKey = QStringLiteral("pull_cursor");
const QString kRefusalsKey = QStringLiteral("refusals_sent_through"); // refusal row id reported to the county
constexpr int kMaxHandoverBatches = 100;                              // the protocol's limit per request

// Index of each valid row in the list it was checked from → the row; the rest count as skipped.
template<class Row> QList<const Row *> byIndex(const ParsedRows<Row> &parsed, qsizetype count, int *skipped)
{
    QList<const Row *> out(count, nullptr);
    for (int i = 0; i < parsed.rows.size(); ++i)
        out[parsed.lines[i] - 1] = &parsed.rows[i]; // lines are 1-based indexes
    *skipped += int(parsed.errors.size());
    return out;
}

// The imports row's fingerprint of a page: SHA-256 over every field of every change, in order. Fed field by field
// — re-encoding the page as JSON to hash it cost more than storing it.
QString pageDigest(const protocol::PullResponse &response)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString &field) {
        h.addData(field.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    auto addNumber = [&add](qint64 n) { add(QString::number(n)); };
    addNumber(response.nextCursor);
    for (const protocol::Change &c : response.changes) {
        addNumber(c.seq);
        addNumber(int(c.kind));
        add(c.formNo);
        if (!c.certified.isNull()) {
            for (const QString &v :
                 {c.certified.center, c.certified.centerName, c.certified.date.toString(Qt::ISODate)})
                add(v);
            addNumber(c.certified.cycle);
        }
        if (c.kind == protocol::ChangeKind::Form) {
            const Form &f = c.form;
            for (const QString *v :
                 {&f.formNo, &f.checkCode, &f.person.name, &f.person.birth, &f.person.idNo, &f.person.personNo,
                  &f.person.address, &f.person.postcode, &f.person.phone, &f.insuredAgency, &f.reply.unit,
                  &f.reply.address, &f.reply.postcode, &f.reply.phone})
                add(*v);
            add(variantKey(f.variant));
            add(f.person.sex.isNull() ? QString() : QString(f.person.sex));
            add(f.dueDate.toString(Qt::ISODate));
            addNumber(f.cycle);
        } else if (c.kind == protocol::ChangeKind::Death) {
            for (const QString &v :
                 {c.death.idNo, c.death.name, c.death.deathDate.toString(Qt::ISODate), c.death.source})
                add(v);
        } else if (c.kind == protocol::ChangeKind::Conflict) {
            for (const QString &v :
                 {c.conflict.uuid, c.conflict.formNo, c.conflict.role, c.conflict.otherCenter, c.conflict.otherUuid})
                add(v);
            addNumber(c.conflict.cycle);
        } else if (c.kind == protocol::ChangeKind::DeskRecord) {
            for (const QString &v : {c.record.uuid, c.record.formNo, c.record.desk, c.record.clerk, c.recordStatus})
                add(v);
        }
        h.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

// A record of one of this center's desks. This desk's own comes back too (the county logs every record once for
// the center): it is already a certification here. Records of forms this desk does not hold are left out.
// Returns whether it was stored (false: our own echo, or a form this desk does not hold).
Result<bool> applyDeskRecord(Database &db, const protocol::Change &c, const QDateTime &now)
{
    const protocol::PushRecord &r = c.record;
    auto own = findCertification(db, r.uuid);
    if (!own)
        return own.error();
    if (own->has_value())
        return false;
    auto form = findFormByNo(db, r.formNo);
    if (!form)
        return form.error();
    if (!form->has_value())
        return false;
    DeskRecordRow row;
    row.uuid = r.uuid;
    row.formNo = r.formNo;
    row.cycle = r.cycle;
    row.desk = r.desk;
    row.clerk = r.clerk;
    row.clerkName = r.clerkName;
    row.date = r.localDate;
    row.alive = r.alive;
    row.changed = !r.change.isEmpty();
    row.variant = form->value().form.variant;
    row.supersedes = r.supersedes;
    row.status = c.recordStatus;
    if (auto s = noteDeskRecord(db, row, now); !s)
        return s.error();
    return true;
}

} // namespace

Status SyncEngine::pullPage(SyncReport &report)
{
    auto cursorText = syncValue(SessionAccess::db(m_session), kCursorKey);
    if (!cursorText)
        return cursorText.error();
    protocol::PullRequest request;
    request.cursor = cursorText->toLongLong();
    request.limit = kPullLimit;
    // The center reports itself with the pull (sync-protocol.md): its 附件2 row and the real refusals of every day
    // that has new ones since the last successful pull, as full tallies of those days (the county replaces them).
    const CenterConfig &center = m_session.center();
    request.institution = {center.name, center.address, center.contact, center.department, center.title, center.phone};
    // The rules every desk of the center shares (a joining desk takes them from the county), and the records of
    // the center's other desks (a second certification is refused at any desk once both have synced).
    request.settings = {policyKey(center.policy), center.windowStart, center.windowEnd, center.idleLockMinutes};
    request.deskRecords = true;
    auto sentText = syncValue(SessionAccess::db(m_session), kRefusalsKey);
    if (!sentText)
        return sentText.error();
    auto days = refusalDaysAfter(SessionAccess::db(m_session), sentText->toLongLong());
    if (!days)
        return days.error();
    auto tallies = refusalTallies(SessionAccess::db(m_session), days->first, center.code);
    if (!tallies)
        return tallies.error();
    for (const WorkloadRefusal &t : tallies.value())
        request.refusals.append({t.date, t.clerk, t.clerkName, t.code, t.count});
    // Handover batches (移交清单) go with every pull until one succeeds; the county replaces a batch it has not
    // received yet, so sending one twice is harmless.
    auto batches = unsyncedHandovers(SessionAccess::db(m_session), kMaxHandoverBatches);
    if (!batches)
        return batches.error();
    QList<int> batchNumbers;
    for (const HandoverBatchRecord &b : batches.value()) {
        protocol::HandoverBatch out{
            b.batch, b.createdAt, b.createdByName.isEmpty() ? b.createdBy : b.createdByName, {}};
        for (const HandoverLine &l : b.lines)
            out.forms.append({l.formNo, l.name, l.date, l.clerkName});
        request.handovers.append(out);
        batchNumbers.append(b.batch);
    }
    // The center's own state for the county's Centers report (additive members): version, clock, outbox.
    request.programVersion = versionString();
    request.centerTime = m_session.clock().now();
    if (auto counts = outboxCounts(SessionAccess::db(m_session)))
        request.waiting = counts->pending;
    auto response = m_transport.pull(request);
    if (!response) {
        qCInfo(lcSync) << "pull failed:" << response.error().codeWord();
        return response.error();
    }
    qCDebug(lcSync) << "pull page from cursor" << request.cursor << ":" << response->changes.size() << "changes, next"
                    << response->nextCursor << (response->more ? "(more)" : "(done)");
    if (days->second != sentText->toLongLong())
        if (auto s = setSyncValue(SessionAccess::db(m_session), kRefusalsKey, QString::number(days->second)); !s)
            return s;
    if (response->nextCursor < request.cursor)
        return Error::refused(ErrorCode::Protocol, tr("The county server moved the pull cursor backwards."));
    if (auto s = applyPull(response.value(), report); !s)
        return s;
    if (!batchNumbers.isEmpty())
        if (auto s = markHandoversSynced(SessionAccess::db(m_session), batchNumbers, m_session.clock().now()); !s)
            return s;
    report.pullDone = !response->more;
    return {};
}

Status SyncEngine::applyPull(const protocol::PullResponse &response, SyncReport &report)
{
    Database &db = SessionAccess::db(m_session);
    const QDateTime now = m_session.clock().now();
    const QDate today = m_session.clock().today();
    // Pulled rows are checked with the importer's own rules (checkFormRecords), so a form from the county meets
    // exactly the rules of a form from a file — without a detour through JSON text.
    QList<Form> formRows;
    QList<DeathNotice> deathRows;
    QList<int> rowIndex(response.changes.size(), -1);
    for (int i = 0; i < response.changes.size(); ++i) {
        const protocol::Change &c = response.changes[i];
        if (c.kind == protocol::ChangeKind::Form) {
            rowIndex[i] = int(formRows.size());
            formRows.append(c.form);
        } else if (c.kind == protocol::ChangeKind::Death) {
            rowIndex[i] = int(deathRows.size());
            deathRows.append(c.death);
        }
    }
    SyncReport page;
    const ParsedRows<Form> formsChecked = checkFormRecords(formRows, today);
    const ParsedRows<DeathNotice> deathsChecked = checkDeathRecords(deathRows, today);
    const QList<const Form *> forms = byIndex(formsChecked, formRows.size(), &page.skipped);
    const QList<const DeathNotice *> deaths = byIndex(deathsChecked, deathRows.size(), &page.skipped);

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    int deskRecords = 0; // records of the center's other desks stored from this page
    // Rows need an import to point at: one per page that stores anything, named after the cursor range.
    qint64 importId = 0;
    auto importRow = [&]() -> Status {
        if (importId != 0)
            return {};
        auto q = db.cached("INSERT INTO imports(kind, file_name, sha256, rows, added, at, actor) "
                           "VALUES ('sync', ?, ?, ?, 0, ?, ?)");
        if (!q)
            return q.error();
        const QString name = QStringLiteral("county:%1").arg(response.nextCursor);
        const QString sha = pageDigest(response);
        if (auto s = q.value()
                         ->bindAll(name, sha, int(response.changes.size()), now.toUTC().toString(Qt::ISODateWithMs),
                                   m_session.account().username)
                         .run();
            !s)
            return s;
        importId = db.lastInsertRowId();
        return {};
    };
    for (int i = 0; i < response.changes.size(); ++i) {
        const protocol::Change &c = response.changes[i];
        Status s;
        if (c.kind == protocol::ChangeKind::Form && forms[rowIndex[i]]) {
            const Form &f = *forms[rowIndex[i]];
            // One lookup per pulled form: only a paper registration under the number needs the reconciliation
            // (which reads it again); a county-wide pull of 100,000 forms does 100,000 fewer queries this way.
            auto found = findFormByNo(db, f.formNo);
            if (!found)
                return found.error();
            Result<LateData> late = LateData::NotPaper;
            if (found->has_value() && found->value().paper)
                late = reconcilePaperForm(db, f, QStringLiteral("pull"), now);
            if (!late)
                return late.error();
            if (late.value() != LateData::NotPaper) {
                page.pulledForms += late.value() == LateData::Linked ? 1 : 0;
            } else if (!found->has_value()) {
                if (s = importRow(); s)
                    s = insertForm(db, f, importId);
                ++page.pulledForms;
            } else if (!(found->value().form == f) || found->value().withdrawn) {
                s = replaceForm(db, found->value().id, f);
                ++page.pulledForms;
            }
        } else if (c.kind == protocol::ChangeKind::Death && deaths[rowIndex[i]]) {
            const DeathNotice &d = *deaths[rowIndex[i]];
            auto found = findDeathNotice(db, d.idNo);
            if (!found)
                return found.error();
            if (!found->has_value()) { // the first notice of a death stands, as in the importer
                if (s = importRow(); s)
                    s = insertDeathNotice(db, d, importId);
                ++page.pulledDeaths;
            }
        } else if (c.kind == protocol::ChangeKind::Withdrawal && !c.certified.isNull()) {
            // Certified elsewhere: the form stays (any center of the county serves it), certifying it again is
            // refused for that cycle. The notice of our own record is only the county's echo.
            if (c.certified.center != m_session.center().code)
                s = noteCertifiedElsewhere(
                    db, {c.formNo, c.certified.cycle, c.certified.center, c.certified.centerName, c.certified.date},
                    now);
        } else if (c.kind == protocol::ChangeKind::Withdrawal) {
            auto known = setFormStatus(db, c.formNo, QStringLiteral("withdrawn"));
            if (!known)
                return known.error();
            page.withdrawals += known.value() ? 1 : 0;
        } else if (c.kind == protocol::ChangeKind::DeskRecord) {
            auto stored = applyDeskRecord(db, c, now);
            if (!stored)
                return stored.error();
            deskRecords += stored.value() ? 1 : 0;
        } else if (c.kind == protocol::ChangeKind::Conflict) {
            const bool ours = c.conflict.role == QLatin1String("second");
            const QString reason = ours ? tr("center %1 certified this form first").arg(c.conflict.otherCenter)
                                        : tr("center %1 certified this form later").arg(c.conflict.otherCenter);
            s = noteConflict(db, c.conflict.uuid, ours, reason, c.conflict.otherUuid, now);
        }
        if (!s)
            return s;
    }
    if (importId != 0) {
        auto q = db.cached("UPDATE imports SET added = ? WHERE id = ?");
        if (!q)
            return q.error();
        if (auto s = q.value()->bindAll(page.pulledForms + page.pulledDeaths, importId).run(); !s)
            return s;
    }
    if (auto s = setSyncValue(db, kCursorKey, QString::number(response.nextCursor)); !s)
        return s;
    if (auto s = setSyncValue(db, QStringLiteral("last_success"), now.toUTC().toString(Qt::ISODateWithMs)); !s)
        return s;
    // A page holding nothing but this desk's own records coming back is not news worth an audit entry.
    const bool onlyEchoes = deskRecords == 0 && std::all_of(response.changes.cbegin(), response.changes.cend(),
                                                            [](const protocol::Change &c) {
                                                                return c.kind == protocol::ChangeKind::DeskRecord;
                                                            });
    if (!response.changes.isEmpty() && !onlyEchoes) {
        QJsonObject detail{{QStringLiteral("cursor"), QString::number(response.nextCursor)},
                           {QStringLiteral("forms"), page.pulledForms},
                           {QStringLiteral("deaths"), page.pulledDeaths},
                           {QStringLiteral("withdrawals"), page.withdrawals},
                           {QStringLiteral("skipped"), page.skipped}};
        if (deskRecords > 0)
            detail.insert(QStringLiteral("desk_records"), deskRecords);
        if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("sync_pull"), detail, now);
            !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    report.pulledForms += page.pulledForms;
    report.pulledDeaths += page.pulledDeaths;
    report.withdrawals += page.withdrawals;
    report.skipped += page.skipped;
    return {};
}

} // namespace certdesk
