#pragma once

// The base of the county suites that run each test function on SQLite and on PostgreSQL against the county's SQL
// layer in-process (tst_county_store, tst_county_tallies, tst_county_audithead): the suite's own PostgreSQL
// cluster, started once, and a fresh county database per test function.

#include "countydb.h"
#include "pgcluster.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace certdesk::countytest {

class CountyDbSuite : public QObject
{
protected:
    // From initTestCase: the cluster, or why there is none (a failure where PostgreSQL is required).
    void startPostgres()
    {
        m_pg = std::make_unique<test::PgCluster>();
        if (!m_pg->start(&m_pgWhy)) {
            QVERIFY2(!test::PgCluster::requiredHere(), qPrintable(m_pgWhy));
            qWarning("PostgreSQL tests will be skipped: %s", qPrintable(m_pgWhy));
            m_pg.reset();
        }
    }
    // From cleanupTestCase: the database is closed before its cluster stops.
    void stopPostgres()
    {
        m_db.reset();
        m_pg.reset();
    }
    // The data column of a function that runs on both backends.
    static void addBackends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    // A fresh, migrated county database (county X1) in a new data directory, on the backend asked for.
    bool openFreshDb(bool postgres)
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        county::CountyConfig config{QStringLiteral("X1"), QStringLiteral("县"), QString()};
        if (postgres) {
            const QString name = QStringLiteral("county%1").arg(++m_dbCounter);
            if (!m_pg || !m_pg->createDatabase(name))
                return false;
            config.databaseUrl = m_pg->url(name);
        }
        auto db = county::CountyDb::open(county::DataDir{m_dir->path()}, config);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return false;
        }
        m_db = std::move(db).value();
        return true;
    }

    std::unique_ptr<test::PgCluster> m_pg;
    QString m_pgWhy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<county::CountyDb> m_db;

private:
    int m_dbCounter = 0;
};

// In a data-driven function: skips the PostgreSQL row when the suite has no cluster (never in CI, where
// startPostgres fails instead).
#define COUNTY_SKIP_WITHOUT_POSTGRES(postgres)                                                                         \
    do {                                                                                                               \
        if ((postgres) && !m_pg)                                                                                       \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL unavailable: ") + m_pgWhy));                                   \
    } while (false)

} // namespace certdesk::countytest
