#pragma once

// Running tallies behind the supervisors' reports (docs/county-reports.md "Tallies"): a report must answer in
// < 200 ms on a county of 1,000,000 forms and certifications, which no grouped scan of the raw tables does. So every
// write that changes a report's figures updates the tallies in its own transaction:
//
// - forms.standing / forms.standing_day: the form's standing record (0 none, 1 alive, 2 deceased) and its first day;
//   progress_tallies (center, cycle) and progress_days (center, cycle, day): the overview's sums of them.
//   FormTallies::capture before the change, apply after it: the difference of the touched forms' contributions.
// - workload_tallies (basis 'w' by the day the work was done, 'a' by the day it reached the county; center; clerk):
//   the counters of domain/workload.h, added by addWorkloadTallies for every stored record.
//
// rebuildTallies recomputes all of it from the raw records (schema step "tallies", and the tests' check).

#include "core/result.h"
#include "countydb.h"

#include <QHash>
#include <QStringList>

namespace certdesk::county {

inline constexpr char kStandingSql[] = "c.status = 'accepted' AND (c.review IS NULL OR c.review <> 'mismatch') AND "
                                       "NOT EXISTS (SELECT 1 FROM certifications s WHERE s.supersedes = c.uuid)";

class FormTallies
{
public:
    // The forms' contributions before a change (forms not held yet contribute nothing).
    Status capture(CountyDb &db, const QStringList &formNos);
    // Recomputes the captured forms' standing from their records and applies the difference to the tallies.
    Status apply(CountyDb &db);

private:
    struct State
    {
        QString center;
        int cycle = 0;
        bool withdrawn = false;
        int standing = 0;
        QString day;
    };
    QStringList m_formNos;
    QHash<QString, State> m_before;
};

// Adds the stored records `uuids` (just inserted, in this transaction) to the workload tallies; a correction moves
// its chain's current result (domain/workload.h) on the original's row and counts itself as a correction.
Status addWorkloadTallies(CountyDb &db, const QStringList &uuids);

// Empties and recomputes every tally (and forms.standing) from the raw tables. The caller holds the transaction.
Status rebuildTallies(CountyDb &db);

} // namespace certdesk::county
