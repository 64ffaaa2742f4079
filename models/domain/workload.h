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

#include <optional>

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
    QString desk; // the center's counter that made it (a center with several desks); empty: not marked
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
    QString desk; // as WorkloadRecord::desk
};

// ID mismatch, death notice, outside the window, already certified.
bool isRealRefusal(const QString &code);
QStringList realRefusalCodes();

// Rows per (date, center, desk, clerk) in [from, to], ordered by date, center, desk, clerk (desk empty unless the
// records are marked). `records` must hold every record of
// the chains whose original lies in the range (later corrections included: they give the current result).
QList<WorkloadRow> computeWorkload(const QList<WorkloadRecord> &records, const QList<WorkloadRefusal> &refusals,
                                   const QDate &from, const QDate &to);

// Sum of rows (date, center, clerk empty).
WorkloadRow workloadTotal(const QList<WorkloadRow> &rows);

// One row as JSON, the same members in the center's and the county's --json output (docs/cli.md):
// date, center, clerk, clerk_name, online_alive, online_deceased, mail_alive, mail_deceased, alive, deceased,
// info_changes, corrections, refusals; plus "desk" when the row is marked by desk.
QJsonObject workloadRowJson(const WorkloadRow &row);

// One day of the daily chart: certifications by their current result, and those carrying an information change.
struct WorkloadDay
{
    QDate date;
    int alive = 0;
    int deceased = 0;
    int changes = 0;
    bool operator==(const WorkloadDay &) const = default;
};

// Every day of [from, to] in order (a day without work is there with zeros), summed over centers and clerks:
// the plain data of the stacked bar chart and the table beside it.
QList<WorkloadDay> dailyWorkload(const QList<WorkloadRow> &rows, const QDate &from, const QDate &to);

// One form of a cycle for the progress line: its person, whether it was withdrawn, and the current result of its
// standing record here (none: not certified yet).
struct ProgressForm
{
    QString idNo;
    bool withdrawn = false;
    std::optional<bool> alive;
};

// Progress of a cycle. The denominator (forms due) leaves out withdrawn forms (unless certified before the
// withdrawal) and the not-yet-certified forms of people certified deceased on another form of the cycle: nobody
// has to come for those. A form certified deceased is done and counts as certified.
struct CycleProgress
{
    int cycle = 0;
    int withdrawn = 0;         // left out: withdrawn, not certified here
    int deceasedElsewhere = 0; // left out: the person was certified deceased on another form
    int due = 0;               // forms due this cycle
    int alive = 0;             // certified alive
    int deceased = 0;          // certified deceased
    int certified() const { return alive + deceased; }
    int remaining() const { return due - certified(); }
};

CycleProgress computeProgress(int cycle, const QList<ProgressForm> &forms);

} // namespace certdesk
