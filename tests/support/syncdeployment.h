#pragma once

#include "countyprocess.h"
#include "pgcluster.h"
#include "syncfixture.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <utility>

namespace certdesk::test {

enum class CountyBackend
{
    Sqlite,
    Postgres
};

// A county for one test class: data folder, database (SQLite in the folder, or a private PostgreSQL cluster),
// certificates made now by `certdesk-county init`, and a running `serve` on 127.0.0.1 at a free port.
class SyncDeployment;

// The backends every data-driven sync test runs on, in row order: "sqlite", "postgresql".
const QList<std::pair<QString, CountyBackend>> &countyBackends();
// Starts a county on `kind` into *out. PostgreSQL not available here: true, *out null and *skipReason set (a skip;
// a failure where CERTDESK_REQUIRE_POSTGRES=1). False with *why when a county that should come up does not.
bool startCounty(CountyBackend kind, std::unique_ptr<SyncDeployment> *out, QString *skipReason, QString *why);

class SyncDeployment
{
public:
    static QString bundlePassword() { return QStringLiteral("bundle-Pass-1"); }

    SyncDeployment() = default;
    ~SyncDeployment();

    // False with the reason: PostgreSQL not available (a skip), or the county does not come up (a failure:
    // *skippable says which).
    bool setUp(CountyBackend backend, QString *why, bool *skippable,
               const QString &listen = QStringLiteral("127.0.0.1:0"));

    CountyProcess &county() { return *m_county; }
    CountyBackend backend() const { return m_backend; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    PgCluster *postgres() { return m_pg.get(); }

    // enroll --center CODE --name NAME --out <dir>/CODE.p12 (password bundlePassword()); the bundle's path or empty.
    QString enroll(const QString &code, const QString &name);
    // import forms|deaths for a center, from a JSON file written into the data folder's parent.
    bool importForms(const QList<Form> &forms, const QString &center);
    bool importDeaths(const QList<Form> &forms, const QDate &deathDate, const QString &center = QString());

    // Runs SQL against the county database with the database's own client (sqlite3 or psql, separate processes:
    // Qt's SQLite driver never enters a test process). Rows one per line, columns '|'-separated; false on error.
    bool countyQuery(const QString &sql, QStringList *rows);
    // The single integer the query returns, -1 on error.
    qint64 countyScalar(const QString &sql);

    // A new center database, enrolled and configured against this server (url() unless `serverUrl` is given).
    // Null (reason logged) when any step fails.
    std::unique_ptr<SyncCenter> addCenter(const QString &code, const QString &name,
                                          const QString &serverUrl = QString());

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    std::unique_ptr<CountyProcess> m_county;
    CountyBackend m_backend = CountyBackend::Sqlite;
    int m_files = 0;
};

// The base of the data-driven sync suites: one county per backend of countyBackends(), started once from
// initTestCase, and the data rows named after them ("sqlite", "postgresql"; a row may add ":detail").
class SyncBackendSuite : public QObject
{
protected:
    struct Backend
    {
        std::unique_ptr<SyncDeployment> deployment;
        QString skipReason;
    };

    // From initTestCase: a county that should come up and does not fails the suite.
    void startBackends()
    {
        for (const auto &[name, kind] : countyBackends()) {
            Backend b;
            QString why;
            QVERIFY2(startCounty(kind, &b.deployment, &b.skipReason, &why),
                     qPrintable(name + QStringLiteral(": ") + why));
            m_backends[name] = std::move(b);
        }
    }
    // From init: skips a row whose county could not start here (PostgreSQL absent; never in CI).
    void skipRowWithoutCounty()
    {
        if (!QTest::currentDataTag())
            return;
        const Backend &b = m_backends[QString::fromUtf8(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0)];
        if (!b.deployment)
            QSKIP(qPrintable(b.skipReason));
    }
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const auto &[name, kind] : countyBackends())
            QTest::newRow(qPrintable(name)) << name;
    }
    // The county of the current row (after skipRowWithoutCounty, never a skipped one).
    SyncDeployment &deployment()
    {
        QFETCH(QString, backend);
        return *m_backends[backend].deployment;
    }

    std::map<QString, Backend> m_backends;
};

} // namespace certdesk::test
