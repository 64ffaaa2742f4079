// The key slots' meaning: wrapping the database key under a password or recovery code, unlocking with the failure
// counter and its delays, recovery codes. The file format is keyslotformat.cpp.
#include "crypto/keyslots.h"
#include "crypto/keyslotparts.h"

#include "core/crypto.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <openssl/crypto.h>

#include <algorithm>

namespace certdesk {

using namespace keyslots;

namespace {

using SlotKind = KeySlotFile::SlotKind;

constexpr qint64 kBaseDelaySecs = 30;
constexpr qint64 kMaxDelaySecs = 3600;
// Every failed attempt costs this many KDF runs whatever slots exist (password + recovery), so the
// time a wrong guess takes reveals neither whether the account exists nor whether it has a recovery slot.
constexpr int kKdfRunsPerFailure = 2;
constexpr char kRecoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kRecoveryLength = 25;
constexpr int kRecoveryGroup = 5;

QByteArray slotAad(const QString &account, SlotKind kind)
{
    return QByteArrayLiteral("certdesk-slot-v1\n") + account.toUtf8() + '\n' + kindName(kind).toUtf8();
}

QString slotSecret(SlotKind kind, const QString &secret)
{
    return kind == SlotKind::Recovery ? KeySlotFile::normalizeRecoveryCode(secret) : secret;
}

void wipe(QByteArray &data)
{
    if (!data.isEmpty())
        OPENSSL_cleanse(data.data(), size_t(data.size()));
    data.clear();
}

// Counters are kept under a hash of the name typed: a password typed into the user-name field by
// mistake must not land in the file in clear.
QString counterId(const QString &account)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(crypto::sha256(QByteArrayLiteral("certdesk-counter-v1\n") + account.toUtf8()).toHex());
}

template<class Counters> auto findCounter(Counters &counters, const QString &account)
{
    return findCounterById(counters, counterId(account));
}

} // namespace

Status KeySlotFile::setSlot(const QString &account, SlotKind kind, const QString &secret, const QByteArray &dbKey,
                            int iterations)
{
    // Callers' mistakes rather than user input (names and keys are checked upstream): one message will do.
    if (account.isEmpty() || dbKey.size() != kKeyLength || iterations < 1 || iterations > kMaxIterations)
        return Error::invalid(ErrorCode::BadSlot, KeySlotFile::tr("The key slot parameters are invalid."));
    const QString effectiveSecret = slotSecret(kind, secret);
    if (effectiveSecret.isEmpty())
        return Error::invalid(ErrorCode::EmptySecret,
                              KeySlotFile::tr("The password or recovery code must not be empty."));

    Slot slot{account, kind, crypto::randomBytes(kSaltLength), iterations, crypto::randomBytes(kNonceLength), {}};
    QByteArray wrappingKey = m_kdf(effectiveSecret, slot.salt, iterations);
    if (wrappingKey.size() != kKeyLength)
        return Error::internal(QStringLiteral("PBKDF2 failed"));
    auto sealed = crypto::aesGcmSeal(wrappingKey, slot.nonce, dbKey, slotAad(account, kind));
    wipe(wrappingKey);
    if (!sealed)
        return sealed.error();
    slot.ciphertext = sealed.value();

    // Replacing in place keeps the other slots' order, so their JSON stays byte-for-byte the same.
    const auto existing = findSlot(m_slots, account, kind);
    if (existing != m_slots.end())
        *existing = slot;
    else
        m_slots.append(slot);
    return {};
}

void KeySlotFile::removeAccount(const QString &account)
{
    m_slots.removeIf([&](const Slot &slot) { return slot.account == account; });
    m_counters.removeIf([&](const Counter &counter) { return counter.account == counterId(account); });
}

void KeySlotFile::removeSlots(SlotKind kind)
{
    m_slots.removeIf([&](const Slot &slot) { return slot.kind == kind; });
}

bool KeySlotFile::hasSlot(const QString &account, SlotKind kind) const
{
    return findSlot(m_slots, account, kind) != m_slots.end();
}

QStringList KeySlotFile::accounts() const
{
    QStringList result;
    for (const Slot &slot : m_slots)
        result.append(slot.account);
    result.sort();
    result.removeDuplicates();
    return result;
}

namespace {

// Every desk and every certdesk-admin process shares the slot file: each change is a locked
// read-modify-write, or two processes would each write back their own stale copy (a lost password
// change, or parallel wrong guesses each recording "1 failure" so that the lockout never comes).
Result<std::unique_ptr<QLockFile>> lockSlotFile(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(60000);
    // A process killed while it wrote the lock file leaves one without an owner to check: QLockFile would wait for
    // it to age (60 s) and every sign-in would fail meanwhile. Unreadable and older than a moment (a live writer
    // fills it within microseconds of creating it) means nobody holds it.
    QElapsedTimer waited;
    waited.start();
    while (!lock->tryLock(250)) {
        if (lock->error() != QLockFile::LockFailedError)
            // Not another program: the lock file itself cannot be made (a full disk, a read-only folder).
            return Error::io(ErrorCode::KeyfileWrite, KeySlotFile::tr("The key file %1 could not be written: %2")
                                                          .arg(QDir::toNativeSeparators(path),
                                                               KeySlotFile::tr("its lock file cannot be created (is "
                                                                               "the disk full?)")));
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app) &&
            QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()) > 2000) {
            lock->removeStaleLockFile();
            continue;
        }
        if (waited.elapsed() > 20000)
            return Error::io(ErrorCode::KeyfileBusy, KeySlotFile::tr("The key file is in use by another program; "
                                                                     "try again in a moment."));
    }
    return lock;
}

} // namespace

