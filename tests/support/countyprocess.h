#pragma once

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace certdesk::test {

// Runs `program args` (optionally behind `wrapper`, e.g. "ip netns exec NS"), writes stdinData and closes
// standard input, waits up to timeoutMs. Same result conventions as runCli.
CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000,
                     const QStringList &wrapper = {});

// One county data folder and, when started, its `serve` process (CERTDESK_COUNTY_BIN). Commands are run as
// separate processes, exactly as an operator would; the server can be SIGKILLed and restarted on the same data.
class CountyProcess : public QObject
{
    Q_OBJECT

public:
    explicit CountyProcess(const QString &dataDir, QObject *parent = nullptr);
    ~CountyProcess() override;

    const QString &dataDir() const { return m_dataDir; }

    // certdesk-county --data DIR <args>
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000) const;

    // The set-up commands; false (with the command's output logged) on a non-zero exit.
    bool init(const QString &countyCode, const QString &countyName, const QString &databaseUrl = QString());
    bool enroll(const QString &center, const QString &name, const QString &p12Path, const QString &p12Password);
    bool revoke(const QString &center);
    bool importFile(const QString &kind, const QString &file, const QString &center); // kind: forms|deaths

    // Report commands, stdout parsed; empty on failure (logged).
    QJsonObject workload(const QDate &date);
    // workload --from --to [--center] --json
    QJsonObject workload(const QDate &from, const QDate &to, const QString &center = QString());
    QJsonArray conflicts(); // the "conflicts" array of `conflicts --json` (or the top array)
    QJsonArray feedback(const QDate &from, const QDate &to); // `export feedback --format json`, the records

    // Starts `serve --listen LISTEN` and waits (event loop, no sleep) for "listening on HOST:PORT".
    // `wrapper` prefixes the command (network namespace); `env` adds fault-injection switches.
    bool start(const QString &listen = QStringLiteral("127.0.0.1:0"), const QStringList &wrapper = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);
    // Same listen address and port as the last start, same wrapper; `env` replaces the last one when given.
    bool restart(const QProcessEnvironment &env = QProcessEnvironment(), int timeoutMs = 30000);
    // SIGKILL and reap.
    void kill();
    // SIGSTOP / SIGCONT: freezes the server wherever it is (reading a request, inside a transaction), so that a
    // client's request is deterministically in flight; kill() works on a stopped server too.
    bool pause();
    bool resume();
    qint64 pid() const;
    // SIGTERM, then SIGKILL after timeoutMs; true when it exited by itself with status 0.
    bool stop(int timeoutMs = 10000);
    bool isRunning() const;
    // Waits until the server's output contains `needle` (after position `from`) or the process ends.
    bool waitForOutput(const QByteArray &needle, int timeoutMs, qsizetype from = 0);
    // Waits for the process to end (after a fault-injected abort, for example).
    bool waitForExit(int timeoutMs);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString url() const; // https://HOST:PORT
    // Everything the serve process printed so far (both streams). Never contains personal data by contract.
    const QByteArray &output() const { return m_output; }
    QProcess::ExitStatus lastExitStatus() const { return m_lastExitStatus; }

private:
    QString m_dataDir;
    QProcess *m_serve = nullptr;
    QByteArray m_output;
    QString m_listen;
    QStringList m_wrapper;
    QProcessEnvironment m_env;
    QString m_host;
    quint16 m_port = 0;
    QProcess::ExitStatus m_lastExitStatus = QProcess::NormalExit;
};

} // namespace certdesk::test
