#pragma once

#include "core/result.h"
#include "domain/certification.h"

#include <QList>

#include <optional>

namespace certdesk {

class Database;

Result<std::optional<CertificationRecord>> findCertification(Database &db, const QString &uuid);
Result<bool> isSuperseded(Database &db, const QString &uuid);

// Inserts the record and its outbox row (state pending); runs inside the caller's transaction.
Status insertCertification(Database &db, const CertificationRecord &record, qint64 clerkId,
                           std::optional<qint64> overrideById);

// Records whose local date lies in [from, to]; `currentOnly` drops superseded ones.
Result<QList<CertificationRecord>> certificationsBetween(Database &db, const QDate &from, const QDate &to,
                                                         bool currentOnly);

// The refusal is stored under its stable word (the code column of refusals).
Status recordRefusal(Database &db, qint64 clerkId, ErrorCode code, const QDateTime &at, const QDate &localDate);

// Per day × clerk: original certifications (corrections are not new work items) and refusals.
Result<QList<WorkloadRow>> workloadBetween(Database &db, const QDate &from, const QDate &to);

} // namespace certdesk