Status KeySlotFile::update(const std::function<Status(KeySlotFile &)> &change)
{
    auto lock = lockSlotFile(m_path);
    if (!lock)
        return lock.error();
    if (QFile::exists(m_path))
        if (auto s = reload(); !s)
            return s;
    if (auto s = change(*this); !s)
        return s;
    return save();
}

Result<QByteArray> KeySlotFile::unlock(const QString &account, const QString &secret, const Clock &clock)
{
    auto lock = lockSlotFile(m_path);
    if (!lock)
        return lock.error();
    if (auto s = reload(); !s)
        return s.error();
    const qint64 wait = lockoutRemaining(account, clock);
    if (wait > 0)
        return Error::auth(ErrorCode::Locked,
                           KeySlotFile::tr("Too many failed attempts. Try again in %n second(s).", nullptr, int(wait)));
    // The attempt is counted as a failure before the secret is tried, and it is not tried at all when that count
    // cannot be saved (fails closed): otherwise a read-only or full disk would allow unlimited guessing.
    // Unknown accounts get counters too, or the lockout itself would tell which accounts exist.
    auto pending = findCounter(m_counters, account);
    if (pending == m_counters.end())
        pending = m_counters.insert(m_counters.end(), Counter{counterId(account), 0, {}});
    pending->failures = std::min(pending->failures + 1, kMaxRecordedFailures);
    pending->lastFailure = clock.now().toUTC();
    if (const Status saved = save(); !saved)
        return Error::io(ErrorCode::KeyfileWrite, KeySlotFile::tr("Sign-in is refused while failed attempts cannot be "
                                                                  "counted: %1")
                                                      .arg(saved.error().message));

    int kdfRuns = 0;
    // Dummy runs cost what this file's real slots cost; a fixed default would stand out whenever
    // the slots were written with another count.
    int padIterations = m_slots.isEmpty() ? kDefaultIterations : 0;
    for (const Slot &slot : m_slots)
        padIterations = std::max(padIterations, slot.iterations);
    for (const SlotKind kind : {SlotKind::Password, SlotKind::Recovery}) {
        const auto slot = findSlot(m_slots, account, kind);
        if (slot == m_slots.end())
            continue;
        QByteArray wrappingKey = m_kdf(slotSecret(kind, secret), slot->salt, slot->iterations);
        ++kdfRuns;
        padIterations = slot->iterations;
        auto opened = crypto::aesGcmOpen(wrappingKey, slot->nonce, slot->ciphertext, slotAad(account, kind));
        wipe(wrappingKey);
        if (!opened || opened->size() != kKeyLength)
            continue;
        const auto counter = findCounter(m_counters, account);
        if (counter != m_counters.end()) {
            m_counters.erase(counter);
            if (const Status saved = save(); !saved)
                qCWarning(lcCrypto) << "could not persist the counter reset:" << saved.error().message;
        }
        return opened;
    }

    for (; kdfRuns < kKdfRunsPerFailure; ++kdfRuns) {
        QByteArray dummy = m_kdf(secret, crypto::randomBytes(kSaltLength), padIterations);
        wipe(dummy);
    }
    return Error::auth(ErrorCode::WrongPassword,
                       KeySlotFile::tr("Wrong user name or password, or the account is disabled."));
}

Status KeySlotFile::verify(const QString &account, const QString &secret, const Clock &clock)
{
    auto key = unlock(account, secret, clock);
    if (!key)
        return key.error();
    wipe(key.value());
    return {};
}

qint64 KeySlotFile::lockoutRemaining(const QString &account, const Clock &clock) const
{
    const auto counter = findCounter(m_counters, account);
    if (counter == m_counters.end() || counter->failures < kFreeFailures)
        return 0;
    // Clamping the shift only guards against overflow; the cap itself is kMaxDelaySecs.
    const int doublings = std::min(counter->failures - kFreeFailures, 20);
    const qint64 delay = std::min(kBaseDelaySecs << doublings, kMaxDelaySecs);
    // Round up so that 0 really means the whole delay has passed; clamp so a clock set back
    // (now before the last failure) cannot lock the account for longer than the delay.
    const qint64 remainingMs = delay * 1000 - counter->lastFailure.msecsTo(clock.now());
    return std::clamp<qint64>((remainingMs + 999) / 1000, 0, delay);
}

QString KeySlotFile::generateRecoveryCode()
{
    QByteArray random = crypto::randomBytes(kRecoveryLength);
    QString code;
    for (int i = 0; i < kRecoveryLength; ++i) {
        if (i > 0 && i % kRecoveryGroup == 0)
            code += QLatin1Char('-');
        // 256 is a multiple of 32, so keeping the low five bits is unbiased.
        code += QLatin1Char(kRecoveryAlphabet[static_cast<unsigned char>(random.at(i)) & 0x1f]);
    }
    wipe(random);
    return code;
}

QString KeySlotFile::normalizeRecoveryCode(const QString &code)
{
    // NFKC first: Chinese input methods often produce full-width letters, digits and hyphens.
    QString result = code.normalized(QString::NormalizationForm_KC).toUpper();
    result.removeIf([](QChar c) { return c.isSpace() || c == QLatin1Char('-'); });
    return result.replace(QLatin1Char('O'), QLatin1Char('0'))
        .replace(QLatin1Char('I'), QLatin1Char('1'))
        .replace(QLatin1Char('L'), QLatin1Char('1'));
}

} // namespace certdesk
