#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::crypto {

QByteArray randomBytes(int count); // OpenSSL RAND_bytes; aborts only if the CSPRNG fails
QByteArray pbkdf2Sha256(const QString &secret, const QByteArray &salt, int iterations, int keyLength = 32);
// AES-256-GCM; the result is ciphertext || 16-byte tag. `nonce` must be 12 bytes.
Result<QByteArray> aesGcmSeal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                              const QByteArray &aad);
// Error code "auth_failed" when the tag does not verify (wrong key, tampered data).
Result<QByteArray> aesGcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed,
                              const QByteArray &aad);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
QByteArray sha256(const QByteArray &data);

} // namespace certdesk::crypto
