#include "crypto/keyslots.h"

#include "core/crypto.h"
#include "core/escrowcrypto.h"
#include "core/faultpoint.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <openssl/crypto.h>

#include <algorithm>

namespace certdesk {

namespace {

using SlotKind = KeySlotFile::SlotKind;

const QString kFormat = QStringLiteral("certdesk-keyslots");
const QString kKdf = QStringLiteral("pbkdf2-sha256");
constexpr int kVersion = 1;
constexpr int kSaltLength = 16;
constexpr int kNonceLength = 12;
constexpr int kKeyLength = 32;
constexpr int kWrappedLength = kKeyLength + 16; // GCM tag appended
constexpr qint64 kBaseDelaySecs = 30;
constexpr qint64 kMaxDelaySecs = 3600;
// A tampered file must not be able to freeze the login screen for hours.
constexpr int kMaxIterations = 100'000'000;
constexpr int kMaxRecordedFailures = 1'000'000;
// Every failed attempt costs this many KDF runs whatever slots exist (password + recovery), so the
// time a wrong guess takes reveals neither whether the account exists nor whether it has a recovery slot.
constexpr int kKdfRunsPerFailure = 2;
constexpr char kRecoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kRecoveryLength = 25;
constexpr int kRecoveryGroup = 5;

QString kindName(SlotKind kind)
{
    return kind == SlotKind::Recovery ? QStringLiteral("recovery") : QStringLiteral("password");
}

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

// Templates so the private nested types need not be named outside the class.
template<class Slots> auto findSlot(Slots &slots, const QString &account, SlotKind kind)
{
    return std::find_if(slots.begin(), slots.end(),
                        [&](const auto &slot) { return slot.account == account && slot.kind == kind; });
}

// Counters are kept under a hash of the name typed: a password typed into the user-name field by
// mistake must not land in the file in clear.
QString counterId(const QString &account)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(crypto::sha256(QByteArrayLiteral("certdesk-counter-v1\n") + account.toUtf8()).toHex());
}

template<class Counters> auto findCounterById(Counters &counters, const QString &id)
{
    return std::find_if(counters.begin(), counters.end(), [&](const auto &counter) { return counter.account == id; });
}

template<class Counters> auto findCounter(Counters &counters, const QString &account)
{
    return findCounterById(counters, counterId(account));
}

bool readInt(const QJsonValue &value, int min, int max, int *out)
{
    // Non-numbers and fractions come back as the out-of-range default.
    const qint64 number = value.toInteger(qint64(min) - 1);
    *out = int(number);
    return number >= min && number <= max;
}

bool readBase64(const QJsonValue &value, qsizetype length, QByteArray *out)
{
    // Non-strings read as "", which fails the length check.
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *out = decoded.decoded;
    return decoded && out->size() == length;
}

Error corrupt(const QString &path)
{
    return Error::io(ErrorCode::KeyfileCorrupt,
                     KeySlotFile::tr("The key file %1 is damaged or is not a CertDesk key file. Restore "
                                     "the last backup with certdesk-admin restore (docs/operations.md).")
                         .arg(QDir::toNativeSeparators(path)));
}

} // namespace

QString KeySlotFile::pathForDatabase(const QString &dbPath)
{
    return dbPath + QStringLiteral(".keys");
}

