#pragma once

#include "core/result.h"

namespace certdesk {

class Database;

// Current schema version of the counter database.
int latestSchemaVersion();
// Reads meta.schema_version (0 for an empty file).
Result<int> schemaVersion(Database &db);
// Applies every missing step in order, each in its own transaction together with its version bump,
// so a crash leaves the file at a whole version. Refuses a file newer than this program.
Status migrate(Database &db);
// Up to `target` only: how tests make a file as an older program wrote it.
Status migrateTo(Database &db, int target);

} // namespace certdesk
