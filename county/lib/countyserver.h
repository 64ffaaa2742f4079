#pragma once

// The county HTTPS endpoint: a QSslServer (mutual TLS, the county CA as the only trust anchor) bound to an HTTP
// server. The center is identified by its client certificate only; the serial is checked against the database on
// every request, so a revocation takes effect on a running server (even on an open keep-alive connection).

#include "core/result.h"
#include "countyconfig.h"
#include "countydb.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

class QSslServer;
class QUrlQuery;
class QSslSocket;

namespace certdesk::county {

class CountyHttp;
struct CenterIdentity;

struct HttpAnswer
{
    int status = 200;
    QByteArray body; // JSON
    QString center;  // the authenticated center's code, empty before (for the request log)
};

// The supervisors' reports (reportsapi.cpp, docs/county-reports.md): `path` starts with kReportsPrefix.
inline constexpr char kReportsPrefix[] = "/api/v1/reports/";
HttpAnswer reportsAnswer(CountyDb &db, const CountyConfig &config, const QByteArray &method, const QString &path,
                         const QUrlQuery &query, const QByteArray &body, const QString &supervisor);

class CountyServer : public QObject
{
    Q_OBJECT

public:
    CountyServer(CountyDb &db, CountyConfig config, QObject *parent = nullptr);
    ~CountyServer() override;

    // Loads DIR's server key pair and CA, listens; port 0 picks a free port. Returns the bound port.
    Result<quint16> start(const DataDir &dir, const QHostAddress &address, quint16 port);

    // The whole request → answer step, independent of the transport (unit-testable).
    HttpAnswer handle(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QSslCertificate &peer, const QUrlQuery *query = nullptr);

private:
    void guardSocket(QSslSocket *socket);
    HttpAnswer route(const QByteArray &method, const QString &path, const QByteArray &body, const CenterIdentity &id);

    CountyDb &m_db;
    CountyConfig m_config;
    QSslServer *m_tcp = nullptr;
    std::unique_ptr<CountyHttp> m_http;
    QList<QSslCertificate> m_ca;
    QByteArray m_escrowKey; // DIR/escrow.pub when the county ran `escrow init`; sent in hello
};

} // namespace certdesk::county
