#pragma once

#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace certdesk {

// 信息变更: what the pensioner reported as changed. A null QString means "not changed".
struct InfoChange
{
    QString address;
    QString postcode;
    QString phone;
    bool isEmpty() const { return address.isNull() && postcode.isNull() && phone.isNull(); }
};

// One certification as stored: append-only; a correction is a new record that supersedes an older one.
struct CertificationRecord
{
    QString uuid; // client-generated, the sync key
    QString formNo;
    qint64 formId = 0;
    int cycle = 0;
    bool alive = true;
    IdentityMethod method = IdentityMethod::Manual;
    QString clerk;     // username
    QString clerkName; // 经办人
    QString centerCode;
    QDateTime certifiedAt; // UTC
    QDate localDate;       // the center's calendar day, for workload and export
    InfoChange change;
    QString remark;
    QString supersedes; // uuid of the corrected record, or empty
    QString correctionReason;
    QString overrideBy; // supervisor username, or empty
    QString overrideReason;
    QString syncState; // pending / sent / acked / conflict / rejected
    // The identity actually checked at the counter (sealed with the row): the ID number and name presented, never
    // the form row as it may read later. Empty on records written before schema step 4.
    QString presentedId;
    QString presentedName;
    QString source = QStringLiteral("list"); // "list" (imported/pulled form) or "paper" (registered at the counter)
    // Read with the record from its form and the form's paper handling (not sealed: set after the record).
    FormVariant variant = FormVariant::Online;
    QDateTime retainedAt;       // 附表1 original taken in by the center (留存)
    QDateTime returnedAt;       // 附表2 stamped form handed back to be mailed home
    QDateTime overlayPrintedAt; // printed onto the original (套打)
};

// The county's notice that a form was certified at another center of the county (county-wide service).
struct ElsewhereNote
{
    QString formNo;
    int cycle = 0;
    QString centerCode;
    QString centerName;
    QDate date; // the certifying center's local date
};

// One line of 工作量统计 (domain/workload.h gives the rules): per day × center × clerk.
struct WorkloadRow
{
    QDate date;
    QString clerk;          // login
    int alive = 0;          // certifications, both forms (current result: alive)
    int deceased = 0;       // certifications, both forms (current result: deceased)
    int addressChanges = 0; // certifications with an information change (address, postcode or phone)
    int refusals = 0;       // real refusals only
    QString center;
    QString clerkName;   // 经办人
    int onlineAlive = 0; // 附表1
    int onlineDeceased = 0;
    int mailAlive = 0; // 附表2
    int mailDeceased = 0;
    int corrections = 0; // corrections made by this clerk on this day
    QString desk;        // the center's counter (desk) the records were made at; empty: not marked (one desk)

    int certifications() const { return alive + deceased; }
    bool operator==(const WorkloadRow &) const = default;
};

} // namespace certdesk
