#pragma once

// What the county does with the pushed records: 工作量统计, 网上反馈 and the conflict list for supervisors.
// "Current" records only: a record replaced by a correction counts through its correction.

#include "core/result.h"
#include "countydb.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk::county {

struct CountyWorkloadRow
{
    QString center;
    QString clerk;
    int alive = 0;
    int deceased = 0;
    int addressChanges = 0;
};

// Per center and clerk for one local date (conflicting records count: the clerk did the work).
Result<QList<CountyWorkloadRow>> workload(CountyDb &db, const QDate &date);

struct FeedbackRow
{
    QString formNo;
    QString idNo;
    QString name;
    bool alive = true;
    QDate certifiedDate; // the center's local date
    QString centerCode;
    QString centerName;
    int cycle = 0;
};

// Accepted (not conflicting) current records whose local date lies in [from, to], ordered by date and form.
Result<QList<FeedbackRow>> feedback(CountyDb &db, const QDate &from, const QDate &to);
QByteArray feedbackCsv(const QList<FeedbackRow> &rows); // UTF-8 with BOM, CRLF
QJsonObject feedbackJson(const QList<FeedbackRow> &rows, const QString &countyCode, const QDate &from, const QDate &to);

struct ConflictRow
{
    QString formNo;
    int cycle = 0;
    QString firstCenter;
    QString firstUuid;
    QString secondCenter;
    QString secondUuid;
    QString secondClerk;
    QString secondCertifiedAt;
    QString receivedAt;
};

Result<QList<ConflictRow>> conflicts(CountyDb &db);

} // namespace certdesk::county
