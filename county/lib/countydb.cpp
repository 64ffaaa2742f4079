#include "countydb.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {
QAtomicInt g_connections;
}

Error sqlError(const QSqlQuery &q)
{
    Error e = Error::io(ErrorCode::Database, Tr::tr("Database error: %1").arg(q.lastError().text()));
    // SQLite's SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), extended codes included: the file itself is bad.
    const int native = q.lastError().nativeErrorCode().toInt();
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::SQLite && ((native & 0xff) == 11 || (native & 0xff) == 26))
        e.code = ErrorCode::DatabaseDamaged;
    return e;
}

namespace {

Error damagedFile(const QString &file, const QString &detail)
{
    return Error::io(ErrorCode::DatabaseDamaged, Tr::tr("The county database %1 is damaged (%2). Stop the "
                                                        "server and restore the last backup (docs/operations.md, "
                                                        "“Restore”); do not start over with an empty database.")
                                                     .arg(QDir::toNativeSeparators(file), detail));
}

} // namespace

Result<std::unique_ptr<CountyDb>> CountyDb::open(const DataDir &dir, const CountyConfig &config,
                                                 const QString &password)
{
    std::unique_ptr<CountyDb> c(new CountyDb);
    c->m_connection = u"county-%1"_s.arg(g_connections.fetchAndAddRelaxed(1));
    if (config.databaseUrl.isEmpty()) {
        c->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, c->m_connection);
        c->m_db.setDatabaseName(dir.sqliteFile());
        c->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        auto target = parsePostgresUrl(config.databaseUrl);
        if (!target)
            return target.error();
        c->m_postgres = true;
        c->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, c->m_connection);
        c->m_db.setHostName(target->host);
        c->m_db.setPort(target->port);
        c->m_db.setDatabaseName(target->database);
        if (!target->user.isEmpty())
            c->m_db.setUserName(target->user);
        if (!password.isEmpty())
            c->m_db.setPassword(password);
        QString options = u"connect_timeout=10"_s;
        if (!target->sslMode.isEmpty())
            options += u";sslmode="_s + target->sslMode;
        if (!target->sslRootCert.isEmpty())
            options += u";sslrootcert="_s + target->sslRootCert;
        c->m_db.setConnectOptions(options);
    }
    // Looked at before the open (which creates a missing file with 0 bytes): an existing file cut to nothing would
    // otherwise be taken for a new county and silently get an empty schema.
    const bool emptyFile =
        !c->m_postgres && QFileInfo::exists(dir.sqliteFile()) && QFileInfo(dir.sqliteFile()).size() == 0;
    if (!c->m_db.open())
        return Error::io(ErrorCode::DatabaseOpen,
                         Tr::tr("Cannot open the database: %1").arg(c->m_db.lastError().text()));
    if (!c->m_postgres) {
        if (emptyFile)
            return damagedFile(dir.sqliteFile(), Tr::tr("the file is empty"));
        if (auto probe = c->run(u"SELECT count(*) FROM sqlite_master"_s); !probe)
            return probe.error().code == ErrorCode::DatabaseDamaged
                       ? damagedFile(dir.sqliteFile(), probe.error().message)
                       : probe.error();
        QSqlQuery q(c->m_db);
        // WAL: the CLI (revoke, import) may write while the server reads. FULL: an acknowledged push survives a
        // power cut (NORMAL would only survive a crash of the process).
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    if (auto s = migrateCounty(*c); !s)
        return s.error().code == ErrorCode::DatabaseDamaged ? damagedFile(dir.sqliteFile(), s.error().message)
                                                            : s.error();
    return c;
}

CountyDb::~CountyDb()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<QSqlQuery> CountyDb::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL, and it saves a round trip.
        if (!q.exec(sql))
            return sqlError(q);
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q);
    return q;
}

Status CountyDb::transaction()
{
    if (!m_postgres) {
        // IMMEDIATE: take SQLite's write lock up front (waiting up to the busy timeout), so that a transaction that
        // reads first cannot fail on upgrading to a writer after another process committed.
        if (auto r = run(u"BEGIN IMMEDIATE"_s); !r)
            return r.error();
        return {};
    }
    if (!m_db.transaction())
        return Error::io(ErrorCode::Database, Tr::tr("Database error: %1").arg(m_db.lastError().text()));
    return {};
}

Status CountyDb::commit()
{
    if (!m_postgres) {
        if (auto r = run(u"COMMIT"_s); !r)
            return r.error();
        return {};
    }
    if (!m_db.commit())
        return Error::io(ErrorCode::Database, Tr::tr("Database error: %1").arg(m_db.lastError().text()));
    return {};
}

void CountyDb::rollback()
{
    if (!m_postgres)
        (void)run(u"ROLLBACK"_s);
    else
        m_db.rollback();
}

} // namespace certdesk::county
