#include "store/database.h"

#include "core/faultpoint.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>

namespace certdesk {

namespace {

// SQLITE_CORRUPT or SQLITE_NOTADB (a page whose HMAC fails reads as one of them): the file is damaged, and the
// only cure is the last backup. The message names the file so the operator knows what to restore.
bool isDamage(int rc)
{
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

Error damaged(sqlite3 *db, const QString &detail)
{
    const char *file = sqlite3_db_filename(db, "main");
    return Database::damagedError(QString::fromUtf8(file ? file : ""), detail);
}

// SQLITE_FULL (or an I/O error that is ENOSPC): the transaction was not saved, the file is intact; freeing space
// is the cure, so say that rather than SQLite's own words.
bool isFull(sqlite3 *db)
{
    const int rc = sqlite3_extended_errcode(db);
    return (rc & 0xff) == SQLITE_FULL || ((rc & 0xff) == SQLITE_IOERR && sqlite3_system_errno(db) == ENOSPC);
}

Error diskFull(sqlite3 *db)
{
    const char *file = sqlite3_db_filename(db, "main");
    return Error::io(ErrorCode::DiskFull, Database::tr("The disk holding %1 is full: the change was not "
                                                       "saved, and nothing of it was kept. Free some space and "
                                                       "do it again.")
                                              .arg(QDir::toNativeSeparators(QString::fromUtf8(file ? file : ""))));
}

Error sqlError(sqlite3 *db, const char *what)
{
    if (isDamage(sqlite3_extended_errcode(db)))
        return damaged(db, QString::fromUtf8(sqlite3_errmsg(db)));
    if (isFull(db))
        return diskFull(db);
    return Error::io(ErrorCode::Sql,
                     QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqlError(m_db, "step");
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        e.code = ErrorCode::Constraint;
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!r.value())
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QByteArray &rawKey, bool create)
{
    if (rawKey.size() != 32)
        return Error::internal(QStringLiteral("database key must be 32 bytes"));
    // In WAL mode a killed process leaves both -wal and -shm; a clean close removes both. A -shm without its -wal
    // means the log was deleted or not copied with the database: its commits are gone, and opening would hide it.
    if (!create && QFileInfo::exists(path + QStringLiteral("-shm")) &&
        !QFileInfo::exists(path + QStringLiteral("-wal")))
        return Error::io(
            ErrorCode::WalMissing,
            Database::tr("The write-ahead log %1 of the database %2 is missing: the "
                         "latest changes are not in the database file alone. Put the "
                         "-wal file back beside the database, or restore the last backup "
                         "with certdesk-admin restore (docs/operations.md).")
                .arg(QDir::toNativeSeparators(path + QStringLiteral("-wal")), QDir::toNativeSeparators(path)));
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK)
        return Error::io(ErrorCode::OpenFailed,
                         Database::tr("Cannot open the database file: %1").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
    // "x'…'" makes SQLCipher use the bytes as the key itself instead of running its own PBKDF2 on them.
    QByteArray hex = rawKey.toHex();
    QByteArray keySpec = "x'" + hex + "'";
    sqlite3_key(raw, keySpec.constData(), int(keySpec.size()));
    keySpec.fill('\0'); // no copy of the key stays in freed memory
    hex.fill('\0');
    // Ignored by SQLCipher 3.x; makes a 4.x build read our 3.x-format file.
    if (auto s = db->exec("PRAGMA cipher_compatibility = 3"); !s)
        return s.error();
    // Before the key check: another connection opening or checkpointing the file can hold a lock for a moment,
    // and SQLITE_BUSY must not be mistaken for a wrong key.
    sqlite3_busy_timeout(raw, 5000);
    if (const int check = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        check != SQLITE_OK) {
        if ((check & 0xff) == SQLITE_NOTADB)
            return Error::auth(ErrorCode::WrongKey, Database::tr("The key does not open this database."));
        if (isDamage(check))
            return damaged(raw, QString::fromUtf8(sqlite3_errmsg(raw)));
        return Error::io(ErrorCode::OpenFailed,
                         Database::tr("Cannot open the database file: %1").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
    }
    // synchronous = FULL: in WAL mode NORMAL does not sync the WAL at each commit, so a power cut could roll back
    // certifications that were already printed or pushed to the county (cost measured in docs/benchmarks.md).
    // 16 MB of decrypted pages: B-tree inner pages of a million-form table stay in memory, so a lookup or an
    // import does not decrypt them again and again.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -16384"}) {
        if (auto s = db->exec(pragma); !s)
            return s.error();
    }
    return db;
}

Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        Error e = isDamage(sqlite3_extended_errcode(m_db))
                      ? damaged(m_db, QString::fromUtf8(err ? err : "unknown error"))
                  : isFull(m_db) ? diskFull(m_db)
                                 : Error::io(ErrorCode::Sql, QString::fromUtf8(err ? err : "unknown error"));
        if ((sqlite3_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT)
            e.code = ErrorCode::Constraint;
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return sqlError(m_db, "prepare");
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_cache.emplace(sql, std::make_unique<Statement>(std::move(prepared).value())).first;
    } else {
        it->second->reset();
    }
    return it->second.get();
}

Error Database::damagedError(const QString &path, const QString &detail)
{
    return Error::io(ErrorCode::DatabaseDamaged,
                     Database::tr("The database file %1 is damaged (%2). Do not keep working on it: "
                                  "restore the last backup with certdesk-admin restore "
                                  "(docs/operations.md).")
                         .arg(QDir::toNativeSeparators(path), detail));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Transaction::Transaction(Database &db) : m_db(db), m_begun(db.exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction()
{
    if (!m_done && m_begun.ok())
        (void)m_db.exec("ROLLBACK"); // nothing more to do if even the rollback fails
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun.error();
    faultPoint("db.commit.before");
    auto s = m_db.exec("COMMIT");
    if (s) {
        m_done = true;
        faultPoint("db.commit.after");
    }
    return s;
}

} // namespace certdesk
