#include "countydb.h"

#include <QAtomicInt>
#include <QCoreApplication>
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
    return Error::io(ErrorCode::Database, Tr::tr("Database error: %1").arg(q.lastError().text()));
}

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
        c->m_db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!c->m_db.open())
        return Error::io(ErrorCode::DatabaseOpen,
                         Tr::tr("Cannot open the database: %1").arg(c->m_db.lastError().text()));
    if (!c->m_postgres) {
        QSqlQuery q(c->m_db);
        // WAL: the CLI (revoke, import) may write while the server reads. FULL: an acknowledged push survives a
        // power cut (NORMAL would only survive a crash of the process).
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    if (auto s = migrateCounty(*c); !s)
        return s.error();
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
