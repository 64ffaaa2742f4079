#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace certdesk {

class Database;

// Append-only log of every change, each entry chained to the previous one by SHA-256, with the head
// (last seq and hash) kept in meta so that dropping entries from the end is found as well.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Must run inside the caller's transaction, so the entry and the change commit together.
    Status append(const QString &actor, const QString &action, const QJsonObject &detail, const QDateTime &at);

    // Recomputes the chain. Error (Refused, code "audit_broken") naming the first bad entry.
    Result<qint64> verify() const;

    static QString entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                             const QString &action, const QString &detail);

private:
    Database &m_db;
};

} // namespace certdesk
