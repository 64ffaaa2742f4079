#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace certdesk::test {

// A throw-away PostgreSQL 15 cluster for one test: initdb into a temporary folder, trust authentication,
// listening on 127.0.0.1 at a free port and on a Unix socket inside that folder; fsync off (a crash of the
// cluster itself is not what the tests exercise). Stopped (immediate mode) and deleted by the destructor.
// Run as root, every PostgreSQL program runs as the `postgres` system user (initdb refuses root).
class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // False with the reason in *why when PostgreSQL is not installed or the cluster does not come up.
    bool start(QString *why);
    // scripts/setup.sh test sets CERTDESK_REQUIRE_POSTGRES=1: there a cluster that cannot start fails the suite
    // instead of skipping its PostgreSQL half.
    static bool requiredHere() { return qEnvironmentVariableIntValue("CERTDESK_REQUIRE_POSTGRES") == 1; }
    // Creates a database owned by user(); false (reason logged) on error.
    bool createDatabase(const QString &name);
    // psql -At -c SQL on `database`: the rows, one line each, columns separated by '|'; false on error (logged).
    bool query(const QString &database, const QString &sql, QStringList *rows) const;
    // postgresql://certdesk@127.0.0.1:PORT/NAME
    QString url(const QString &database) const;
    void stop();

    bool running() const { return m_running; }
    quint16 port() const { return m_port; }
    static QString user() { return QStringLiteral("certdesk"); }
    // The folder with the PostgreSQL programs, or empty when none is installed.
    static QString binDir();

private:
    // Runs one PostgreSQL program (as `postgres` when we are root); output kept in *output.
    bool runTool(const QString &program, const QStringList &args, QString *output, int timeoutMs = 60000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
};

// Returns a free TCP port on 127.0.0.1 (bound then released: a small race that the callers retry).
quint16 freeLoopbackPort();

} // namespace certdesk::test
