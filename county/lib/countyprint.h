#pragma once

// The county's printed documents, drawn by printing/ (the same document classes as the center's): the county's
// 工作量统计 and the 附件2 sheet with every enrolled center. Written 0600 (they name clerks, and the county's
// counters).

#include "core/result.h"
#include "countyconfig.h"
#include "countydb.h"
#include "domain/certification.h"

#include <QDate>
#include <QList>
#include <QString>

namespace certdesk::county {

Status writeWorkloadPdf(CountyDb &db, const CountyConfig &config, const QDate &from, const QDate &to,
                        const QString &center, const QList<WorkloadRow> &rows, const QString &path);
Status writeInstitutionsPdf(CountyDb &db, const QString &path, int *rows);

} // namespace certdesk::county
