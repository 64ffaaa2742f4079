#include "store/auditlog.h"

#include "core/crypto.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace certdesk {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

Result<QPair<qint64, QString>> readHead(Database &db)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QPair<qint64, QString>(0, kGenesis);
    const QString v = q->text(0);
    const qsizetype colon = v.indexOf(QLatin1Char(':'));
    return QPair<qint64, QString>(v.left(colon).toLongLong(), v.mid(colon + 1));
}

Error broken(qint64 seq, const QString &action, const QString &why)
{
    return Error::refused(ErrorCode::AuditBroken, AuditLog::tr("Audit entry #%1 (%2) %3").arg(seq).arg(action, why));
}

} // namespace

QString AuditLog::entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                            const QString &action, const QString &detail)
{
    const QString material = prevHash + QLatin1Char('\n') + QString::number(seq) + QLatin1Char('\n') + at +
                             QLatin1Char('\n') + actor + QLatin1Char('\n') + action + QLatin1Char('\n') + detail;
    return QString::fromLatin1(crypto::sha256(material.toUtf8()).toHex());
}

Status AuditLog::append(const QString &actor, const QString &action, const QJsonObject &detail, const QDateTime &at)
{
    auto head = readHead(m_db);
    if (!head)
        return head.error();
    const qint64 seq = head->first + 1;
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    const QString text = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = entryHash(head->second, seq, when, actor, action, text);
    auto ins = m_db.cached("INSERT INTO audit(seq, at, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    if (auto s = ins.value()->bindAll(seq, when, actor, action, text, head->second, hash).run(); !s)
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
    QString prev = kGenesis;
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
    auto head = readHead(m_db);
    if (!head)
        return head.error();
    const qint64 count = expectedSeq - 1;
    if (head->first != count || head->second != prev)
        return broken(head->first, QStringLiteral("?"), AuditLog::tr("is missing: the log ends at #%1.").arg(count));
    return count;
}

} // namespace certdesk
