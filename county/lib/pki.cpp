#include "pki.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certdesk::county {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pki)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

template<class T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Error pkiError(const char *what)
{
    return Error::internal(Tr::tr("Certificate operation failed: %1.").arg(QLatin1String(what)));
}

PKey newKey()
{
    return PKey(EVP_EC_gen("P-256"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray certPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

PKey readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Cert readCert(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

void addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray v = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(v.constData()),
                               int(v.size()), -1, 0);
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A random positive 128-bit serial whose first nibble is non-zero, so its hex text has no leading zeros.
// Empty when the CSPRNG fails: a serial of uninitialised or predictable bytes could repeat a revoked one.
QString setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    bytes[0] = 0x40 | (bytes[0] & 0x3f);
    BIGNUM *bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    char *hex = BN_bn2hex(bn);
    QString text = normaliseSerial(QString::fromLatin1(hex));
    OPENSSL_free(hex);
    BN_free(bn);
    return text;
}

struct Spec
{
    QString cn;
    QString o;
    QString ou;
    qint64 notBeforeOffset = -3600; // seconds from now; an hour back tolerates clock skew
    qint64 notAfterOffset = 0;
    QList<std::pair<int, QByteArray>> extensions;
};

Result<IssuedCert> issue(const Spec &spec, EVP_PKEY *issuerKey, X509 *issuerCert)
{
    PKey key = newKey();
    Cert cert(X509_new());
    if (!key || !cert)
        return pkiError("key generation");
    X509_set_version(cert.get(), 2);
    IssuedCert out;
    out.serial = setRandomSerial(cert.get());
    if (out.serial.isEmpty())
        return pkiError("random serial number");
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(spec.notBeforeOffset));
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(spec.notAfterOffset));
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    addName(name, "O", spec.o);
    if (!spec.ou.isEmpty())
        addName(name, "OU", spec.ou);
    addName(name, "CN", spec.cn);
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
    for (const auto &[nid, value] : spec.extensions)
        if (!addExt(cert.get(), issuer, nid, value))
            return pkiError("extension");
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key.get(), EVP_sha256()) == 0)
        return pkiError("signature");
    out.keyPem = keyPem(key.get());
    out.certPem = certPem(cert.get());
    out.notAfter = QDateTime::currentDateTimeUtc().addSecs(spec.notAfterOffset);
    return out;
}

constexpr qint64 kDay = 86400;

} // namespace

int daysForYears(int years)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return int(today.daysTo(today.addYears(years)));
}

QString normaliseSerial(const QString &serial)
{
    QString s = serial.toLower();
    s.remove(QLatin1Char(':'));
    int i = 0;
    while (i < s.size() - 1 && s.at(i) == QLatin1Char('0'))
        ++i;
    return s.mid(i);
}

Result<IssuedCert> makeCountyCa(const QString &countyCode, const QString &countyName)
{
    Q_UNUSED(countyName)
    Spec spec;
    spec.cn = u"CertDesk County CA "_s + countyCode;
    spec.o = countyCode;
    spec.notAfterOffset = 20 * 366 * kDay;
    spec.extensions = {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                       {NID_key_usage, "critical,keyCertSign,cRLSign"},
                       {NID_subject_key_identifier, "hash"}};
    return issue(spec, nullptr, nullptr);
}

Result<IssuedCert> makeServerCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QStringList &dnsNames, const QStringList &ipAddresses)
{
    PKey caKey = readKey(caKeyPem);
    Cert caCert = readCert(caCertPem);
    if (!caKey || !caCert)
        return pkiError("reading the county CA");
    QStringList san;
    for (const QString &d : dnsNames)
        san << u"DNS:"_s + d;
    for (const QString &ip : ipAddresses)
        san << u"IP:"_s + ip;
    Spec spec;
    spec.cn = u"certdesk-county"_s;
    spec.o = countyCode;
    spec.notAfterOffset = daysForYears(kServerCertYears) * kDay; // renewed with `renew` (docs/county.md)
    spec.extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                       {NID_key_usage, "critical,digitalSignature,keyEncipherment,keyAgreement"},
                       {NID_ext_key_usage, "serverAuth"},
                       {NID_subject_alt_name, san.join(QLatin1Char(',')).toLatin1()},
                       {NID_authority_key_identifier, "keyid:always"}};
    return issue(spec, caKey.get(), caCert.get());
}

Result<IssuedCert> makeCenterCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QString &centerCode, int days)
{
    return makeClientCert(caKeyPem, caCertPem, countyCode, centerCode, QLatin1String(kCenterOu), days);
}

Result<IssuedCert> makeClientCert(const QByteArray &caKeyPem, const QByteArray &caCertPem, const QString &countyCode,
                                  const QString &commonName, const QString &role, int days)
{
    PKey caKey = readKey(caKeyPem);
    Cert caCert = readCert(caCertPem);
    if (!caKey || !caCert)
        return pkiError("reading the county CA");
    Spec spec;
    spec.cn = commonName;
    spec.o = countyCode;
    spec.ou = role;
    if (days > 0) {
        spec.notAfterOffset = qint64(days) * kDay;
    } else {
        spec.notBeforeOffset = (qint64(days) - 2) * kDay;
        spec.notAfterOffset = qint64(days) * kDay - 60;
    }
    spec.extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                       {NID_key_usage, "critical,digitalSignature,keyAgreement"},
                       {NID_ext_key_usage, "clientAuth"},
                       {NID_authority_key_identifier, "keyid:always"}};
    return issue(spec, caKey.get(), caCert.get());
}

namespace {
constexpr int kPkcs12Iterations = 600000;
} // namespace

Result<QByteArray> makePkcs12(const IssuedCert &cert, const QByteArray &caCertPem, const QString &friendlyName,
                              const QString &password)
{
    PKey key = readKey(cert.keyPem);
    Cert c = readCert(cert.certPem);
    Cert ca = readCert(caCertPem);
    if (!key || !c || !ca)
        return pkiError("reading the bundle parts");
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, X509_dup(ca.get()));
    const QByteArray pass = password.toUtf8();
    const QByteArray name = friendlyName.toUtf8();
    // 600,000 PBKDF iterations (OpenSSL's default is 2,048) and AES-256 for both the key and the certificates: a
    // bundle carried on a USB stick must resist guessing its password offline. Qt and OpenSSL 3 read it.
    PKCS12 *p12 = PKCS12_create(pass.constData(), name.constData(), key.get(), c.get(), chain, NID_aes_256_cbc,
                                NID_aes_256_cbc, kPkcs12Iterations, kPkcs12Iterations, 0);
    sk_X509_pop_free(chain, X509_free);
    if (!p12)
        return pkiError("PKCS#12");
    Bio bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12);
    PKCS12_free(p12);
    return bioBytes(bio.get());
}

} // namespace certdesk::county
