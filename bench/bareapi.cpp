#include "bareapi.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>

namespace certdesk::bench {

namespace {

volatile qint64 g_sink = 0; // keeps the column reads from being optimised away

} // namespace

// The key outlives the step, hence SQLITE_STATIC: no copy, the cheapest bind there is.
int bareRows(sqlite3_stmt *stmt, const QByteArray &key)
{
    sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    int rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const unsigned char *text = sqlite3_column_text(stmt, c);
            g_sink = g_sink + sqlite3_column_bytes(stmt, c) + (text ? text[0] : 0);
        }
    }
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE ? rows : -1;
}

sqlite3_stmt *prepareBare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        std::fprintf(stderr, "prepare failed: %s\n", sqlite3_errmsg(db));
    return stmt;
}

void printVersions(sqlite3 *db)
{
    QByteArray cipher = "?";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        cipher = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    std::printf("Qt %s, SQLite %s, SQLCipher %s\n", qVersion(), sqlite3_libversion(), cipher.constData());
}

void reportFullScans(sqlite3 *db)
{
    bool any = false;
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(db, nullptr); stmt; stmt = sqlite3_next_stmt(db, stmt)) {
        const int scanned = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        if (scanned == 0)
            continue;
        if (!any)
            std::printf("\nStatements that scanned a whole table during the run:\n");
        any = true;
        std::printf("  %d full-scan steps: %s\n", scanned, sqlite3_sql(stmt));
        const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sqlite3_sql(stmt);
        sqlite3_stmt *plan = nullptr;
        if (sqlite3_prepare_v2(db, explain.constData(), -1, &plan, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(plan) == SQLITE_ROW)
            std::printf("    plan: %s\n", reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
        sqlite3_finalize(plan);
    }
    if (!any)
        std::printf("\nNo statement scanned a whole table during the run.\n");
}

} // namespace certdesk::bench
