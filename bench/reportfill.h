#pragma once

// The county of the report benchmarks (bench_reports, bench_console; docs/benchmarks.md "County reports"): C centers,
// F forms and about F certifications (90 % of the forms certified once over the 60 days up to `lastDay`, 10 % of
// those corrected, 100 conflicts), written straight into a PostgreSQL county database with generate_series (SQL, not
// timed), then the reports' tallies filled from those rows as the schema step does (timed: the one-off migration).

#include "countydb.h"

#include <QDate>

namespace certdesk::bench {

// Seeds and fills the tallies; prints what it did and how long each part took. Exits(2) on a database error.
void seedReportCounty(county::CountyDb &db, int forms, int centers, const QDate &lastDay);

} // namespace certdesk::bench
