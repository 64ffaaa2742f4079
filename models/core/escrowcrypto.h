#pragma once

// Key escrow to the county (docs/operations.md, "Escrow recovery"): the center's 32-byte database key wrapped with
// RSA-OAEP (SHA-256, MGF1-SHA-256) to the county's escrow public key, through OpenSSL EVP. The OAEP label binds the
// center code, so a slot copied into another center's key file does not open as that center.
// Used by the center (wrap) and by certdesk-county (key pair, unwrap); SQLCipher-free.

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace certdesk::escrow {

inline constexpr char kScheme[] = "rsa-oaep-sha256";
inline constexpr int kRsaBits = 3072;

struct KeyPair
{
    QByteArray publicPem;  // SubjectPublicKeyInfo PEM
    QByteArray privatePem; // encrypted PKCS#8 PEM (AES-256-CBC, scrypt/PBKDF2 from the passphrase)
};

// A fresh RSA-3072 key pair whose private half is encrypted with `passphrase`.
Result<KeyPair> makeKeyPair(const QString &passphrase);
// Lower-case hex SHA-256 of the public key's DER (SubjectPublicKeyInfo): names the escrow key in slots.
// Error "bad_escrow_key" when the PEM is not an RSA public key of at least 3072 bits.
Result<QString> keyId(const QByteArray &publicPem);
QByteArray label(const QString &centerCode);
Result<QByteArray> wrap(const QByteArray &publicPem, const QByteArray &dbKey, const QString &centerCode);
// Auth error "wrong_passphrase" when the private key does not decrypt; "escrow_mismatch" when the slot does not open
// with this key for this center (another county's key, another center, a tampered slot).
Result<QByteArray> unwrap(const QByteArray &privatePem, const QString &passphrase, const QByteArray &wrapped,
                          const QString &centerCode);

} // namespace certdesk::escrow
