#pragma once

// The SQLCipher C API without any CertDesk layer: the baseline the product lookups are compared with, and
// diagnostics that read the connection's own statistics.

#include <sqlcipher/sqlite3.h>

class QByteArray;

namespace certdesk::bench {

// Prepared once by the caller; nullptr (after a message on stderr) when the SQL does not prepare.
sqlite3_stmt *prepareBare(sqlite3 *db, const char *sql);

// Binds key to parameter 1, steps to the end reading every column as text (as the product does) and resets.
// Returns the number of rows, or -1 on an error.
int bareRows(sqlite3_stmt *stmt, const QByteArray &key);

// Qt, SQLite and SQLCipher versions actually loaded, which may differ from the headers built against.
void printVersions(sqlite3 *db);

// Not judged: names every statement on the connection that stepped through a whole table, with its query
// plan, so that a slow lookup explains itself (a missing or unusable index shows up here).
void reportFullScans(sqlite3 *db);

} // namespace certdesk::bench
