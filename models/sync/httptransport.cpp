#include "sync/httptransport.h"

#include "protocol/codec.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace certdesk {

HttpTransport::HttpTransport(const SyncCredentials &credentials, int timeoutMs)
    : m_credentials(credentials), m_timeoutMs(timeoutMs)
{}

void HttpTransport::abort()
{
    if (m_inFlight)
        m_inFlight->abort();
}

Result<QJsonObject> HttpTransport::exchange(const char *path, const QJsonObject *body)
{
    QUrl url = m_credentials.server;
    url.setPath(url.path() + QString::fromLatin1(path));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_credentials.tlsConfiguration());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = body ? m_manager.post(request, protocol::serialize(*body)) : m_manager.get(request);
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&sslErrors](const QList<QSslError> &errors) { sslErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    m_inFlight = reply;
    if (!reply->isFinished())
        loop.exec();
    m_inFlight = nullptr;
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();

    if (status == 0) {
        if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
            return Error::refused(ErrorCode::CertificateRefused,
                                  tr("The county server and this center do not trust each other's certificates "
                                     "(%1).")
                                      .arg(sslErrors.isEmpty() ? errorText : sslErrors.constFirst().errorString()));
        if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
            return Error::io(ErrorCode::Timeout, tr("The county server did not answer in time."));
        return Error::io(ErrorCode::Unreachable, tr("county server unreachable (%1)").arg(errorText));
    }
    if (status >= 500)
        return Error::io(ErrorCode::ServerError,
                         tr("The county server failed (HTTP %1); the records stay queued.").arg(status));
    auto envelope = protocol::parseEnvelope(data);
    if (status == 401 || status == 403) {
        QString code = QStringLiteral("forbidden");
        if (envelope)
            if (auto e = protocol::decodeError(envelope.value()); e)
                code = e->code;
        return Error::refused(ErrorCode::CertificateRefused,
                              tr("The county server refused this center's certificate (%1).").arg(code));
    }
    if (status < 200 || status > 299) {
        QString message = QStringLiteral("HTTP %1").arg(status);
        if (envelope)
            if (auto e = protocol::decodeError(envelope.value()); e)
                message = e->code + QStringLiteral(": ") + e->message;
        return Error::refused(ErrorCode::Protocol, tr("The county server refused the request (%1).").arg(message));
    }
    if (!envelope)
        return Error::refused(ErrorCode::Protocol,
                              tr("The county server's answer cannot be read (%1).").arg(envelope.error().message));
    return envelope.value();
}

Result<protocol::PushResponse> HttpTransport::push(const protocol::PushRequest &request)
{
    const QJsonObject body = protocol::encodePushRequest(request);
    auto answer = exchange(protocol::kPathPush, &body);
    if (!answer)
        return answer.error();
    auto decoded = protocol::decodePushResponse(answer.value());
    if (!decoded)
        return Error::refused(ErrorCode::Protocol, decoded.error().message);
    return decoded;
}

Result<protocol::PullResponse> HttpTransport::pull(const protocol::PullRequest &request)
{
    const QJsonObject body = protocol::encodePullRequest(request);
    auto answer = exchange(protocol::kPathPull, &body);
    if (!answer)
        return answer.error();
    auto decoded = protocol::decodePullResponse(answer.value());
    if (!decoded)
        return Error::refused(ErrorCode::Protocol, decoded.error().message);
    return decoded;
}

Result<protocol::HelloResponse> HttpTransport::hello()
{
    auto answer = exchange(protocol::kPathHello, nullptr);
    if (!answer)
        return answer.error();
    auto decoded = protocol::decodeHello(answer.value());
    if (!decoded)
        return Error::refused(ErrorCode::Protocol, decoded.error().message);
    return decoded;
}

} // namespace certdesk
