#pragma once

// The supervisors' reports (docs/county-reports.md): each computed by a few grouped SQL queries over the indexed
// tables (schema step 4), the same text on SQLite and PostgreSQL, and returned as the endpoint's JSON body.

#include "core/result.h"
#include "countyconfig.h"
#include "countydb.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace certdesk::county {

// The moment a report is computed for: `now` (UTC) and the county's calendar day.
struct ReportClock
{
    QDateTime now;
    QDate today;
};

inline constexpr int kPaceDays = 14;         // "recent pace": certifications per day over the last 14 days
inline constexpr int kSilentContactDays = 3; // the centers' colour bands: 3 and 7 days without contact
inline constexpr int kAlertContactDays = 7;
inline constexpr int kCertWarnDays = 30;
inline constexpr int kMaxOpenForms = 100000;

// cycle 0 = the newest cycle of the county's forms (the current year when there are none).
Result<QJsonObject> overviewReport(CountyDb &db, const ReportClock &clock, int cycle);
Result<QJsonObject> centersReport(CountyDb &db, const ReportClock &clock);
// byArrival: the day the record reached the county (its arrival, in the county's time zone) instead of the day the
// work was done. center empty = the county.
Result<QJsonObject> workloadReport(CountyDb &db, const QDate &from, const QDate &to, const QString &center,
                                   bool byArrival);
// includeReviewed: also the items already marked (with who, when and the note).
Result<QJsonObject> reviewReport(CountyDb &db, const ReportClock &clock, bool includeReviewed);
Result<QJsonObject> openFormsReport(CountyDb &db, const QString &center, int cycle, int limit);
Result<bool> reviewItemExists(CountyDb &db, const QString &item);

// 110101********1234: the first 6 and the last 4 characters (what centers need to call people).
QString maskIdNumber(const QString &idNo);

} // namespace certdesk::county
