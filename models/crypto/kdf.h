#pragma once

#include "core/crypto.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace certdesk {

// The key derivation of the key slots, as a seam: the slot file derives every wrapping key (and every dummy run of
// a failed attempt) through one of these, so a test can count derivations and their cost instead of timing them.
using Kdf = std::function<QByteArray(const QString &secret, const QByteArray &salt, int iterations)>;

// PBKDF2-HMAC-SHA256 with a 32-byte result: what every slot file uses.
inline Kdf pbkdf2Kdf()
{
    return [](const QString &secret, const QByteArray &salt, int iterations) {
        return crypto::pbkdf2Sha256(secret, salt, iterations);
    };
}

} // namespace certdesk
