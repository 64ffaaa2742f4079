#pragma once

#include "core/errorcode.h"
#include "core/result.h"
#include "domain/certification.h"
#include "domain/types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk {

class Database;

// Outbox states (the CHECK constraint of the outbox table).
namespace outbox {
inline constexpr const char *kPending = "pending";
inline constexpr const char *kSent = "sent";
inline constexpr const char *kAcked = "acked";
inline constexpr const char *kConflict = "conflict";
inline constexpr const char *kRejected = "rejected";
} // namespace outbox

struct OutboxCounts
{
    int pending = 0; // pending or sent, not quarantined: what the queue still has to deliver
    int acked = 0;
    int conflicts = 0;
    int rejected = 0;
    int quarantined = 0;
};

// A record the Sync panel lists: a conflict, a rejection or a quarantined record.
struct OutboxProblem
{
    QString uuid;
    QString formNo;
    QString clerk;     // the account name
    QString clerkName; // the clerk's full name (经办人), as the counter's lists show it
    QDateTime certifiedAt;
    QString state;
    bool quarantined = false;
    int attempts = 0;
    QString reason; // as stored: a rejection is "code: the county's message" (syncengine.cpp)
    ErrorCode rejection = ErrorCode::Internal; // rejected: the county's code; Internal for one this program lacks
    QString conflictWith;
};

// The center's sync settings as stored (PEM text; the database is encrypted).
struct SyncConfigRow
{
    QString serverUrl;
    QString certPem;
    QString keyPem;
    QString caPem;
    QDateTime configuredAt;
    QString configuredBy;
};

Result<OutboxCounts> outboxCounts(Database &db);
// The next records to deliver, oldest first (corrections after the records they correct): pending or sent
// (a sent record whose answer never came is sent again; the county deduplicates by UUID), not quarantined.
Result<QStringList> nextOutboxBatch(Database &db, int limit);

// Each runs inside the caller's transaction.
Status markOutbox(Database &db, const QString &uuid, const char *state, const QString &reason,
                  const QString &conflictWith, const QDateTime &now);
// A per-record server failure: attempts + 1, back to pending; quarantined once attempts reach `limit`.
// Returns true when the record is now quarantined.
Result<bool> recordOutboxFailure(Database &db, const QString &uuid, const QString &reason, int limit,
                                 const QDateTime &now);
// A quarantined or rejected record goes back into the queue with a fresh attempt count.
// false when the record is in neither condition.
Result<bool> retryOutbox(Database &db, const QString &uuid, const QDateTime &now);

// Records the county answered `rate_limited` (too many ID mismatches from this center) stay `rejected`, visible,
// until the limit's window passes; then they go back into the queue once. Inside the caller's transaction.
// rateLimitedUntil: the latest such window (invalid when none is waiting).
Status noteRateLimited(Database &db, const QDateTime &until);
Result<QDateTime> rateLimitedUntil(Database &db);
// When `now` has reached the window's end: every rate-limited record back to pending, the window forgotten.
// Returns how many records were put back.
Result<int> requeueRateLimited(Database &db, const QDateTime &now);

Result<QList<OutboxProblem>> outboxProblems(Database &db);
Result<QString> outboxState(Database &db, const QString &uuid);

Result<QString> syncValue(Database &db, const QString &key); // empty when unset
Status setSyncValue(Database &db, const QString &key, const QString &value);

// Pulled forms: the county's copy replaces the local one (same id, so certifications keep pointing at it) and
// makes it pending again; a withdrawal marks it withdrawn. Both run inside the caller's transaction;
// setFormStatus returns false when the form is unknown here.
Status replaceForm(Database &db, qint64 formId, const Form &form);
Result<bool> setFormStatus(Database &db, const QString &formNo, const QString &status);
// Conflict notices from the county: this center's record stays as it is, the other record is remembered.
Status noteConflict(Database &db, const QString &uuid, bool ours, const QString &reason, const QString &otherUuid,
                    const QDateTime &now);

// "Certified elsewhere" notices (county-wide service): the first notice of a (form, cycle) stands, as at the county.
Status noteCertifiedElsewhere(Database &db, const ElsewhereNote &note, const QDateTime &now);
Result<std::optional<ElsewhereNote>> findCertifiedElsewhere(Database &db, const QString &formNo, int cycle);

Result<std::optional<SyncConfigRow>> loadSyncConfig(Database &db);
Status saveSyncConfig(Database &db, const SyncConfigRow &row);

} // namespace certdesk
