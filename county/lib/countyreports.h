#pragma once

// What the county does with the pushed records: 工作量统计, 网上反馈 and the conflict list for supervisors.
// "Current" records only: a record replaced by a correction counts through its correction.

#include "core/result.h"
#include "countydb.h"
#include "domain/workload.h"
#include "sheet/spreadsheet.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk::county {

// 工作量统计 of the county in [from, to] (domain/workload.h: the same definition as the center's report), per day ×
// center × clerk; `center` empty = every center. Conflicting records count: the clerk did the work.
// byArrival: records count on the day they reached the county (the console's toggle; refusal tallies stay on their
// day).
// Read from the workload tallies (tallies.h); workloadFromRecords computes the same rows from the raw records
// (computeWorkload), the reference the tallies are tested against.
Result<QList<WorkloadRow>> workload(CountyDb &db, const QDate &from, const QDate &to, const QString &center = {},
                                    bool byArrival = false);
Result<QList<WorkloadRow>> workloadFromRecords(CountyDb &db, const QDate &from, const QDate &to,
                                               const QString &center = {}, bool byArrival = false);

struct FeedbackRow
{
    QString formNo;
    QString idNo; // the identity actually checked, as pushed
    QString name;
    bool alive = true;
    QDate certifiedDate; // the center's local date
    QString centerCode;
    QString centerName;
    int cycle = 0;
    QString method;     // idcard / sscard / manual
    QString newAddress; // 信息变更; empty = unchanged
    QString newPostcode;
    QString newPhone;
};

// Standing current records whose local date lies in [from, to], ordered by date and form: 网上反馈 holds the 附表1
// (online) forms; the 附表2 (mail) ones travel home by post and are listed by mailed() for the county's own records.
Result<QList<FeedbackRow>> feedback(CountyDb &db, const QDate &from, const QDate &to, FormVariant variant);
QByteArray feedbackCsv(const QList<FeedbackRow> &rows); // UTF-8 with BOM, CRLF
// The same columns as one worksheet (--format xlsx): ID and phone numbers as text.
XlsxSheet feedbackSheet(const QList<FeedbackRow> &rows, FormVariant variant);
// format "certdesk-feedback" (附表1) or "certdesk-mailed" (附表2), same members.
QJsonObject feedbackJson(const QList<FeedbackRow> &rows, const QString &countyCode, const QDate &from, const QDate &to,
                         FormVariant variant = FormVariant::Online);

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
