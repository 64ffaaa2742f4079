#pragma once

#include "core/result.h"
#include "domain/certification.h"
#include "domain/workload.h"

#include <QList>
#include <QPair>
#include <QStringList>

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

// 工作量统计 of this center (domain/workload.h defines it; `center` is this center's code, for the refusal rows).
Result<QList<WorkloadRow>> workloadBetween(Database &db, const QDate &from, const QDate &to, const QString &center);
// The forms of `cycle` with the current result of their standing record (the newest of its correction chain).
Result<QList<ProgressForm>> cycleProgressForms(Database &db, int cycle);
// Days with refusals recorded after refusal row `afterId`, and the newest row id (0 when none).
Result<QPair<QStringList, qint64>> refusalDaysAfter(Database &db, qint64 afterId);
// The real refusals of the given days (YYYY-MM-DD), per day × clerk × code: what is sent to the county.
Result<QList<WorkloadRefusal>> refusalTallies(Database &db, const QStringList &dates, const QString &center);

} // namespace certdesk
