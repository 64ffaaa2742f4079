#pragma once

// What the printing/ renderers draw, as plain data: filled in by models/services/printdata.h at the counter and by
// the county server (county/), which links printing/ without the SQLCipher store.

#include "domain/center.h"
#include "domain/certification.h"
#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace certdesk {

// Everything printed on one stamped form and on the pensioner's receipt. record.clerkName is the 经办人.
struct FormPrintData
{
    Form form;
    CertificationRecord record; // the current (not superseded) record
    CenterConfig center;        // the center as configured now (its name goes into 鉴证)
};

// The workload report (工作量统计) for a date range, with who asked for it and when.
struct WorkloadPrintData
{
    CenterConfig center;
    QDate from;
    QDate to;
    QList<WorkloadRow> rows;           // per day × clerk (username), ordered by date then clerk
    QMap<QString, QString> clerkNames; // username → full name (经办人), for the rows
    bool byCenter = false;             // the county's report: the clerk cell names the center too
    QString printedBy;                 // full name of the signed-in account
    QDateTime printedAt;               // local time, from the session's clock
};

// 移交清单: one handover batch of retained 附表1 originals (转送 to the county), as printed and signed.
struct HandoverPrintItem
{
    int line = 0;
    QString formNo;
    QString name;
    QDate date;
    QString clerkName; // 经办人, full name
};
struct HandoverPrintData
{
    CenterConfig center;
    int batch = 0;
    QDateTime createdAt; // local time
    QString createdBy;   // full name (移交人)
    QList<HandoverPrintItem> items;
    QString printedBy;
    QDateTime printedAt; // local time
};

} // namespace certdesk