KeySlotFile KeySlotFile::create(const QString &path)
{
    KeySlotFile file;
    file.m_path = path;
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::io(ErrorCode::NoKeyfile,
                         KeySlotFile::tr("The key file %1 is missing.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(path);
    return parse(file.readAll(), path);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray &bytes, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return corrupt(path);
    const QJsonObject root = document.object();
    int version = 0;
    if (root.value(QLatin1String("format")).toString() != kFormat ||
        !readInt(root.value(QLatin1String("version")), kVersion, kVersion, &version) ||
        !root.value(QLatin1String("slots")).isArray() || !root.value(QLatin1String("counters")).isArray())
        return corrupt(path);

    KeySlotFile result = create(path);
    for (const auto &value : root.value(QLatin1String("slots")).toArray()) {
        if (!value.isObject())
            return corrupt(path);
        const QJsonObject object = value.toObject();
        const auto field = [&](const char *key) { return object.value(QLatin1String(key)); };
        Slot slot;
        slot.account = field("account").toString();
        const QString kind = field("kind").toString();
        slot.kind = kind == kindName(SlotKind::Recovery) ? SlotKind::Recovery : SlotKind::Password;
        if (slot.account.isEmpty() || kind != kindName(slot.kind) || field("kdf").toString() != kKdf ||
            !readInt(field("iterations"), 1, kMaxIterations, &slot.iterations) ||
            !readBase64(field("salt"), kSaltLength, &slot.salt) ||
            !readBase64(field("nonce"), kNonceLength, &slot.nonce) ||
            !readBase64(field("wrapped"), kWrappedLength, &slot.ciphertext))
            return corrupt(path);
        // Two slots of one kind would make "which one opens" ambiguous; no writer produces that.
        if (findSlot(result.m_slots, slot.account, slot.kind) != result.m_slots.end())
            return corrupt(path);
        result.m_slots.append(slot);
    }
    for (const auto &value : root.value(QLatin1String("counters")).toArray()) {
        if (!value.isObject())
            return corrupt(path);
        const QJsonObject object = value.toObject();
        const auto field = [&](const char *key) { return object.value(QLatin1String(key)); };
        Counter counter;
        counter.account = field("account").toString();
        counter.lastFailure = QDateTime::fromString(field("last_failure").toString(), Qt::ISODateWithMs);
        if (counter.account.isEmpty() || !readInt(field("failures"), 0, kMaxRecordedFailures, &counter.failures) ||
            !counter.lastFailure.isValid() ||
            findCounterById(result.m_counters, counter.account) != result.m_counters.end())
            return corrupt(path);
        result.m_counters.append(counter);
    }
    if (root.contains(QLatin1String("escrow"))) {
        const QJsonObject object = root.value(QLatin1String("escrow")).toObject();
        EscrowSlot &e = result.m_escrow;
        e.center = object.value(QLatin1String("center")).toString();
        e.keyId = object.value(QLatin1String("key_id")).toString();
        e.wrappedAt = QDateTime::fromString(object.value(QLatin1String("wrapped_at")).toString(), Qt::ISODateWithMs);
        // RSA-3072 and larger (up to 8192 bits) give 384..1024 bytes.
        const auto decoded = QByteArray::fromBase64Encoding(
            object.value(QLatin1String("wrapped")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        e.wrapped = decoded.decoded;
        if (object.value(QLatin1String("kind")).toString() != QLatin1String("escrow") ||
            object.value(QLatin1String("scheme")).toString() != QLatin1String(escrow::kScheme) || e.center.isEmpty() ||
            e.keyId.size() != 64 || !e.wrappedAt.isValid() || !decoded || e.wrapped.size() < 384 ||
            e.wrapped.size() > 1024)
            return corrupt(path);
    }
    return result;
}

Status KeySlotFile::save() const
{
    const auto writeError = [this](const QString &reason) {
        return Error::io(
            ErrorCode::KeyfileWrite,
            KeySlotFile::tr("The key file %1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), reason));
    };
    QJsonArray slots;
    for (const Slot &slot : m_slots)
        slots.append(QJsonObject{{QStringLiteral("account"), slot.account},
                                 {QStringLiteral("kind"), kindName(slot.kind)},
                                 {QStringLiteral("kdf"), kKdf},
                                 {QStringLiteral("iterations"), slot.iterations},
                                 {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
                                 {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
                                 {QStringLiteral("wrapped"), QString::fromLatin1(slot.ciphertext.toBase64())}});
    QJsonArray counters;
    for (const Counter &counter : m_counters)
        counters.append(
            QJsonObject{{QStringLiteral("account"), counter.account},
                        {QStringLiteral("failures"), counter.failures},
                        {QStringLiteral("last_failure"), counter.lastFailure.toUTC().toString(Qt::ISODateWithMs)}});
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("slots"), slots},
                     {QStringLiteral("counters"), counters}};
    if (!m_escrow.isNull())
        root.insert(QStringLiteral("escrow"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("escrow")},
                                {QStringLiteral("scheme"), QLatin1String(escrow::kScheme)},
                                {QStringLiteral("center"), m_escrow.center},
                                {QStringLiteral("key_id"), m_escrow.keyId},
                                {QStringLiteral("wrapped_at"), m_escrow.wrappedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("wrapped"), QString::fromLatin1(m_escrow.wrapped.toBase64())}});

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file.errorString());
    // Restrict the temporary file before writing, so wrapped keys are never readable by others,
    // not even for an instant, and a pre-existing 0644 file does not pass its mode on.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return writeError(file.errorString());
    const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(text) != text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(reason);
    }
    faultPoint("keys.save.written"); // the temporary file is full, the old file still in place
    if (!file.commit())
        return writeError(file.errorString());
    faultPoint("keys.save.done");
    return {};
}

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

Status KeySlotFile::reload()
{
    auto fresh = load(m_path);
    if (!fresh)
        return fresh.error();
    m_slots = fresh->m_slots;
    m_counters = fresh->m_counters;
    m_escrow = fresh->m_escrow;
    return {};
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
