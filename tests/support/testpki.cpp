#include "testpki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace certdesk::test {

namespace {

EVP_PKEY *newKey()
{
    return EVP_EC_gen("P-256");
}

void setTime(ASN1_TIME *t, const QDateTime &at)
{
    ASN1_TIME_set(t, time_t(at.toSecsSinceEpoch()));
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

X509 *makeCert(EVP_PKEY *key, const char *cn, const char *o, X509 *issuer, EVP_PKEY *issuerKey, bool ca, bool server,
               long serial, const QDateTime &notAfter)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    setTime(X509_getm_notBefore(cert), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    setTime(X509_getm_notAfter(cert), notAfter);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(o), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    X509 *iss = issuer ? issuer : cert;
    if (ca) {
        addExt(cert, iss, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert, iss, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExt(cert, iss, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert, iss, NID_ext_key_usage, server ? "serverAuth" : "clientAuth");
        if (server)
            addExt(cert, iss, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    }
    addExt(cert, iss, NID_subject_key_identifier, "hash");
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

QByteArray certPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(n));
    BIO_free(bio);
    return out;
}

QByteArray keyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(n));
    BIO_free(bio);
    return out;
}

} // namespace

struct TestPki::Impl
{
    EVP_PKEY *caKey = nullptr;
    X509 *ca = nullptr;
    EVP_PKEY *serverKey = nullptr;
    X509 *server = nullptr;
};

TestPki::TestPki(const QString &caName) : d(new Impl)
{
    const QDateTime until(QDate(2035, 1, 1), QTime(0, 0), Qt::UTC);
    d->caKey = newKey();
    d->ca = makeCert(d->caKey, caName.toUtf8().constData(), "370102", nullptr, nullptr, true, false, 1, until);
    d->serverKey = newKey();
    d->server = makeCert(d->serverKey, "localhost", "370102", d->ca, d->caKey, false, true, 2, until);
}

TestPki::~TestPki()
{
    X509_free(d->server);
    EVP_PKEY_free(d->serverKey);
    X509_free(d->ca);
    EVP_PKEY_free(d->caKey);
    delete d;
}

QByteArray TestPki::caPem() const
{
    return certPem(d->ca);
}

QByteArray TestPki::serverCertPem() const
{
    return certPem(d->server);
}

QByteArray TestPki::serverKeyPem() const
{
    return keyPem(d->serverKey);
}

QByteArray TestPki::centerP12(const QString &centerCode, const QString &password, bool withCa,
                              const QDateTime &notAfter) const
{
    EVP_PKEY *key = newKey();
    static long serial = 100;
    X509 *cert =
        makeCert(key, centerCode.toUtf8().constData(), "370102", d->ca, d->caKey, false, false, ++serial, notAfter);
    STACK_OF(X509) *chain = sk_X509_new_null();
    if (withCa)
        sk_X509_push(chain, d->ca);
    PKCS12 *p12 = PKCS12_create(password.toUtf8().constData(), "center", key, cert, chain, 0, 0, 0, 0, 0);
    unsigned char *der = nullptr;
    const int n = i2d_PKCS12(p12, &der);
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    PKCS12_free(p12);
    sk_X509_free(chain);
    X509_free(cert);
    EVP_PKEY_free(key);
    return out;
}

} // namespace certdesk::test
