#include "core/escrowcrypto.h"

#include "core/crypto.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace certdesk::escrow {

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Escrow)
};

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

Error badKey()
{
    return Error::invalid(ErrorCode::BadEscrowKey, Tr::tr("The county's escrow key is not an "
                                                          "RSA public key of 3072 bits or "
                                                          "more."));
}

Error mismatch()
{
    return Error::refused(ErrorCode::EscrowMismatch, Tr::tr("The escrow slot does not open with this county's key "
                                                            "for this center."));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Pkey readPublic(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Pkey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA || EVP_PKEY_get_bits(key.get()) < kRsaBits)
        return nullptr;
    return key;
}

// OAEP with SHA-256 for both the digest and MGF1, and the center's label (OpenSSL takes ownership of a copy).
bool setOaep(EVP_PKEY_CTX *ctx, const QByteArray &oaepLabel)
{
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) <= 0)
        return false;
    void *copy = OPENSSL_memdup(oaepLabel.constData(), size_t(oaepLabel.size()));
    if (!copy || EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, int(oaepLabel.size())) <= 0) {
        OPENSSL_free(copy);
        return false;
    }
    return true;
}

int passphraseCallback(char *buf, int size, int, void *userData)
{
    const QByteArray &secret = *static_cast<const QByteArray *>(userData);
    if (secret.size() > size)
        return -1;
    memcpy(buf, secret.constData(), size_t(secret.size()));
    return int(secret.size());
}

} // namespace

Result<KeyPair> makeKeyPair(const QString &passphrase)
{
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(kRsaBits)));
    if (!key)
        return Error::internal(u"RSA key generation failed"_s);
    QByteArray secret = passphrase.toUtf8();
    Bio priv(BIO_new(BIO_s_mem()));
    Bio pub(BIO_new(BIO_s_mem()));
    const bool ok = priv && pub &&
                    PEM_write_bio_PKCS8PrivateKey(priv.get(), key.get(), EVP_aes_256_cbc(), secret.data(),
                                                  int(secret.size()), nullptr, nullptr) == 1 &&
                    PEM_write_bio_PUBKEY(pub.get(), key.get()) == 1;
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (!ok)
        return Error::internal(u"Writing the escrow key pair failed"_s);
    return KeyPair{bioBytes(pub.get()), bioBytes(priv.get())};
}

Result<QString> keyId(const QByteArray &publicPem)
{
    Pkey key = readPublic(publicPem);
    if (!key)
        return badKey();
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key.get(), &der);
    if (n <= 0)
        return badKey();
    const QByteArray bytes(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

QByteArray label(const QString &centerCode)
{
    return "certdesk-escrow-v1\n" + centerCode.toUtf8();
}

Result<QByteArray> wrap(const QByteArray &publicPem, const QByteArray &dbKey, const QString &centerCode)
{
    Pkey key = readPublic(publicPem);
    if (!key)
        return badKey();
    PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t outLength = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || !setOaep(ctx.get(), label(centerCode)) ||
        EVP_PKEY_encrypt(ctx.get(), nullptr, &outLength, reinterpret_cast<const unsigned char *>(dbKey.constData()),
                         size_t(dbKey.size())) <= 0)
        return Error::internal(u"RSA-OAEP setup failed"_s);
    QByteArray out(qsizetype(outLength), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength,
                         reinterpret_cast<const unsigned char *>(dbKey.constData()), size_t(dbKey.size())) <= 0)
        return Error::internal(u"RSA-OAEP encryption failed"_s);
    out.truncate(qsizetype(outLength));
    return out;
}

Result<QByteArray> unwrap(const QByteArray &privatePem, const QString &passphrase, const QByteArray &wrapped,
                          const QString &centerCode)
{
    QByteArray secret = passphrase.toUtf8();
    Bio bio(BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())));
    Pkey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &secret) : nullptr);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (!key)
        return Error::auth(ErrorCode::WrongPassphrase,
                           Tr::tr("The escrow passphrase is wrong (or the escrow key file is damaged)."));
    PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t outLength = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 || !setOaep(ctx.get(), label(centerCode)) ||
        EVP_PKEY_decrypt(ctx.get(), nullptr, &outLength, reinterpret_cast<const unsigned char *>(wrapped.constData()),
                         size_t(wrapped.size())) <= 0)
        return mismatch();
    QByteArray out(qsizetype(outLength), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength,
                         reinterpret_cast<const unsigned char *>(wrapped.constData()), size_t(wrapped.size())) <= 0 ||
        outLength != 32)
        return mismatch();
    out.truncate(qsizetype(outLength));
    return out;
}

} // namespace certdesk::escrow
