#pragma once

// Internal to countyserver.cpp and countyhttp.cpp.

#include "countyserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace certdesk::county {

HttpAnswer errorAnswer(int status, ErrorCode code, const QString &message);
// The access log line: center code (or "-"), method, endpoint, status, duration. Nothing of the body.
void logRequest(const QString &center, const QByteArray &method, const QString &path, int status, qint64 ms);
// The request path, kept only when it is one of the protocol's endpoints (anything else is logged as "other").
QString loggedPath(const QString &path);

// The HTTP layer: QAbstractHttpServer's virtuals changed between 6.4 (socket) and 6.7+ (responder); the peer
// certificate is reachable through the socket (6.4) or QHttpServerRequest::sslConfiguration() (6.7+). Each request
// is answered asynchronously: the responder waits while a worker runs it (both Qt versions allow a responder to
// outlive handleRequest; 6.7+ holds the connection's next request until it is gone).
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
#error "certdesk-county needs Qt 6.4 or Qt 6.7+: Qt 6.5/6.6 give the HTTP layer no access to the client certificate"
#endif
class CountyHttp : public QAbstractHttpServer
{
public:
    explicit CountyHttp(CountyServer &server) : m_server(server) {}

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&) override {}
#else
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override {}
#endif
#endif

private:
    void answer(const QHttpServerRequest &request, const QSslCertificate &peer, QHttpServerResponder &&responder,
                QTcpSocket *socket);

    CountyServer &m_server;
};

} // namespace certdesk::county
