#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

#include <optional>

namespace certdesk {

class Session;

// What the client needs to talk to the county: the server address, this center's certificate and key,
// and the county CA — the only CA trusted for the server (pinned).
struct SyncCredentials
{
    QUrl server;
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> ca;
    QDateTime configuredAt;
    QString configuredBy;

    // Client certificate + key, CA certificates = the county CA only, peer verification required.
    QSslConfiguration tlsConfiguration() const;
    QString centerCode() const; // the certificate's CN
};

// Sync configuration: the server URL and the center's PKCS#12 bundle. The bundle is opened once, at
// configure time, with its password; key, certificate and CA chain go into the encrypted database as PEM —
// no loose file and no stored bundle password. Admins only (Permission::Settings); audited.
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)

public:
    explicit SyncSettings(Session &session) : m_session(session) {}

    // Refused codes: "permission", "bad_url", "bad_bundle" (wrong password or not PKCS#12), "no_ca",
    // "not_issued_by_ca", "expired", "wrong_center" (the certificate names another center).
    // `desk` (optional, ≤ 64 characters) names this counter among the center's desks (sent with its records).
    Status configure(const QString &serverUrl, const QByteArray &p12, const QString &password,
                     const QString &desk = QString());
    Result<std::optional<SyncCredentials>> credentials();

    static Result<QUrl> parseServerUrl(const QString &text);
    // The bundle opened and checked (URL, password, CA, validity at `now`) without a database: what configure()
    // stores, and what "join an existing center" uses before the desk's database exists.
    static Result<SyncCredentials> openBundle(const QString &serverUrl, const QByteArray &p12, const QString &password,
                                              const QDateTime &now);

private:
    Session &m_session;
};

} // namespace certdesk
