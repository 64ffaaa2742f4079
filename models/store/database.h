#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace certdesk {

// RAII prepared statement over the SQLCipher C API. Binds are 1-based, columns 0-based.
// Qt's QSQLITE driver must never be loaded next to SQLCipher (both export sqlite3_*), hence this wrapper.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Binds all arguments in order, starting at 1.
    template<class... Args> Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // true: a row is ready; false: done. Errors (constraint, busy, I/O) come back as Io errors.
    Result<bool> step();
    // Steps to completion; for statements that return no rows.
    Status run();
    void reset(); // also clears bindings

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) an SQLCipher file keyed with a raw 32-byte key (no SQLCipher KDF: the key is
    // already random), sets cipher_compatibility = 3 and proves the key by reading sqlite_master.
    // Error codes: "wrong_key" (Auth) when the key does not open the file, "open_failed" (Io).
    // "wal_missing" (Io) when a -shm lies there without its -wal; "database_damaged" (Io) on SQLITE_CORRUPT.
    static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &rawKey, bool create);

    // The error for a damaged database file (code "database_damaged"): names the file, points to restore.
    static Error damagedError(const QString &path, const QString &detail);

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    // A statement prepared once and reused (reset on each call); the SQL text pointer is the cache key,
    // so pass string literals only.
    Result<Statement *> cached(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    QString lastError() const;

private:
    explicit Database(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
};

// Steps `q` once: the row converted by `read(q)`, or nothing; the statement is reset either way, so a
// cached statement holds no read snapshot afterwards.
template<class T, class Read> Result<std::optional<T>> fetchOne(Statement &q, Read read)
{
    auto row = q.step();
    if (!row)
        return row.error();
    std::optional<T> out;
    if (row.value())
        out = read(q);
    q.reset();
    return out;
}

// Every row of `q`, each converted by `read(q)`.
template<class T, class Read> Result<QList<T>> fetchAll(Statement &q, Read read)
{
    QList<T> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(read(q));
    }
    q.reset();
    return out;
}

// BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace certdesk
