#include "consoleclient.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslKey>

namespace certdesk::console {

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 20000;
const char kSupervisorOu[] = "certdesk-supervisor"; // docs/county-reports.md
} // namespace

ConsoleClient::ConsoleClient(QUrl server, const QSslConfiguration &tls, QString name)
    : m_server(std::move(server)), m_tls(tls), m_name(std::move(name)), m_nam(new QNetworkAccessManager(this))
{}

ConsoleClient::~ConsoleClient() = default;

Result<std::unique_ptr<ConsoleClient>> ConsoleClient::open(const QUrl &server, const QString &bundlePath,
                                                           const QString &password)
{
    if (!server.isValid() || server.scheme() != u"https"_s)
        return Error::invalid(ErrorCode::BadUrl, tr("The server address must start with https://."));
    QFile f(bundlePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::Read, tr("Cannot read the certificate bundle %1.").arg(bundlePath));
    QBuffer buffer;
    buffer.setData(f.readAll());
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate cert;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &cert, &chain, password.toUtf8()) || key.isNull() ||
        cert.isNull())
        return Error::auth(ErrorCode::WrongPassword, tr("The password does not open this certificate bundle."));
    if (!cert.subjectInfo(QSslCertificate::OrganizationalUnitName).contains(QLatin1String(kSupervisorOu)))
        return Error::invalid(ErrorCode::NotSupervisor, tr("This bundle is not a supervisor's (enroll-supervisor)."));
    if (chain.isEmpty())
        return Error::invalid(ErrorCode::NoCa, tr("The bundle carries no county CA."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(chain); // the county CA only: no system roots
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPrivateKey(key);
    tls.setLocalCertificate(cert);
    return std::unique_ptr<ConsoleClient>(
        new ConsoleClient(server, tls, cert.subjectInfo(QSslCertificate::CommonName).value(0)));
}

QDateTime ConsoleClient::certificateExpiry() const
{
    return m_tls.localCertificate().expiryDate();
}

void ConsoleClient::get(const QString &report, const QUrlQuery &query, Done done)
{
    QUrl url = m_server;
    url.setPath(u"/api/v1/reports/"_s + report);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finish(reply, done); });
}

void ConsoleClient::post(const QString &report, const QJsonObject &body, Done done)
{
    QUrl url = m_server;
    url.setPath(u"/api/v1/reports/"_s + report);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(kTimeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject withProtocol = body;
    withProtocol.insert(u"protocol"_s, 1);
    QNetworkReply *reply = m_nam->post(req, QJsonDocument(withProtocol).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finish(reply, done); });
}

void ConsoleClient::finish(QNetworkReply *reply, const Done &done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        done(Error::io(ErrorCode::Unreachable, tr("The county server cannot be reached.")));
        return;
    }
    if (status == 200) {
        done(body);
        return;
    }
    const QJsonObject e = body.value(u"error"_s).toObject();
    // The word on the wire names the code (docs/county-reports.md); a word this console does not know is the
    // server's failure as far as the supervisor is concerned.
    const ErrorCode code = errorCodeFromWord(e.value(u"code"_s).toString(), ErrorCode::ServerError);
    const QString message = e.value(u"message"_s).toString();
    if (status == 403)
        done(Error::auth(code, code == ErrorCode::Revoked ? tr("This supervisor certificate is revoked.")
                                                          : tr("This certificate may not read the reports.")));
    else if (status == 404 || status == 409)
        done(Error::refused(code, message));
    else if (status >= 500)
        done(Error::io(code, tr("The county server failed; try again later.")));
    else
        done(Error::invalid(code, message));
}

} // namespace certdesk::console
