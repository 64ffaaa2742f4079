#pragma once

// 工作量统计: the one definition of workload, shared by the center's report (models/services) and the county's
// (county/), so that the two always agree for the same records (97号 三: the county counts the work of its centers).
//
// - A certification counts once: on its original date, under its original clerk and center, with its current
//   result (alive or deceased, information change: the newest record of its correction chain).
// - A correction is not new work of the original's clerk: it is counted, separately, on its own date under the
//   clerk who made it.
// - Refusals count only real refusals (isRealRefusal): the person or the form could not be certified. A mistyped
//   ID number, postcode or phone is the clerk's typing, not a refusal.
// - Columns are split 附表1 (online) / 附表2 (mail) and carry the clerk's full name (经办人).

#include "domain/certification.h"
#include "domain/types.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk {

// One stored certification record, as either side has it.
struct WorkloadRecord
{
    QString uuid;
    QString supersedes; // empty: an original record
    QString center;
    QString clerk;     // login, the key
    QString clerkName; // 经办人
    QDate date;        // the center's local date of this record
    bool alive = true;
    bool changed = false; // carries an information change (address, postcode or phone)
    FormVariant variant = FormVariant::Online;
};

// A tally of refusals of one code by one clerk on one day.
struct WorkloadRefusal
{
    QString center;
    QString clerk;
    QString clerkName;
    QDate date;
    QString code;
    int count = 1;
};

// ID mismatch, death notice, outside the window, already certified.
bool isRealRefusal(const QString &code);
QStringList realRefusalCodes();

// Rows per (date, center, clerk) in [from, to], ordered by date, center, clerk. `records` must hold every record of
// the chains whose original lies in the range (later corrections included: they give the current result).
QList<WorkloadRow> computeWorkload(const QList<WorkloadRecord> &records, const QList<WorkloadRefusal> &refusals,
                                   const QDate &from, const QDate &to);

// Sum of rows (date, center, clerk empty).
WorkloadRow workloadTotal(const QList<WorkloadRow> &rows);

// One row as JSON, the same members in the center's and the county's --json output (docs/cli.md):
// date, center, clerk, clerk_name, online_alive, online_deceased, mail_alive, mail_deceased, alive, deceased,
// info_changes, corrections, refusals.
QJsonObject workloadRowJson(const WorkloadRow &row);

} // namespace certdesk
