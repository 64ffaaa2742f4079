#include "sync/syncengine.h"

#include "core/logging.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/auditlinks.h"
#include "store/certstore.h"
#include "store/deskstore.h"
#include "store/formstore.h"
#include "store/syncstore.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace certdesk {

namespace {

QString reasonText(const protocol::PushResult &r)
{
    if (r.message.isEmpty())
        return r.reason;
    return r.reason.isEmpty() ? r.message : r.reason + QStringLiteral(": ") + r.message;
}

} // namespace

Status SyncEngine::pushBatch(SyncReport &report)
{
    Database &db = SessionAccess::db(m_session);
    auto uuids = nextOutboxBatch(db, m_batch.size());
    if (!uuids)
        return uuids.error();
    if (uuids->isEmpty()) {
        report.pushDone = true;
        return {};
    }
    protocol::PushRequest request;
    auto desk = deskName(db); // names this desk to the county and to the center's other desks
    if (!desk)
        return desk.error();
    for (const QString &uuid : uuids.value()) {
        auto record = findCertification(db, uuid);
        if (!record)
            return record.error();
        if (!record->has_value())
            return Error::internal(QStringLiteral("outbox entry without its certification"));
        auto form = findFormByNo(db, record->value().formNo);
        if (!form)
            return form.error();
        if (!form->has_value())
            return Error::internal(QStringLiteral("certification without its form"));
        // The identity actually checked at the counter, as sealed with the record; the form row may have been
        // replaced since (a pull, a linked paper registration). Records from before schema step 4 have none.
        const CertificationRecord &rec = record->value();
        const Form &f = form->value().form;
        protocol::PushRecord pushed =
            protocol::pushRecordFrom(rec, rec.presentedId.isEmpty() ? f.person.idNo : rec.presentedId,
                                     rec.presentedName.isEmpty() ? f.person.name : rec.presentedName);
        pushed.source = rec.source == QLatin1String(protocol::kSourcePaper)
                            ? QString::fromLatin1(protocol::kSourcePaper)
                            : QString::fromLatin1(protocol::kSourceList);
        pushed.variant = f.variant;
        pushed.insuredAgency = f.insuredAgency;
        pushed.dueDate = f.dueDate;
        if (f.variant == FormVariant::Mail)
            pushed.reply = f.reply;
        pushed.desk = desk.value();
        request.records.append(pushed);
    }
    auto claim = auditClaim();
    if (!claim)
        return claim.error();
    request.audit = claim.value();
    {
        // Committed before anything goes out: after a kill the batch is found 'sent' and sent again.
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        const QDateTime now = m_session.clock().now();
        for (const QString &uuid : uuids.value())
            if (auto s = markOutbox(db, uuid, outbox::kSent, QString(), QString(), now); !s)
                return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    QElapsedTimer roundTrip;
    roundTrip.start();
    auto response = m_transport.push(request);
    const qint64 elapsedMs = roundTrip.elapsed();
    // Counts, codes and times only: the records themselves never reach a log.
    qCDebug(lcSync) << "push batch of" << uuids->size() << "records:" << (response ? "answered" : "failed") << "in"
                    << elapsedMs << "ms";
    if (!response && response.error().code == ErrorCode::AuditGap) {
        // The county holds an older head for this desk than the one the client last saw acknowledged (its database
        // was restored): start the links from the county's head and send the batch again (it stays 'sent').
        const protocol::AuditHead county = m_transport.refusedAuditHead();
        auto local = auditHead(SessionAccess::db(m_session));
        if (!local)
            return local.error();
        auto ack = syncValue(db, QLatin1String(kCountyAuditSeq));
        if (!ack)
            return ack.error();
        if (!county.isNull() && county.seq <= local->seq && QString::number(county.seq) != ack.value()) {
            qCInfo(lcSync) << "audit head: the county holds #" << county.seq << ", links start there";
            return setSyncValue(db, QLatin1String(kCountyAuditSeq), QString::number(county.seq));
        }
    }
    if (!response) {
        qCInfo(lcSync) << "push failed:" << response.error().codeWord();
        if (auto s = failBatch(uuids.value(), response.error()); !s)
            return s;
        return response.error();
    }
    report.pushed += int(uuids->size());
    if (auto s = applyPush(uuids.value(), response.value(), report); !s)
        return s;
    m_batch.onSuccess(elapsedMs);
    if (uuids->size() < m_batch.size()) {
        // A short batch emptied the queue unless something arrived meanwhile; the next call finds out cheaply.
        auto rest = nextOutboxBatch(db, 1);
        if (!rest)
            return rest.error();
        report.pushDone = rest->isEmpty();
    }
    return {};
}

Result<protocol::AuditClaim> SyncEngine::auditClaim()
{
    Database &db = SessionAccess::db(m_session);
    auto head = auditHead(SessionAccess::db(m_session));
    if (!head)
        return head.error();
    auto ack = syncValue(db, QLatin1String(kCountyAuditSeq));
    if (!ack)
        return ack.error();
    protocol::AuditClaim claim;
    claim.head = head.value();
    // Nothing acknowledged yet: the head alone (the county takes the first head of a certificate as it comes). A
    // county head beyond ours (our chain is shorter than what the county saw): the head alone, which it refuses.
    claim.from = ack->isEmpty() ? claim.head.seq : qMin(ack->toLongLong(), claim.head.seq);
    auto links = auditLinks(db, claim.from, protocol::kMaxAuditLinks);
    if (!links)
        return links.error();
    claim.links = links.value();
    return claim;
}

Status SyncEngine::failBatch(const QStringList &uuids, const Error &error)
{
    if (error.code == ErrorCode::Timeout) {
        m_batch.onTimeout(int(uuids.size())); // a poor link: smaller batches
        return {};
    }
    if (error.code == ErrorCode::CertificateRefused || error.code == ErrorCode::Unreachable ||
        error.code == ErrorCode::AuditRewritten || error.code == ErrorCode::AuditGap ||
        error.code == ErrorCode::AuditMissing)
        return {}; // about the link or this center (its audit chain), not about any record
    if (uuids.size() > 1) {
        // The server failed on this batch: halve until a record it chokes on is alone and charged with it.
        m_batch.onServerError(int(uuids.size()));
        return {};
    }
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto quarantined =
        recordOutboxFailure(db, uuids.constFirst(), error.message, kQuarantineAfter, m_session.clock().now());
    if (!quarantined)
        return quarantined.error();
    return tx.commit();
}

Status SyncEngine::applyPush(const QStringList &uuids, const protocol::PushResponse &response, SyncReport &report)
{
    if (response.results.size() != uuids.size())
        return Error::refused(
            ErrorCode::Protocol,
            tr("The county server answered %1 results for %2 records.").arg(response.results.size()).arg(uuids.size()));
    for (int i = 0; i < uuids.size(); ++i)
        if (response.results[i].uuid.compare(uuids[i], Qt::CaseInsensitive) != 0)
            return Error::refused(ErrorCode::Protocol,
                                  tr("The county server answered for other records than were sent."));
    Database &db = SessionAccess::db(m_session);
    const QDateTime now = m_session.clock().now();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    SyncReport batch;
    for (int i = 0; i < uuids.size(); ++i) {
        const protocol::PushResult &r = response.results[i];
        Status s;
        switch (r.status) {
        case protocol::PushStatus::Accepted:
            ++batch.accepted;
            s = markOutbox(db, uuids[i], outbox::kAcked, QString(), QString(), now);
            break;
        case protocol::PushStatus::Duplicate:
            ++batch.duplicates;
            if (r.original == protocol::PushStatus::Conflict)
                s = markOutbox(db, uuids[i], outbox::kConflict,
                               tr("center %1 certified this form first").arg(r.otherCenter), r.otherUuid, now);
            else
                s = markOutbox(db, uuids[i], outbox::kAcked, QString(), QString(), now);
            break;
        case protocol::PushStatus::Conflict:
            ++batch.conflicts;
            s = markOutbox(db, uuids[i], outbox::kConflict,
                           tr("center %1 certified this form first").arg(r.otherCenter), r.otherUuid, now);
            break;
        case protocol::PushStatus::Rejected:
            ++batch.rejected;
            s = markOutbox(db, uuids[i], outbox::kRejected, reasonText(r), QString(), now);
            if (s && r.reason == QLatin1String("rate_limited"))
                // Kept rejected (the Sync tab shows it) and sent again once the county's window has passed; an
                // older county names no time: its documented window (docs/sync-protocol.md) from now.
                s = noteRateLimited(db, r.retryAfter.isValid() ? r.retryAfter : now.addSecs(kRateLimitWindowSecs));
            break;
        }
        if (!s)
            return s;
    }
    if (auto s = setSyncValue(db, QStringLiteral("last_success"), now.toUTC().toString(Qt::ISODateWithMs)); !s)
        return s;
    if (!response.auditHead.isNull())
        if (auto s = setSyncValue(db, QLatin1String(kCountyAuditSeq), QString::number(response.auditHead.seq)); !s)
            return s;
    const QJsonObject detail{{QStringLiteral("pushed"), int(uuids.size())},
                             {QStringLiteral("accepted"), batch.accepted},
                             {QStringLiteral("duplicates"), batch.duplicates},
                             {QStringLiteral("conflicts"), batch.conflicts},
                             {QStringLiteral("rejected"), batch.rejected}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("sync_push"), detail, now); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    report.accepted += batch.accepted;
    report.duplicates += batch.duplicates;
    report.conflicts += batch.conflicts;
    report.rejected += batch.rejected;
    return {};
}

Status SyncEngine::requeueRateLimitedRecords(SyncReport &report)
{
    Database &db = SessionAccess::db(m_session);
    auto until = rateLimitedUntil(db);
    if (!until)
        return until.error();
    if (!until->isValid() || m_session.clock().now() < until.value())
        return {}; // nothing waits, or the window is still closed: no write
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto requeued = requeueRateLimited(db, m_session.clock().now());
    if (!requeued)
        return requeued.error();
    if (auto s = tx.commit(); !s)
        return s;
    report.requeued += requeued.value();
    qCInfo(lcSync) << "rate limit window passed:" << requeued.value() << "records back in the queue";
    return {};
}

SyncReport SyncEngine::run(bool once)
{
    SyncReport report;
    if (auto s = requeueRateLimitedRecords(report); !s) {
        report.error = s.error();
        return report;
    }
    do {
        if (!report.pushDone)
            if (auto s = pushBatch(report); !s) {
                report.error = s.error();
                break;
            }
        if (!report.pullDone)
            if (auto s = pullPage(report); !s) {
                report.error = s.error();
                break;
            }
    } while (!once && !(report.pushDone && report.pullDone));
    return report;
}

} // namespace certdesk
