#include "sync/syncsettings.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/deskstore.h"
#include "store/syncstore.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSslSocket>

namespace certdesk {

namespace {

QString pemOf(const QList<QSslCertificate> &certs)
{
    QByteArray pem;
    for (const QSslCertificate &c : certs)
        pem += c.toPem();
    return QString::fromLatin1(pem);
}

QString commonName(const QSslCertificate &c)
{
    const QStringList cn = c.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? QString() : cn.constFirst();
}

} // namespace

QSslConfiguration SyncCredentials::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    // Setting the CA list explicitly replaces the system store: only the county CA can vouch for the server.
    tls.setCaCertificates(ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

Result<QUrl> SyncSettings::parseServerUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    while (url.path().endsWith(QLatin1Char('/'))) // the protocol paths are appended to it
        url.setPath(url.path().chopped(1));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty())
        return Error::refused(ErrorCode::BadUrl,
                              tr("The server address must be an https:// URL such as https://county.example:8443."));
    return url;
}

Result<SyncCredentials> SyncSettings::openBundle(const QString &serverUrl, const QByteArray &p12,
                                                 const QString &password, const QDateTime &now)
{
    auto url = parseServerUrl(serverUrl);
    if (!url)
        return url.error();
    QBuffer buffer;
    buffer.setData(p12);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate cert;
    QList<QSslCertificate> ca;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &cert, &ca, password.toUtf8()) || key.isNull() || cert.isNull())
        return Error::refused(ErrorCode::BadBundle,
                              tr("The certificate bundle cannot be opened: wrong password or not a PKCS#12 file."));
    if (ca.isEmpty())
        return Error::refused(ErrorCode::NoCa,
                              tr("The bundle holds no county CA certificate; ask the county for a complete bundle."));
    const bool issued = std::any_of(ca.cbegin(), ca.cend(), [&](const QSslCertificate &c) {
        return c.subjectInfo(QSslCertificate::CommonName) == cert.issuerInfo(QSslCertificate::CommonName) &&
               c.subjectInfo(QSslCertificate::Organization) == cert.issuerInfo(QSslCertificate::Organization);
    });
    if (!issued)
        return Error::refused(ErrorCode::NotIssuedByCa,
                              tr("The center certificate was not issued by the CA in the bundle."));
    if (cert.expiryDate() < now || cert.effectiveDate() > now)
        return Error::refused(ErrorCode::Expired, tr("The center certificate is valid from %1 to %2 only.")
                                                      .arg(cert.effectiveDate().toString(Qt::ISODate),
                                                           cert.expiryDate().toString(Qt::ISODate)));
    SyncCredentials c;
    c.server = url.value();
    c.certificate = cert;
    c.key = key;
    c.ca = ca;
    return c;
}

QString SyncCredentials::centerCode() const
{
    return commonName(certificate);
}

Status SyncSettings::configure(const QString &serverUrl, const QByteArray &p12, const QString &password,
                               const QString &desk)
{
    if (auto s = m_session.require(Permission::Settings); !s)
        return s;
    if (desk.trimmed().size() > 64)
        return Error::invalid(ErrorCode::Desk, tr("The desk name is longer than 64 characters."));
    const QDateTime now = m_session.clock().now();
    auto opened = openBundle(serverUrl, p12, password, now);
    if (!opened)
        return opened.error();
    const QUrl *url = &opened->server;
    const QSslCertificate &cert = opened->certificate;
    const QSslKey &key = opened->key;
    const QList<QSslCertificate> &ca = opened->ca;
    const QString cn = commonName(cert);
    if (cn != m_session.center().code)
        return Error::refused(
            ErrorCode::WrongCenter,
            tr("The certificate was issued to center %1; this desk is center %2.").arg(cn, m_session.center().code));

    SyncConfigRow row{url->toString(QUrl::StripTrailingSlash),
                      QString::fromLatin1(cert.toPem()),
                      QString::fromLatin1(key.toPem()),
                      pemOf(ca),
                      now,
                      m_session.account().username};
    Database &db = SessionAccess::db(m_session);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = saveSyncConfig(db, row); !s)
        return s;
    if (!desk.trimmed().isEmpty())
        if (auto s = setDeskName(db, desk); !s)
            return s;
    QJsonObject detail{{QStringLiteral("server"), row.serverUrl},
                       {QStringLiteral("certificate"), cn},
                       {QStringLiteral("serial"), QString::fromLatin1(cert.serialNumber())},
                       {QStringLiteral("expires"), cert.expiryDate().toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ca"), commonName(ca.constFirst())}};
    if (!desk.trimmed().isEmpty())
        detail.insert(QStringLiteral("desk"), desk.trimmed());
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("sync_configure"), detail, now);
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<SyncCredentials>> SyncSettings::credentials()
{
    auto row = loadSyncConfig(SessionAccess::db(m_session));
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<SyncCredentials>();
    const SyncConfigRow &r = row->value();
    SyncCredentials c;
    c.server = QUrl(r.serverUrl);
    c.certificate = QSslCertificate(r.certPem.toLatin1(), QSsl::Pem);
    c.key = QSslKey(r.keyPem.toLatin1(), QSsl::Ec, QSsl::Pem);
    if (c.key.isNull())
        c.key = QSslKey(r.keyPem.toLatin1(), QSsl::Rsa, QSsl::Pem);
    c.ca = QSslCertificate::fromData(r.caPem.toLatin1(), QSsl::Pem);
    c.configuredAt = r.configuredAt;
    c.configuredBy = r.configuredBy;
    if (c.certificate.isNull() || c.key.isNull() || c.ca.isEmpty())
        return Error::internal(tr("The stored sync certificate cannot be read; configure sync again."));
    return std::optional<SyncCredentials>(c);
}

} // namespace certdesk
