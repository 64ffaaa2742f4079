#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace certdesk::test {

// A center's PKCS#12 bundle as written by `certdesk-county enroll`.
struct ClientBundle
{
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> caChain;
    bool valid() const { return !key.isNull() && !certificate.isNull(); }
};
ClientBundle loadBundle(const QString &p12Path, const QString &password);

// TLS settings for a raw probe: trusts only `trusted` (the county CA) and presents `client` when it is valid.
QSslConfiguration probeConfig(const QList<QSslCertificate> &trusted, const ClientBundle &client = ClientBundle());

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer at all (handshake refused, connection closed)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QString describe() const;
};

// One request on a NEW QNetworkAccessManager (no TLS session or connection reuse between attempts). Only a
// host-name mismatch is tolerated in certificate checks (the tests dial 127.0.0.1 / a namespace address);
// every other TLS error fails the request. POST when `body` is non-null, else GET.
HttpAnswer httpsRequest(const QString &url, const QSslConfiguration &config, const QByteArray &body = QByteArray(),
                        int timeoutMs = 30000);

// Writes `request` verbatim on a new TLS connection (host-name mismatch tolerated as above) and returns what the
// server sent until it closed the connection or `timeoutMs` passed; for requests QNetworkAccessManager will not
// make (a Content-Length larger than the bytes that follow, for instance).
QByteArray rawHttpsExchange(const QString &host, quint16 port, const QSslConfiguration &config,
                            const QByteArray &request, int timeoutMs = 15000);

} // namespace certdesk::test
