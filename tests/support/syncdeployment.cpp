#include "syncdeployment.h"

#include "clirunner.h"

#include <QtDebug>

namespace certdesk::test {

SyncDeployment::~SyncDeployment()
{
    m_county.reset(); // the server before its database
    m_pg.reset();
}

const QList<std::pair<QString, CountyBackend>> &countyBackends()
{
    static const QList<std::pair<QString, CountyBackend>> all{{QStringLiteral("sqlite"), CountyBackend::Sqlite},
                                                              {QStringLiteral("postgresql"), CountyBackend::Postgres}};
    return all;
}

bool startCounty(CountyBackend kind, std::unique_ptr<SyncDeployment> *out, QString *skipReason, QString *why)
{
    auto deployment = std::make_unique<SyncDeployment>();
    bool skippable = false;
    if (deployment->setUp(kind, why, &skippable)) {
        *out = std::move(deployment);
        return true;
    }
    out->reset();
    if (!skippable)
        return false;
    *skipReason = QStringLiteral("PostgreSQL backend not tested here: ") + *why;
    return true;
}

bool SyncDeployment::setUp(CountyBackend backend, QString *why, bool *skippable, const QString &listen)
{
    m_backend = backend;
    *skippable = false;
    QString url;
    if (backend == CountyBackend::Postgres) {
        m_pg = std::make_unique<PgCluster>();
        if (!m_pg->start(why)) {
            *skippable = !PgCluster::requiredHere();
            return false;
        }
        if (!m_pg->createDatabase(QStringLiteral("county"))) {
            *why = QStringLiteral("createdb failed");
            return false;
        }
        url = m_pg->url(QStringLiteral("county"));
    }
    m_county = std::make_unique<CountyProcess>(m_dir.filePath(QStringLiteral("county")));
    if (!m_county->init(QStringLiteral("370102"), QStringLiteral("测试县社会保险事业管理局"), url)) {
        *why = QStringLiteral("certdesk-county init failed (see the log above)");
        return false;
    }
    if (!m_county->start(listen)) {
        *why = QStringLiteral("certdesk-county serve did not start (see the log above)");
        return false;
    }
    return true;
}

QString SyncDeployment::enroll(const QString &code, const QString &name)
{
    const QString p12 = m_dir.filePath(code + QStringLiteral(".p12"));
    return m_county->enroll(code, name, p12, bundlePassword()) ? p12 : QString();
}

bool SyncDeployment::importForms(const QList<Form> &forms, const QString &center)
{
    const QString file = m_dir.filePath(QStringLiteral("forms-%1.json").arg(++m_files));
    return writeFile(file, formsJson(forms)) && m_county->importFile(QStringLiteral("forms"), file, center);
}

bool SyncDeployment::importDeaths(const QList<Form> &forms, const QDate &deathDate, const QString &center)
{
    const QString file = m_dir.filePath(QStringLiteral("deaths-%1.json").arg(++m_files));
    if (!writeFile(file, deathsJson(forms, deathDate)))
        return false;
    QStringList args{QStringLiteral("import"), QStringLiteral("deaths"), file};
    if (!center.isEmpty())
        args << QStringLiteral("--center") << center;
    return m_county->run(args).succeeded();
}

bool SyncDeployment::countyQuery(const QString &sql, QStringList *rows)
{
    if (m_backend == CountyBackend::Postgres)
        return m_pg->query(QStringLiteral("county"), sql, rows);
    const CliResult r =
        runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-noheader"),
                                               m_county->dataDir() + QStringLiteral("/county.sqlite"), sql});
    if (!r.succeeded())
        return false;
    *rows = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return true;
}

qint64 SyncDeployment::countyScalar(const QString &sql)
{
    QStringList rows;
    bool ok = false;
    const qint64 value = countyQuery(sql, &rows) && rows.size() == 1 ? rows.first().toLongLong(&ok) : -1;
    return ok ? value : -1;
}

std::unique_ptr<SyncCenter> SyncDeployment::addCenter(const QString &code, const QString &name,
                                                      const QString &serverUrl)
{
    auto center = std::make_unique<SyncCenter>(code, name);
    if (!center->valid())
        return nullptr;
    const QString p12 = enroll(code, name);
    if (p12.isEmpty())
        return nullptr;
    const CliResult configured =
        center->configure(serverUrl.isEmpty() ? m_county->url() : serverUrl, p12, bundlePassword());
    if (!configured.succeeded())
        return nullptr;
    return center;
}

} // namespace certdesk::test
