#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/kdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace certdesk {

// The key-slot file beside the database (<db>.keys, JSON, written atomically with QSaveFile).
// The database key is 32 random bytes; each slot holds it wrapped with AES-256-GCM under a key
// derived from a secret (PBKDF2-HMAC-SHA256). The account name and slot kind are bound as AAD,
// so a slot copied to another account does not open. Per-account failure counters live here too,
// because they must work before the database can be opened.
class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)

public:
    enum class SlotKind
    {
        Password,
        Recovery
    };

    static constexpr int kDefaultIterations = 1000000;
    static constexpr int kFreeFailures = 5; // wrong passwords in a row before delays start

    static QString pathForDatabase(const QString &dbPath); // dbPath + ".keys"

    // A new, empty slot file (not yet written).
    static KeySlotFile create(const QString &path);
    // Error code "no_keyfile" (Io) when missing, "keyfile_corrupt" (Io) when unreadable.
    static Result<KeySlotFile> load(const QString &path);
    // The file's bytes (untrusted: fuzzed by fuzz/fuzz_keyslots.cpp); `path` is where it would be saved.
    static Result<KeySlotFile> parse(const QByteArray &bytes, const QString &path);

    Status save() const;
    // Locked read-modify-write of the file on disk: reloads it, applies `change`, saves. Use this for every
    // change made while other desks or processes may use the same file (unlock() does the same for counters).
    Status update(const std::function<Status(KeySlotFile &)> &change);

    // Replaces any slot of that kind for the account. `iterations` below the default only for tests.
    Status setSlot(const QString &account, SlotKind kind, const QString &secret, const QByteArray &dbKey,
                   int iterations = kDefaultIterations);
    void removeAccount(const QString &account); // all slots and counters of the account
    void removeSlots(SlotKind kind);            // that kind of slot of every account (a replaced recovery code)
    bool hasSlot(const QString &account, SlotKind kind) const;
    QStringList accounts() const;

    // Tries the account's password slot, then its recovery slot. Auth errors:
    //  "locked"   – too many failures; message says how many seconds remain (nothing is tried)
    //  "wrong_password" – unknown account, disabled account (no slot) or wrong secret
    // A failure increments the counter and saves the file; a success resets it and saves.
    // Delay after the 5th failure in a row: 30 s, doubling with each further failure, at most 1 h.
    Result<QByteArray> unlock(const QString &account, const QString &secret, const Clock &clock);

    // Only checks that `secret` opens the account's slot (used for a supervisor's override at a clerk's
    // desk); same lockout and counters as unlock().
    Status verify(const QString &account, const QString &secret, const Clock &clock);

    // The escrow slot (slot kind "escrow", docs/formats.md): the database key wrapped to the county's escrow public
    // key with RSA-OAEP (core/escrowcrypto.h). At most one; kept in the file's optional "escrow" member, so a
    // program that predates escrow still reads the file.
    struct EscrowSlot
    {
        QString center; // the center code bound into the OAEP label
        QString keyId;  // escrow::keyId of the county's public key
        QDateTime wrappedAt;
        QByteArray wrapped;
        bool isNull() const { return wrapped.isEmpty(); }
    };
    const EscrowSlot &escrowSlot() const { return m_escrow; }
    void setEscrowSlot(const EscrowSlot &slot) { m_escrow = slot; }

    // Seconds to wait before the account may try again (0 = may try now).
    qint64 lockoutRemaining(const QString &account, const Clock &clock) const;

    // The derivation used from now on (default: pbkdf2Kdf()); tests count the runs through it.
    void setKdf(Kdf kdf) { m_kdf = std::move(kdf); }

    // 25 characters of Crockford base32 in five groups (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX), ≥ 120 bits.
    static QString generateRecoveryCode();
    // Upper-cases, drops spaces and hyphens, maps O→0, I/L→1, so a code typed back loosely still works.
    static QString normalizeRecoveryCode(const QString &code);

private:
    Status reload();

    struct Slot
    {
        QString account;
        SlotKind kind = SlotKind::Password;
        QByteArray salt;
        int iterations = kDefaultIterations;
        QByteArray nonce;
        QByteArray ciphertext; // includes the 16-byte GCM tag at the end
    };
    struct Counter
    {
        QString account;
        int failures = 0;
        QDateTime lastFailure;
    };

    QString m_path;
    Kdf m_kdf = pbkdf2Kdf();
    QList<Slot> m_slots;
    QList<Counter> m_counters;
    EscrowSlot m_escrow;
};

} // namespace certdesk
