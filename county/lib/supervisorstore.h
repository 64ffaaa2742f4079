#pragma once

// County supervisors (the console's users, docs/county-reports.md): their certificates (OU=certdesk-supervisor),
// what a center reports of itself at each contact, and the review marks supervisors leave, with their audit trail.

#include "core/result.h"
#include "countydb.h"

#include <QDateTime>
#include <QString>

namespace certdesk::county {

struct SupervisorIdentity
{
    QString name;
    bool known = false;
    bool revoked = false;
};

// 1–64 letters (any script), digits, '_', '.', '-'.
bool validSupervisorName(const QString &name);

Status recordSupervisor(CountyDb &db, const QString &name, const QString &serial, const QDateTime &notAfter,
                        const QDateTime &now);
// Revokes every certificate of the supervisor; returns how many were still valid. Unknown → Refused.
Result<int> revokeSupervisor(CountyDb &db, const QString &name, const QDateTime &now);
Result<SupervisorIdentity> supervisorForSerial(CountyDb &db, const QString &serial);

// What a center tells about itself at a contact (hello, pull, push). Empty version / negative waiting = not told.
struct CenterContact
{
    QString programVersion;
    bool hasClockOffset = false;
    qint64 clockOffsetMs = 0; // the center's clock minus the server's
    int waiting = -1;         // records in the center's outbox
};
Status recordContact(CountyDb &db, const QString &center, const QDateTime &now, const CenterContact &contact = {});

// Marks a review item reviewed (kept with the note and audited). Unknown item → Refused "not_found"; marked
// before → Refused "already_reviewed".
Status markReviewed(CountyDb &db, const QString &item, const QString &supervisor, const QString &note,
                    const QDateTime &now);

} // namespace certdesk::county
