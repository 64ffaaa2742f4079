#pragma once

// A center with several counters (desks): each desk keeps its own encrypted database and pulls the records the
// center's other desks made (protocol change desk_record, docs/sync-protocol.md). They are kept apart from this
// desk's own certifications (which are sealed, append-only and pushed): desk_records is only read, to refuse a
// second certification of a form and to count the center's workload by desk.

#include "core/result.h"
#include "domain/certification.h"
#include "domain/workload.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk {

class Database;

// One record of another desk of this center, as the county stored it.
struct DeskRecordRow
{
    QString uuid;
    QString formNo;
    int cycle = 0;
    QString desk; // the desk's name as it pushed it (may be empty: an older client)
    QString clerk;
    QString clerkName;
    QDate date; // the center's local date
    bool alive = true;
    bool changed = false;
    FormVariant variant = FormVariant::Online;
    QString supersedes;
    QString status; // accepted / conflict
};

// This desk's name, sent with its pushes ("desk"): set when the desk was configured, else the machine's host name.
Result<QString> deskName(Database &db);
Status setDeskName(Database &db, const QString &name); // inside the caller's transaction

// Stores a record of another desk (idempotent by uuid). Runs inside the caller's transaction.
Status noteDeskRecord(Database &db, const DeskRecordRow &row, const QDateTime &now);
// The first record (not a correction) another desk of this center made of the form in `cycle`, if any.
Result<std::optional<DeskRecordRow>> findDeskCertification(Database &db, const QString &formNo, int cycle);
// Records of the other desks for the workload: originals dated in [from, to] and every correction, marked by desk
// and counted under `center`.
Result<QList<WorkloadRecord>> deskWorkloadRecords(Database &db, const QDate &from, const QDate &to,
                                                  const QString &center);

} // namespace certdesk
