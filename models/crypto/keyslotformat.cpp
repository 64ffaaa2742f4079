// The key-slot file on disk: JSON read strictly (anything unexpected is "damaged", never a partial file) and
// written atomically, 0600 before the first byte (docs/formats.md). The slots' meaning is in keyslots.cpp.
#include "crypto/keyslotparts.h"
#include "crypto/keyslots.h"

#include "core/escrowcrypto.h"
#include "core/faultpoint.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace certdesk {

using namespace keyslots;

namespace {

using SlotKind = KeySlotFile::SlotKind;

const QString kFormat = QStringLiteral("certdesk-keyslots");
const QString kKdf = QStringLiteral("pbkdf2-sha256");
constexpr int kVersion = 1;

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

} // namespace certdesk
