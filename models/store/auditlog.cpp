#include "store/auditlog.h"

#include "protocol/protocol.h"
#include "store/auditlinks.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk {

namespace {

Error broken(qint64 seq, const QString &action, const QString &why)
{
    return Error::refused(ErrorCode::AuditBroken, AuditLog::tr("Audit entry #%1 (%2) %3").arg(seq).arg(action, why));
}

} // namespace

QString AuditLog::entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                            const QString &action, const QString &detail)
{
    return protocol::auditEntryHash(prevHash, seq, at, actor, action, detail);
}

Status AuditLog::append(const QString &actor, const QString &action, const QJsonObject &detail, const QDateTime &at)
{
    auto head = auditHead(m_db);
    if (!head)
        return head.error();
    const qint64 seq = head->seq + 1;
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    const QString text = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = entryHash(head->hash, seq, when, actor, action, text);
    auto ins = m_db.cached("INSERT INTO audit(seq, at, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    if (auto s = ins.value()->bindAll(seq, when, actor, action, text, head->hash, hash).run(); !s)
        return s;
    auto setHead = m_db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)");
    if (!setHead)
        return setHead.error();
    return setHead.value()->bind(1, QString::number(seq) + QLatin1Char(':') + hash).run();
}

Result<qint64> AuditLog::verify() const
{
    auto q = m_db.prepare("SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY seq");
    if (!q)
        return q.error();
    QString prev = protocol::kAuditGenesis;
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = q->int64(0);
        const QString action = q->text(3);
        if (seq != expectedSeq)
            return broken(expectedSeq, QStringLiteral("?"),
                          AuditLog::tr("is missing (the log jumps to #%1).").arg(seq));
        if (q->text(5) != prev)
            return broken(seq, action, AuditLog::tr("does not follow the entry before it."));
        const QString hash = entryHash(prev, seq, q->text(1), q->text(2), action, q->text(4));
        if (hash != q->text(6))
            return broken(seq, action, AuditLog::tr("was altered (hash mismatch)."));
        prev = hash;
        ++expectedSeq;
    }
    auto head = auditHead(m_db);
    if (!head)
        return head.error();
    const qint64 count = expectedSeq - 1;
    if (head->seq != count || head->hash != prev)
        return broken(head->seq, QStringLiteral("?"), AuditLog::tr("is missing: the log ends at #%1.").arg(count));
    return count;
}

} // namespace certdesk
