#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdesk::test {

// A throw-away county PKI for sync tests, made with the OpenSSL C API: a CA, a server certificate for
// localhost/127.0.0.1 and a center certificate (CN = center code), all EC P-256, valid 2025..2035.
class TestPki
{
public:
    explicit TestPki(const QString &caName = QStringLiteral("Test County CA"));
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    QByteArray caPem() const;
    QByteArray serverCertPem() const;
    QByteArray serverKeyPem() const;
    // The center's bundle: key + certificate (CN = centerCode, O = "370102") + (optionally) the CA certificate.
    QByteArray centerP12(const QString &centerCode, const QString &password, bool withCa = true,
                         const QDateTime &notAfter = QDateTime(QDate(2035, 1, 1), QTime(0, 0), Qt::UTC)) const;

private:
    struct Impl;
    Impl *d;
};

} // namespace certdesk::test
