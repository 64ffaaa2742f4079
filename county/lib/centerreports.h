#pragma once

// What the centers report with their pulls (protocol::PullRequest: refusal tallies, 附件2 institution row, handover
// batches), and the county's side of them: the institutions sheet, handover receipt and the handover list.

#include "core/result.h"
#include "countydb.h"
#include "protocol/protocol.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::county {

// Stores the report members of one pull request of `center` in one transaction (nothing to store: no-op).
// The center's reported 附件2 row and shared settings, for its hello (a joining desk takes them; empty until
// one desk of the center has pulled).
Status readCenterProfile(CountyDb &db, const QString &center, protocol::HelloResponse *hello);
Status storeCenterReport(CountyDb &db, const QString &center, const protocol::PullRequest &request,
                         const QDateTime &now);

struct InstitutionLine
{
    QString code;
    QString name; // 机构名称: the reported institution name, else the enrolled name
    QString address;
    QString contact;
    QString department;
    QString title;
    QString phone;
};
// Every enrolled center (the county office too, when it runs a counter), ordered by code.
Result<QList<InstitutionLine>> institutions(CountyDb &db);

// handover receive --batch CENTER/N [--missing FORM…]: records receipt; forms listed as missing are flagged.
// Unknown batch → Refused "unknown_batch"; a form not in the batch → Refused "not_in_batch"; received twice →
// Refused "already_received".
Status receiveHandover(CountyDb &db, const QString &center, int batch, const QStringList &missing,
                       const QDateTime &now);

struct HandoverBatchLine
{
    QString center;
    int batch = 0;
    QString createdAt;
    QString createdBy;
    int forms = 0;
    int missing = 0;
    QString receivedAt; // empty: sent, not yet received
};
struct OverdueForm // certified 附表1 (online) originals never handed over, older than the limit
{
    QString center;
    QString formNo;
    QString name;
    QString date;
    QString clerkName;
};
struct HandoverOverview
{
    QList<HandoverBatchLine> batches;
    QList<OverdueForm> overdue;
};
inline constexpr int kHandoverDays = 30;
// The county office's own counter (center code = county code) hands nothing over: its originals are already there.
Result<HandoverOverview> handoverOverview(CountyDb &db, const QDate &today, const QString &countyCode);

} // namespace certdesk::county
