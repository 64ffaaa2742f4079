#pragma once

// The console's view of the county reports (docs/county-reports.md): plain structs decoded from the endpoints' JSON,
// and the charts' data built from them, so that tests read the very numbers a chart draws. No widgets here.

#include "core/result.h"
#include "domain/certification.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::console {

struct Progress
{
    qint64 forms = 0;
    qint64 withdrawn = 0;
    qint64 deceased = 0;
    qint64 due = 0;
    qint64 alive = 0;
    qint64 remaining = 0;
    double share = 0;
    double pace = 0;
    QDate projectedFinish; // invalid: no pace
    QDateTime lastSync;    // invalid: never
};

struct OverviewCenter : Progress
{
    QString code;
    QString name;
};

struct Overview
{
    QString countyCode;
    QString countyName;
    int cycle = 0;
    QDate today;
    QDate windowEnd;
    int daysLeft = 0;
    QDateTime dataAsOf; // invalid: a center never synced
    QList<OverviewCenter> centers;
    Progress total;
};

struct WorkloadData
{
    QDate from;
    QDate to;
    QString center; // empty: the county
    bool byArrival = false;
    QList<WorkloadRow> days;   // one per day, date set, center/clerk empty
    QList<WorkloadRow> clerks; // per center × clerk, date invalid
    QList<WorkloadRow> rows;   // per day × center × clerk (the printed report)
    WorkloadRow total;
};

struct CenterStatus
{
    QString code;
    QString name;
    QDateTime lastContact;
    int daysSinceContact = -1; // -1: never
    QString band;              // ok / warn / alert
    QDateTime lastCertification;
    int receivedToday = 0;
    int receivedWeek = 0;
    int certifiedToday = 0;
    double usualPerDay = 0;
    int waiting = -1; // -1: not reported
    QString programVersion;
    bool hasClockOffset = false;
    qint64 clockOffsetMs = 0;
    QDateTime certNotAfter;
    QStringList silentReasons; // no_contact, slow, cert_expiring
};

struct ReviewItem
{
    QString id;
    QString kind; // conflict, override, paper, handover
    QString center;
    QString formNo;
    QDateTime since;
    double waitedHours = 0;
    QJsonObject detail;
};

struct OpenForm
{
    QString formNo;
    QString idMasked; // first 6 + last 4, as the server sends it
    QString name;
    QDate dueDate;
};

struct OpenForms
{
    QString center;
    int cycle = 0;
    qint64 total = 0;
    QList<OpenForm> forms;
};

Overview decodeOverview(const QJsonObject &o);
WorkloadData decodeWorkload(const QJsonObject &o);
QList<CenterStatus> decodeCenters(const QJsonObject &o);
QList<ReviewItem> decodeReview(const QJsonObject &o);
OpenForms decodeOpenForms(const QJsonObject &o);
WorkloadRow decodeWorkloadRow(const QJsonObject &o);

// A bar chart as plain data: one value per category in each series (stacked when there are several).
struct ChartSeries
{
    QString name;
    QList<double> values;
};
struct ChartData
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    double max() const;
};

// Horizontal bars: each center's share done, in percent (one decimal); centers without forms are left out.
ChartData overviewChart(const Overview &o);
// Stacked bars per day: certified alive / certified deceased / information changes.
ChartData workloadChart(const WorkloadData &w);

// The not-yet-certified export: UTF-8 with BOM, CRLF; masked ID numbers only.
QByteArray openFormsCsv(const OpenForms &forms);
// The same list as an .xlsx workbook (every cell text: the masked ID numbers keep their form through Excel).
Result<QByteArray> openFormsXlsx(const OpenForms &forms);

} // namespace certdesk::console
