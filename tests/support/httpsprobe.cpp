#include "httpsprobe.h"

#include "clirunner.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QSslSocket>
#include <QTest>

namespace certdesk::test {

ClientBundle loadBundle(const QString &p12Path, const QString &password)
{
    ClientBundle bundle;
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly))
        return bundle;
    QSslCertificate::importPkcs12(&file, &bundle.key, &bundle.certificate, &bundle.caChain, password.toUtf8());
    return bundle;
}

QSslConfiguration probeConfig(const QList<QSslCertificate> &trusted, const ClientBundle &client)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(trusted);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (client.valid()) {
        config.setPrivateKey(client.key);
        config.setLocalCertificate(client.certificate);
    }
    return config;
}

QString HttpAnswer::describe() const
{
    return QStringLiteral("HTTP %1, network error %2 (%3), body: %4")
        .arg(status)
        .arg(int(error))
        .arg(errorString, QString::fromUtf8(body.left(500)));
}

HttpAnswer httpsRequest(const QString &url, const QSslConfiguration &config, const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager manager; // fresh per attempt: nothing cached from an earlier handshake
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(config);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = body.isNull() ? manager.get(request) : manager.post(request, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QList<QSslError> tolerated;
        for (const QSslError &e : errors)
            if (e.error() == QSslError::HostNameMismatch)
                tolerated.append(e);
        if (tolerated.size() == errors.size())
            reply->ignoreSslErrors(tolerated);
    });
    HttpAnswer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 5000)) {
        reply->abort();
        answer.error = QNetworkReply::TimeoutError;
        answer.errorString = QStringLiteral("no answer within the timeout");
    } else {
        answer.error = reply->error();
        answer.errorString = reply->errorString();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    }
    delete reply;
    return answer;
}

QByteArray rawHttpsExchange(const QString &host, quint16 port, const QSslConfiguration &config,
                            const QByteArray &request, int timeoutMs)
{
    QSslSocket socket;
    socket.setSslConfiguration(config);
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (e.error() != QSslError::HostNameMismatch)
                return;
        socket.ignoreSslErrors(errors);
    });
    QByteArray answer;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    bool closed = false;
    QObject::connect(&socket, &QSslSocket::disconnected, &socket, [&] { closed = true; });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &socket, [&] { closed = true; });
    socket.connectToHostEncrypted(host, port);
    if (!QTest::qWaitFor([&] { return socket.isEncrypted() || closed; }, timeoutMs) || !socket.isEncrypted())
        return answer;
    socket.write(request);
    (void)QTest::qWaitFor([&] { return closed; }, timeoutMs); // a server that keeps the line open: take what came
    answer += socket.readAll();
    return answer;
}

} // namespace certdesk::test
