#pragma once

// The county HTTPS endpoint: a QSslServer (mutual TLS, the county CA as the only trust anchor) bound to an HTTP
// server. The center is identified by its client certificate only; the serial is checked against the database on
// every request, so a revocation takes effect on a running server (even on an open keep-alive connection), and a
// serial known revoked is refused from the request head, before its body is read. Database work runs on a small
// pool of worker threads (dbpool.h); connections are capped and closed when idle (ServerLimits).

#include "core/result.h"
#include "countyconfig.h"
#include "countydb.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QSslServer;
class QUrlQuery;
class QSslSocket;
class QTimer;

namespace certdesk::county {

class CountyHttp;
class DbPool;
struct CenterIdentity;

struct HttpAnswer
{
    int status = 200;
    QByteArray body;       // JSON
    QString center;        // the authenticated center's code, empty before (for the request log)
    QString refusedSerial; // a certificate refused as revoked or unknown: refused from its next request's head
};

// The supervisors' reports (reportsapi.cpp, docs/county-reports.md): `path` starts with kReportsPrefix.
inline constexpr char kReportsPrefix[] = "/api/v1/reports/";
HttpAnswer reportsAnswer(CountyDb &db, const CountyConfig &config, const QByteArray &method, const QString &path,
                         const QUrlQuery &query, const QByteArray &body, const QString &supervisor);

// Limits of the running server (docs/county.md, "serve"). Tests inject small values.
struct ServerLimits
{
    int workers = 4;                 // database worker threads (dbpool.h)
    int maxConnections = 64;         // open connections; more get 503 "busy" on their first request and are closed
    int idleTimeoutMs = 60'000;      // no request in flight and no traffic for this long: the connection is closed
    int revocationRefreshMs = 5'000; // how often the revoked serials are reloaded for the check at the head
};

class CountyServer : public QObject
{
    Q_OBJECT

public:
    CountyServer(CountyDb &db, CountyConfig config, QObject *parent = nullptr);
    ~CountyServer() override;

    // Before start(). `password`: the PostgreSQL password the workers' connections use (serve's stdin).
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    void setDatabasePassword(const QString &password) { m_password = password; }

    // Loads DIR's server key pair and CA, listens; port 0 picks a free port. Returns the bound port.
    Result<quint16> start(const DataDir &dir, const QHostAddress &address, quint16 port);

    // The whole request → answer step, independent of the transport (unit-testable), on `db` (the caller's
    // thread's connection); the overload without it uses the connection the server was made with.
    HttpAnswer handle(CountyDb &db, const QByteArray &method, const QString &path, const QByteArray &body,
                      const QSslCertificate &peer, const QUrlQuery *query = nullptr) const;
    HttpAnswer handle(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QSslCertificate &peer, const QUrlQuery *query = nullptr)
    {
        return handle(m_db, method, path, body, peer, query);
    }

    // Runs handle() on a worker; `done` gets the answer on this object's thread (countyhttp.cpp).
    void dispatch(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                  const QSslCertificate &peer, std::function<void(const HttpAnswer &)> done);

    int openConnections() const { return m_open; }
    // Serials known revoked (or unknown) at the last refresh or request: refused from the request head.
    bool isRefusedSerial(const QString &serial) const { return m_refusedSerials.contains(serial); }

private:
    void guardSocket(QSslSocket *socket); // countyhttp.cpp
    void refreshRevocations();
    HttpAnswer route(CountyDb &db, const QByteArray &method, const QString &path, const QByteArray &body,
                     const CenterIdentity &id, const QString &serial) const;

    CountyDb &m_db;
    CountyConfig m_config;
    ServerLimits m_limits;
    QString m_password;
    QSslServer *m_tcp = nullptr;
    std::unique_ptr<CountyHttp> m_http;
    QList<QSslCertificate> m_ca;
    QByteArray m_escrowKey; // DIR/escrow.pub when the county ran `escrow init`; sent in hello
    int m_open = 0;         // connections from the start of their handshake until the socket is gone
    QSet<QString> m_refusedSerials;
    QTimer *m_refresh = nullptr;
    std::unique_ptr<DbPool> m_pool; // last: stopped (its running jobs finished) before the members they use go
};

} // namespace certdesk::county
