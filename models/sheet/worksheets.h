#pragma once

#include "domain/workload.h"
#include "sheet/spreadsheet.h"

namespace certdesk {

// 工作量统计 as one worksheet (the center's `workload --out FILE.xlsx` and the county's): the columns are the members
// of the --json rows, in the same order as docs/cli.md lists them, counts as numbers, then one row "total".
XlsxSheet workloadSheet(const QList<WorkloadRow> &rows);

} // namespace certdesk
