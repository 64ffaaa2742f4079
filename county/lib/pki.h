#pragma once

// The county's certificate authority, with OpenSSL's C API (Qt cannot issue certificates).
// Keys are EC P-256. The CA certificate is the only trust anchor on both sides of the link.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certdesk::county {

// The role a client certificate's OU names: a center's counter or a county supervisor (reports only).
inline constexpr char kCenterOu[] = "certdesk-center";
inline constexpr char kSupervisorOu[] = "certdesk-supervisor";

struct IssuedCert
{
    QByteArray keyPem; // PKCS#8, unencrypted
    QByteArray certPem;
    QString serial; // normalised (see normaliseSerial)
    QDateTime notAfter;
};

// Lifetimes (issue 17, docs/zh_CN/county-guide.md): a center's (and a supervisor's) certificate 3 years, the
// server's 5; each is renewed before it ends (`enroll` again, `renew`). Calendar years from the day of issue.
inline constexpr int kCenterCertYears = 3;
inline constexpr int kServerCertYears = 5;
// Whole days from today (UTC) to the same date `years` later, leap days included.
int daysForYears(int years);

// Self-signed CA: CN=CertDesk County CA <code>, O=<code>; 20 years.
Result<IssuedCert> makeCountyCa(const QString &countyCode, const QString &countyName);
// Server certificate: CN=certdesk-county, SAN = dnsNames + ipAddresses, serverAuth; kServerCertYears (`renew`).
Result<IssuedCert> makeServerCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QStringList &dnsNames, const QStringList &ipAddresses);
// Center client certificate: CN=<center code>, O=<county code>, OU=certdesk-center, clientAuth.
// days <= 0 makes a certificate that has already expired (tests of the expiry refusal).
Result<IssuedCert> makeCenterCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QString &centerCode, int days);
// Any client certificate of the county: CN=commonName, O=county code, OU=role (kCenterOu, kSupervisorOu).
Result<IssuedCert> makeClientCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QString &commonName, const QString &role, int days);
// PKCS#12 bundle with the key, the certificate and the CA chain, protected by password.
Result<QByteArray> makePkcs12(const IssuedCert &cert, const QByteArray &caCertPem, const QString &friendlyName,
                              const QString &password);

// Lower-case hex without separators or leading zeros: the same text from OpenSSL and QSslCertificate.
QString normaliseSerial(const QString &serial);

} // namespace certdesk::county
