#pragma once

#include "core/result.h"

#include <QString>

namespace certdesk {

class Database;

// Seals certification rows into the audit log: the certify/correct entry carries a SHA-256 of the row
// as stored, so a row edited or deleted behind the program's back (triggers dropped by someone holding
// the key) no longer matches its entry.

// The version certificationRowHash seals with; the sealing audit entry records it as "seal_version" (absent = 1).
inline constexpr int kRecordSealVersion = 2;

// Hash of the stored row `uuid` (every sealed column of the current version); empty when there is no such row.
Result<QString> certificationRowHash(Database &db, const QString &uuid);

// Every certification row has exactly one sealing audit entry with its hash and every sealing entry its row;
// the append-only triggers are all in place. Refused ("audit_broken") naming the first mismatch.
Result<qint64> verifyCertificationSeals(Database &db);

} // namespace certdesk
