#pragma once

// The county database through Qt SQL: PostgreSQL (QPSQL) in production, an SQLite file (QSQLITE) by default.
// One SQL layer for both; the few dialect differences live in countyschema.cpp.

#include "core/result.h"
#include "countyconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace certdesk::county {

class CountyDb
{
public:
    // Opens (creating the SQLite file if needed) and migrates to the latest schema.
    static Result<std::unique_ptr<CountyDb>> open(const DataDir &dir, const CountyConfig &config,
                                                  const QString &password = {});
    ~CountyDb();
    CountyDb(const CountyDb &) = delete;
    CountyDb &operator=(const CountyDb &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isPostgres() const { return m_postgres; }

    // Prepares; binds positional values; executes. Errors carry the driver text (no data values).
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    Status transaction();
    Status commit();
    void rollback();

private:
    CountyDb() = default;
    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
};

// RAII: rolls back unless committed.
class CountyTransaction
{
public:
    explicit CountyTransaction(CountyDb &db) : m_db(db), m_begun(db.transaction()) {}
    ~CountyTransaction()
    {
        if (m_begun.ok() && !m_done)
            m_db.rollback();
    }
    const Status &begun() const { return m_begun; }
    // Done only once the COMMIT succeeded: a failed COMMIT (disk full, a deferred constraint, busy) leaves
    // SQLite inside the transaction, and the destructor's ROLLBACK must then end it, or the connection stays
    // unusable (every later BEGIN fails).
    Status commit()
    {
        Status s = m_db.commit();
        m_done = s.ok();
        return s;
    }

private:
    CountyDb &m_db;
    Status m_begun;
    bool m_done = false;
};

Error sqlError(const QSqlQuery &q);

int latestCountySchema();
Result<int> countySchemaVersion(CountyDb &db);
Status migrateCounty(CountyDb &db);

} // namespace certdesk::county
