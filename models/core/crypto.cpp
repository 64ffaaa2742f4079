#include "core/crypto.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <optional>

namespace certdesk::crypto {

namespace {

constexpr int kKeyLength = 32;
constexpr int kNonceLength = 12;
constexpr int kTagLength = 16;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

std::optional<Error> parameterError(const QByteArray &key, const QByteArray &nonce)
{
    if (key.size() != kKeyLength)
        return Error::invalid(ErrorCode::BadKey, QStringLiteral("AES-256-GCM needs a 32-byte key"));
    if (nonce.size() != kNonceLength)
        return Error::invalid(ErrorCode::BadNonce, QStringLiteral("AES-256-GCM needs a 12-byte nonce"));
    return std::nullopt;
}

// Both directions share the setup; OpenSSL's defaults (12-byte IV) match our nonce length.
CipherCtx initGcm(bool encrypt, const QByteArray &key, const QByteArray &nonce, const QByteArray &aad)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return nullptr;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce), encrypt ? 1 : 0) != 1)
        return nullptr;
    int outLength = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx.get(), nullptr, &outLength, bytes(aad), int(aad.size())) != 1)
        return nullptr;
    return ctx;
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(qMax(0, count), Qt::Uninitialized);
    if (out.isEmpty())
        return out;
    // Continuing with predictable key material would be worse than stopping.
    if (RAND_bytes(bytes(out), int(out.size())) != 1)
        qFatal("OpenSSL RAND_bytes failed; refusing to continue without a working CSPRNG");
    return out;
}

QByteArray pbkdf2Sha256(const QString &secret, const QByteArray &salt, int iterations, int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    const QByteArray utf8 = secret.toUtf8();
    QByteArray out(keyLength, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), bytes(salt), int(salt.size()), iterations,
                                     EVP_sha256(), keyLength, bytes(out));
    if (ok != 1)
        return {};
    return out;
}

Result<QByteArray> aesGcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                              const QByteArray &aad)
{
    if (auto error = parameterError(key, nonce))
        return *error;
    CipherCtx ctx = initGcm(true, key, nonce, aad);
    if (!ctx)
        return Error::internal(QStringLiteral("AES-GCM initialisation failed"));

    QByteArray out(plaintext.size() + kTagLength, Qt::Uninitialized);
    int written = 0;
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), bytes(out), &written, bytes(plaintext), int(plaintext.size())) != 1)
        return Error::internal(QStringLiteral("AES-GCM encryption failed"));
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + written, &finalWritten) != 1)
        return Error::internal(QStringLiteral("AES-GCM encryption failed"));
    written += finalWritten;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagLength, bytes(out) + written) != 1)
        return Error::internal(QStringLiteral("AES-GCM tag retrieval failed"));
    out.resize(written + kTagLength);
    return out;
}

Result<QByteArray> aesGcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed,
                              const QByteArray &aad)
{
    if (auto error = parameterError(key, nonce))
        return *error;
    const auto authFailed = [] {
        return Error::auth(ErrorCode::AuthFailed, QStringLiteral("The data could not be authenticated"));
    };
    // Too short to even hold a tag: indistinguishable from tampering for the caller.
    if (sealed.size() < kTagLength)
        return authFailed();
    CipherCtx ctx = initGcm(false, key, nonce, aad);
    if (!ctx)
        return Error::internal(QStringLiteral("AES-GCM initialisation failed"));

    const qsizetype cipherLength = sealed.size() - kTagLength;
    QByteArray tag = sealed.right(kTagLength);
    QByteArray out(cipherLength, Qt::Uninitialized);
    int written = 0;
    if (cipherLength > 0 && EVP_DecryptUpdate(ctx.get(), bytes(out), &written, bytes(sealed), int(cipherLength)) != 1)
        return Error::internal(QStringLiteral("AES-GCM decryption failed"));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagLength, bytes(tag)) != 1)
        return Error::internal(QStringLiteral("AES-GCM tag setup failed"));
    int finalWritten = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + written, &finalWritten) != 1) {
        // Unauthenticated plaintext must not linger in memory.
        if (!out.isEmpty())
            OPENSSL_cleanse(out.data(), size_t(out.size()));
        return authFailed();
    }
    out.resize(written + finalWritten);
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Lengths are not secret in our uses (MACs, hashes), so an early exit on them leaks nothing.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), bytes(out), &length, EVP_sha256(), nullptr) != 1)
        return {};
    out.resize(int(length));
    return out;
}

} // namespace certdesk::crypto
