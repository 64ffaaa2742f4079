#pragma once

// 转送 of retained 附表1 originals (移交清单, issue 11 §2): the batches a center hands over to the county.

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk {

class Database;

struct HandoverLine
{
    int line = 0; // 1, 2, … within the batch (the number printed)
    QString formNo;
    QString name; // the name checked at the counter (else the form's)
    QDate date;   // the original record's local date
    QString clerkName;
};

struct HandoverBatchRecord
{
    int batch = 0;
    QDateTime createdAt; // UTC
    QString createdBy;   // username
    QString createdByName;
    QDateTime syncedAt; // invalid: not yet acknowledged by the county
    QList<HandoverLine> lines;
};

// The retained 附表1 originals in no batch yet, ordered by date and form number (numbered from 1).
Result<QList<HandoverLine>> pendingHandover(Database &db);
// Makes the next batch of every pending original; runs inside the caller's transaction. Nothing pending →
// Refused "nothing_to_hand_over".
Result<int> insertHandoverBatch(Database &db, qint64 accountId, const QDateTime &at);
Result<std::optional<HandoverBatchRecord>> findHandoverBatch(Database &db, int batch);
// The highest batch number, 0 when there is none.
Result<int> lastHandoverBatch(Database &db);
// Batches the county has not acknowledged yet, oldest first (at most `limit`).
Result<QList<HandoverBatchRecord>> unsyncedHandovers(Database &db, int limit);
Status markHandoversSynced(Database &db, const QList<int> &batches, const QDateTime &at);

} // namespace certdesk
