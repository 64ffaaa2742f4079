#include "core/clock.h"
#include "core/crypto.h"
#include "core/escrowcrypto.h"
#include "crypto/keyslots.h"
#include "testerrorcode.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using Kind = KeySlotFile::SlotKind;

namespace {

constexpr int kFast = 1000; // iterations for tests that do not measure the KDF itself

const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kAlicePassword = QStringLiteral("alice-Secret-1");
const QString kBobPassword = QStringLiteral("bob-Secret-2");

QDateTime startTime()
{
    return QDateTime(QDate(2024, 3, 1), QTime(9, 0, 0, 250), Qt::UTC);
}

QByteArray readRaw(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readRaw(path)).object();
}

void writeJson(const QString &path, const QJsonObject &root)
{
    writeRaw(path, QJsonDocument(root).toJson());
}

int slotIndex(const QJsonObject &root, const QString &account, const QString &kind)
{
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    for (int i = 0; i < slots.size(); ++i) {
        const QJsonObject slot = slots.at(i).toObject();
        if (slot.value(QLatin1String("account")).toString() == account &&
            slot.value(QLatin1String("kind")).toString() == kind)
            return i;
    }
    return -1;
}

QJsonObject slotJson(const QJsonObject &root, const QString &account, const QString &kind)
{
    const int index = slotIndex(root, account, kind);
    return index < 0 ? QJsonObject() : root.value(QLatin1String("slots")).toArray().at(index).toObject();
}

// Reading error() of a success would throw and end the whole run; report it as a code instead.
template<class T> Error errorOf(const Result<T> &result)
{
    return result.ok() ? Error::internal(QStringLiteral("the call succeeded")) : result.error();
}

QByteArray keyOf(const Result<QByteArray> &result)
{
    return result.ok() ? result.value() : QByteArray();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject counterJson(const QJsonObject &root, const QString &account)
{
    for (const QJsonValue &value : root.value(QLatin1String("counters")).toArray()) {
        const QString id =
            QStringLiteral("sha256:") +
            QString::fromLatin1(
                certdesk::crypto::sha256(QByteArrayLiteral("certdesk-counter-v1\n") + account.toUtf8()).toHex());
        if (value.toObject().value(QLatin1String("account")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void pathForDatabase();
    void unlockWithRightPassword();
    void wrongPasswordFailsAndIsCounted();
    void unknownOrDisabledAccountLooksLikeWrongPassword();
    void recoveryCodeUnlocksWhenTypedLoosely();
    void recoveryCodeFormat();
    void normalizeRecoveryCode_data();
    void normalizeRecoveryCode();
    void slotCopiedToAnotherAccountFails();
    void slotRelabelledAsOtherKindFails();
    void fiveFailuresLockForThirtySeconds();
    void sixthFailureDoublesTheDelay();
    void delayIsCappedAtOneHour();
    void countersSurviveReload();
    void clockSetBackDoesNotExtendLockout();
    void verifySharesCountersWithUnlock();
    void removeAccountRemovesSlotsAndCounters();
    void passwordChangeRewrapsOnlyThatSlot();
    void setSlotUsesFreshSaltAndNonce();
    void setSlotRejectsBadInput();
    void loadErrors_data();
    void loadErrors();
    void changesFromAnotherProcessSurvive();
    void filePermissionsAreOwnerOnly();
    void fileHoldsNoTraceOfSecrets();
    void failuresDeriveAsMuchAsEachOther();
    void escrowSlotRoundTrip();

private:
    // Alice has a password slot (and a recovery slot when asked); the file is saved.
    KeySlotFile makeFile(bool withRecovery = false);
    Result<QByteArray> failOnce(KeySlotFile &file, const QString &account = kAlice);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
    QString m_recovery;
    FixedClock m_clock{startTime()};
};

void TestKeySlots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = KeySlotFile::pathForDatabase(m_dir->filePath(QStringLiteral("center.db")));
    m_key = crypto::randomBytes(32);
    m_recovery = KeySlotFile::generateRecoveryCode();
    m_clock.set(startTime());
}

KeySlotFile TestKeySlots::makeFile(bool withRecovery)
{
    KeySlotFile file = KeySlotFile::create(m_path);
    [&] {
        QVERIFY(file.setSlot(kAlice, Kind::Password, kAlicePassword, m_key, kFast).ok());
        if (withRecovery)
            QVERIFY(file.setSlot(kAlice, Kind::Recovery, m_recovery, m_key, kFast).ok());
        QVERIFY(file.save().ok());
    }();
    return file;
}

Result<QByteArray> TestKeySlots::failOnce(KeySlotFile &file, const QString &account)
{
    return file.unlock(account, QStringLiteral("not the password"), m_clock);
}

void TestKeySlots::pathForDatabase()
{
    QCOMPARE(KeySlotFile::pathForDatabase(QStringLiteral("/data/center.db")), QStringLiteral("/data/center.db.keys"));
}

void TestKeySlots::unlockWithRightPassword()
{
    makeFile();
    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->hasSlot(kAlice, Kind::Password));
    QVERIFY(!loaded->hasSlot(kAlice, Kind::Recovery));
    QCOMPARE(loaded->accounts(), QStringList{kAlice});
    auto key = loaded->unlock(kAlice, kAlicePassword, m_clock);
    QVERIFY(key.ok());
    QCOMPARE(*key, m_key);
}

void TestKeySlots::wrongPasswordFailsAndIsCounted()
{
    KeySlotFile file = makeFile();
    auto key = failOnce(file);
    QVERIFY(!key.ok());
    QCOMPARE(errorOf(key).kind, Error::Kind::Auth);
    QCOMPARE(errorOf(key).code, ErrorCode::WrongPassword);
    QCOMPARE(errorOf(key).message, QStringLiteral("Wrong user name or password, or the account is disabled."));
    // A password differing only in case is a different password.
    QCOMPARE(errorOf(file.unlock(kAlice, kAlicePassword.toUpper(), m_clock)).code, ErrorCode::WrongPassword);

    const QJsonObject counter = counterJson(readJson(m_path), kAlice);
    QCOMPARE(counter.value(QLatin1String("failures")).toInt(), 2);
    QCOMPARE(QDateTime::fromString(counter.value(QLatin1String("last_failure")).toString(), Qt::ISODateWithMs),
             startTime());
    QVERIFY(counter.value(QLatin1String("last_failure")).toString().endsWith(QLatin1Char('Z')));

    QVERIFY(file.unlock(kAlice, kAlicePassword, m_clock).ok());
    QVERIFY(readJson(m_path).value(QLatin1String("counters")).toArray().isEmpty());
}

void TestKeySlots::unknownOrDisabledAccountLooksLikeWrongPassword()
{
    KeySlotFile file = makeFile();
    auto unknown = failOnce(file, QStringLiteral("mallory"));
    QCOMPARE(errorOf(unknown).code, ErrorCode::WrongPassword);
    // Counted like a real account, or the lockout would reveal which accounts exist.
    QCOMPARE(counterJson(readJson(m_path), QStringLiteral("mallory")).value(QLatin1String("failures")).toInt(), 1);

    // Alice's own password does not open an account name she does not own.
    QCOMPARE(errorOf(file.unlock(QStringLiteral("Alice"), kAlicePassword, m_clock)).code, ErrorCode::WrongPassword);

    file.removeAccount(kAlice); // a disabled account has no slot left
    QVERIFY(file.save().ok());
    QCOMPARE(errorOf(file.unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::WrongPassword);
}

void TestKeySlots::recoveryCodeUnlocksWhenTypedLoosely()
{
    KeySlotFile file = makeFile(true);
    QString typed = m_recovery.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    typed = QStringLiteral("  ") + typed + QStringLiteral(" ");

    auto key = file.unlock(kAlice, typed, m_clock);
    QVERIFY(key.ok());
    QCOMPARE(*key, m_key);
    QVERIFY(file.unlock(kAlice, m_recovery, m_clock).ok());
    QVERIFY(file.unlock(kAlice, kAlicePassword, m_clock).ok());
    // Stored normalised: the recovery slot was wrapped under the code without hyphens.
    QVERIFY(file.setSlot(kBob, Kind::Recovery, typed, m_key, kFast).ok());
    QVERIFY(file.save().ok());
    QVERIFY(file.unlock(kBob, m_recovery, m_clock).ok());
}

void TestKeySlots::changesFromAnotherProcessSurvive()
{
    // Two desks (or a desk and certdesk-admin) hold the same file: neither may write back a stale copy.
    KeySlotFile deskA = makeFile();
    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    KeySlotFile deskB = loaded.value();
    QVERIFY(
        deskA.update([&](KeySlotFile &k) { return k.setSlot(kBob, Kind::Password, kBobPassword, m_key, kFast); }).ok());
    QVERIFY(!failOnce(deskB, kAlice).ok()); // B records a failure after A's change
    QVERIFY(!failOnce(deskA, kAlice).ok()); // and A another one
    auto fresh = KeySlotFile::load(m_path);
    QVERIFY(fresh.ok());
    QVERIFY(fresh->hasSlot(kBob, Kind::Password)); // A's change was not lost to B's stale copy
    QCOMPARE(counterJson(readJson(m_path), kAlice).value(QLatin1String("failures")).toInt(), 2);
    QVERIFY(fresh->unlock(kBob, kBobPassword, m_clock).ok());
}

void TestKeySlots::recoveryCodeFormat()
{
    static const QRegularExpression format(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$"));
    QSet<QString> seen;
    QSet<QChar> used;
    for (int i = 0; i < 200; ++i) {
        const QString code = KeySlotFile::generateRecoveryCode();
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(KeySlotFile::normalizeRecoveryCode(code), QString(code).remove(QLatin1Char('-')));
        seen.insert(code);
        for (QChar c : code)
            used.insert(c);
    }
    QCOMPARE(seen.size(), 200);
    // 200 × 25 draws from 32 symbols: every symbol shows up unless the mapping is broken.
    QCOMPARE(used.size(), 33);
}

void TestKeySlots::normalizeRecoveryCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << QStringLiteral("ABCDE-FGH1J-KMNPQ-RSTVW-XYZ01")
                               << QStringLiteral("ABCDEFGH1JKMNPQRSTVWXYZ01");
    QTest::newRow("lower, spaces") << QStringLiteral("abcde fgh1j") << QStringLiteral("ABCDEFGH1J");
    QTest::newRow("look-alikes") << QStringLiteral("oO iI lL") << QStringLiteral("001111");
    QTest::newRow("full-width") << QStringLiteral("ａｂ－１ｏ") << QStringLiteral("AB10");
    QTest::newRow("empty") << QString() << QString();
}

void TestKeySlots::normalizeRecoveryCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(KeySlotFile::normalizeRecoveryCode(typed), expected);
}

void TestKeySlots::slotCopiedToAnotherAccountFails()
{
    KeySlotFile file = makeFile();
    QVERIFY(file.setSlot(kBob, Kind::Password, kBobPassword, m_key, kFast).ok());
    QVERIFY(file.save().ok());

    QJsonObject root = readJson(m_path);
    QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    QJsonObject forged = slotJson(root, kAlice, QStringLiteral("password"));
    forged.insert(QStringLiteral("account"), kBob);
    slots.replace(slotIndex(root, kBob, QStringLiteral("password")), forged);
    root.insert(QStringLiteral("slots"), slots);
    writeJson(m_path, root);

    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QCOMPARE(errorOf(loaded->unlock(kBob, kAlicePassword, m_clock)).code, ErrorCode::WrongPassword);
    QCOMPARE(errorOf(loaded->unlock(kBob, kBobPassword, m_clock)).code, ErrorCode::WrongPassword);
    QVERIFY(loaded->unlock(kAlice, kAlicePassword, m_clock).ok());
}

void TestKeySlots::slotRelabelledAsOtherKindFails()
{
    // Unchanged by normalisation, so only the AAD can tell the two kinds apart.
    const QString password = QStringLiteral("ABCDE12345");
    KeySlotFile file = KeySlotFile::create(m_path);
    QVERIFY(file.setSlot(kAlice, Kind::Password, password, m_key, kFast).ok());
    QVERIFY(file.save().ok());

    QJsonObject root = readJson(m_path);
    QJsonObject relabelled = slotJson(root, kAlice, QStringLiteral("password"));
    relabelled.insert(QStringLiteral("kind"), QStringLiteral("recovery"));
    root.insert(QStringLiteral("slots"), QJsonArray{relabelled});
    writeJson(m_path, root);

    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->hasSlot(kAlice, Kind::Recovery));
    QCOMPARE(errorOf(loaded->unlock(kAlice, password, m_clock)).code, ErrorCode::WrongPassword);
}

void TestKeySlots::fiveFailuresLockForThirtySeconds()
{
    KeySlotFile file = makeFile();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
        QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 0);
    }
    QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 30);
    const QByteArray before = readRaw(m_path);

    auto locked = file.unlock(kAlice, kAlicePassword, m_clock);
    QVERIFY(!locked.ok());
    QCOMPARE(errorOf(locked).kind, Error::Kind::Auth);
    QCOMPARE(errorOf(locked).code, ErrorCode::Locked);
    QVERIFY2(errorOf(locked).message.contains(QLatin1String("30")), qPrintable(errorOf(locked).message));
    QCOMPARE(errorOf(file.verify(kAlice, kAlicePassword, m_clock)).code, ErrorCode::Locked);
    // Refused attempts are not failures: nothing is counted or written.
    QCOMPARE(readRaw(m_path), before);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 30);
    QCOMPARE(file.lockoutRemaining(kBob, m_clock), 0);

    m_clock.advanceSecs(29);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 1);
    QCOMPARE(errorOf(file.unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::Locked);

    m_clock.advanceSecs(1);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 0);
    auto key = file.unlock(kAlice, kAlicePassword, m_clock);
    QVERIFY(key.ok());
    QCOMPARE(*key, m_key);
    QVERIFY(readJson(m_path).value(QLatin1String("counters")).toArray().isEmpty());

    // The reset means four new failures are free again.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 0);
}

void TestKeySlots::sixthFailureDoublesTheDelay()
{
    KeySlotFile file = makeFile();
    for (int i = 0; i < 5; ++i)
        QVERIFY(!failOnce(file).ok());
    m_clock.advanceSecs(30);
    QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 60);
    m_clock.advanceSecs(59);
    QCOMPARE(errorOf(file.unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::Locked);
    m_clock.advanceSecs(1);
    QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 120);
}

void TestKeySlots::delayIsCappedAtOneHour()
{
    KeySlotFile file = makeFile();
    QList<qint64> delays;
    for (int i = 0; i < 16; ++i) {
        m_clock.advanceSecs(file.lockoutRemaining(kAlice, m_clock));
        QCOMPARE(errorOf(failOnce(file)).code, ErrorCode::WrongPassword);
        delays.append(file.lockoutRemaining(kAlice, m_clock));
    }
    const QList<qint64> expected{0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600, 3600};
    QCOMPARE(delays, expected);
}

void TestKeySlots::countersSurviveReload()
{
    {
        KeySlotFile file = makeFile();
        for (int i = 0; i < 5; ++i)
            QVERIFY(!failOnce(file).ok());
    }
    m_clock.advanceSecs(10);
    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lockoutRemaining(kAlice, m_clock), 20);
    QCOMPARE(errorOf(loaded->unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::Locked);
    m_clock.advanceSecs(20);
    QVERIFY(loaded->unlock(kAlice, kAlicePassword, m_clock).ok());
    auto reloaded = KeySlotFile::load(m_path);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->lockoutRemaining(kAlice, m_clock), 0);
}

void TestKeySlots::clockSetBackDoesNotExtendLockout()
{
    KeySlotFile file = makeFile();
    for (int i = 0; i < 5; ++i)
        QVERIFY(!failOnce(file).ok());
    m_clock.set(startTime().addDays(-1));
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 30);
}

void TestKeySlots::verifySharesCountersWithUnlock()
{
    KeySlotFile file = makeFile();
    QVERIFY(file.verify(kAlice, kAlicePassword, m_clock).ok());
    for (int i = 0; i < 5; ++i) {
        const Status status = file.verify(kAlice, QStringLiteral("guess"), m_clock);
        QCOMPARE(errorOf(status).code, ErrorCode::WrongPassword);
    }
    QCOMPARE(errorOf(file.unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::Locked);
    m_clock.advanceSecs(30);
    QVERIFY(file.verify(kAlice, kAlicePassword, m_clock).ok());
    QCOMPARE(file.lockoutRemaining(kAlice, m_clock), 0);
}

void TestKeySlots::removeAccountRemovesSlotsAndCounters()
{
    KeySlotFile file = makeFile(true);
    QVERIFY(file.setSlot(kBob, Kind::Password, kBobPassword, m_key, kFast).ok());
    QVERIFY(file.save().ok()); // unlock() works on the file on disk
    QVERIFY(!failOnce(file).ok());
    QCOMPARE(file.accounts(), (QStringList{kAlice, kBob}));

    file.removeAccount(kAlice);
    QVERIFY(file.save().ok());
    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->hasSlot(kAlice, Kind::Password));
    QVERIFY(!loaded->hasSlot(kAlice, Kind::Recovery));
    QCOMPARE(loaded->accounts(), QStringList{kBob});
    QVERIFY(!readRaw(m_path).contains("alice"));
    QVERIFY(loaded->unlock(kBob, kBobPassword, m_clock).ok());
}

void TestKeySlots::passwordChangeRewrapsOnlyThatSlot()
{
    KeySlotFile file = makeFile(true);
    QVERIFY(file.setSlot(kBob, Kind::Password, kBobPassword, m_key, kFast).ok());
    QVERIFY(file.save().ok());
    const QJsonObject before = readJson(m_path);

    const QString newPassword = QStringLiteral("alice-New-Secret-3");
    QVERIFY(file.setSlot(kAlice, Kind::Password, newPassword, m_key, kFast).ok());
    QVERIFY(file.save().ok());
    const QJsonObject after = readJson(m_path);

    QCOMPARE(after.value(QLatin1String("slots")).toArray().size(), 3);
    for (const auto &[account, kind] : {std::pair{"alice", "recovery"}, std::pair{"bob", "password"}}) {
        const QString a = QString::fromLatin1(account), k = QString::fromLatin1(kind);
        QCOMPARE(compact(slotJson(after, a, k)), compact(slotJson(before, a, k)));
        QCOMPARE(slotIndex(after, a, k), slotIndex(before, a, k));
    }
    const QJsonObject oldSlot = slotJson(before, kAlice, QStringLiteral("password"));
    const QJsonObject newSlot = slotJson(after, kAlice, QStringLiteral("password"));
    for (const char *field : {"salt", "nonce", "wrapped"})
        QVERIFY(oldSlot.value(QLatin1String(field)) != newSlot.value(QLatin1String(field)));

    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QCOMPARE(errorOf(loaded->unlock(kAlice, kAlicePassword, m_clock)).code, ErrorCode::WrongPassword);
    QCOMPARE(keyOf(loaded->unlock(kAlice, newPassword, m_clock)), m_key);
    QCOMPARE(keyOf(loaded->unlock(kAlice, m_recovery, m_clock)), m_key);
    QCOMPARE(keyOf(loaded->unlock(kBob, kBobPassword, m_clock)), m_key);
}

void TestKeySlots::setSlotUsesFreshSaltAndNonce()
{
    makeFile();
    const QJsonObject first = slotJson(readJson(m_path), kAlice, QStringLiteral("password"));
    makeFile(); // same password, same key
    const QJsonObject second = slotJson(readJson(m_path), kAlice, QStringLiteral("password"));
    for (const char *field : {"salt", "nonce", "wrapped"})
        QVERIFY(first.value(QLatin1String(field)) != second.value(QLatin1String(field)));
}

void TestKeySlots::setSlotRejectsBadInput()
{
    KeySlotFile file = KeySlotFile::create(m_path);
    QCOMPARE(errorOf(file.setSlot(kAlice, Kind::Password, kAlicePassword, m_key.left(31), kFast)).kind,
             Error::Kind::Invalid);
    QCOMPARE(errorOf(file.setSlot(kAlice, Kind::Password, kAlicePassword, m_key + 'x', kFast)).kind,
             Error::Kind::Invalid);
    QCOMPARE(errorOf(file.setSlot(QString(), Kind::Password, kAlicePassword, m_key, kFast)).kind, Error::Kind::Invalid);
    QCOMPARE(errorOf(file.setSlot(kAlice, Kind::Password, QString(), m_key, kFast)).kind, Error::Kind::Invalid);
    QCOMPARE(errorOf(file.setSlot(kAlice, Kind::Recovery, QStringLiteral(" - - "), m_key, kFast)).kind,
             Error::Kind::Invalid);
    QCOMPARE(errorOf(file.setSlot(kAlice, Kind::Password, kAlicePassword, m_key, 0)).kind, Error::Kind::Invalid);
    QVERIFY(file.accounts().isEmpty());

    KeySlotFile nowhere = KeySlotFile::create(m_dir->filePath(QStringLiteral("missing-dir/center.db.keys")));
    const Status saved = nowhere.save();
    QVERIFY(!saved.ok());
    QCOMPARE(errorOf(saved).kind, Error::Kind::Io);
}

void TestKeySlots::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file is not created
    QTest::addColumn<QString>("code");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("valid.keys"));
    KeySlotFile file = KeySlotFile::create(path);
    FixedClock clock(startTime());
    QVERIFY(file.setSlot(kAlice, Kind::Password, kAlicePassword, crypto::randomBytes(32), kFast).ok());
    QVERIFY(file.save().ok());
    QVERIFY(!file.unlock(kAlice, QStringLiteral("x"), clock).ok()); // saves a counter
    const QJsonObject valid = readJson(path);
    const QJsonObject slot = valid.value(QLatin1String("slots")).toArray().at(0).toObject();
    const QJsonObject counter = valid.value(QLatin1String("counters")).toArray().at(0).toObject();
    const auto withRoot = [&](const QString &key, const QJsonValue &value) {
        QJsonObject root = valid;
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return QJsonDocument(root).toJson();
    };
    const auto withSlot = [&](const QString &key, const QJsonValue &value) {
        QJsonObject changed = slot;
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        return withRoot(QStringLiteral("slots"), QJsonArray{changed});
    };
    const auto withCounter = [&](const QString &key, const QJsonValue &value) {
        QJsonObject changed = counter;
        changed.insert(key, value);
        return withRoot(QStringLiteral("counters"), QJsonArray{changed});
    };
    const QString corrupt = QStringLiteral("keyfile_corrupt");
    const auto b64 = [](int n) { return QString::fromLatin1(QByteArray(n, 'k').toBase64()); };

    QTest::newRow("valid") << QJsonDocument(valid).toJson() << QString();
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no_keyfile");
    QTest::newRow("empty file") << QByteArray("\n") << corrupt;
    QTest::newRow("not json") << QByteArray("certdesk\x00\x01", 10) << corrupt;
    QTest::newRow("truncated") << QJsonDocument(valid).toJson().left(60) << corrupt;
    QTest::newRow("array root") << QByteArray("[]") << corrupt;
    QTest::newRow("other format") << withRoot(QStringLiteral("format"), QStringLiteral("luks")) << corrupt;
    QTest::newRow("version 2") << withRoot(QStringLiteral("version"), 2) << corrupt;
    QTest::newRow("version as text") << withRoot(QStringLiteral("version"), QStringLiteral("1")) << corrupt;
    QTest::newRow("no slots") << withRoot(QStringLiteral("slots"), QJsonValue::Undefined) << corrupt;
    QTest::newRow("no counters") << withRoot(QStringLiteral("counters"), QJsonValue::Undefined) << corrupt;
    QTest::newRow("slot not object") << withRoot(QStringLiteral("slots"), QJsonArray{1}) << corrupt;
    QTest::newRow("duplicate slot") << withRoot(QStringLiteral("slots"), QJsonArray{slot, slot}) << corrupt;
    QTest::newRow("no account") << withSlot(QStringLiteral("account"), QJsonValue::Undefined) << corrupt;
    QTest::newRow("empty account") << withSlot(QStringLiteral("account"), QString()) << corrupt;
    QTest::newRow("unknown kind") << withSlot(QStringLiteral("kind"), QStringLiteral("pin")) << corrupt;
    QTest::newRow("unknown kdf") << withSlot(QStringLiteral("kdf"), QStringLiteral("argon2id")) << corrupt;
    QTest::newRow("zero iterations") << withSlot(QStringLiteral("iterations"), 0) << corrupt;
    QTest::newRow("fractional iterations") << withSlot(QStringLiteral("iterations"), 1000.5) << corrupt;
    QTest::newRow("short salt") << withSlot(QStringLiteral("salt"), b64(8)) << corrupt;
    QTest::newRow("long nonce") << withSlot(QStringLiteral("nonce"), b64(16)) << corrupt;
    QTest::newRow("bad base64") << withSlot(QStringLiteral("nonce"), QStringLiteral("!!!!not base64!!")) << corrupt;
    QTest::newRow("short wrapped") << withSlot(QStringLiteral("wrapped"), b64(32)) << corrupt;
    QTest::newRow("bad counter date") << withCounter(QStringLiteral("last_failure"), QStringLiteral("yesterday"))
                                      << corrupt;
    QTest::newRow("negative failures") << withCounter(QStringLiteral("failures"), -1) << corrupt;
}

void TestKeySlots::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    if (!content.isEmpty())
        writeRaw(m_path, content);
    auto loaded = KeySlotFile::load(m_path);
    if (code.isEmpty()) {
        QVERIFY(loaded.ok());
        return;
    }
    QVERIFY(!loaded.ok());
    QCOMPARE(errorOf(loaded).kind, Error::Kind::Io);
    QCOMPARE(errorOf(loaded).codeWord(), code);
    QVERIFY(!errorOf(loaded).message.isEmpty());
}

void TestKeySlots::filePermissionsAreOwnerOnly()
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    KeySlotFile file = makeFile();
    QCOMPARE(QFile::permissions(m_path) & (ownerOnly | others | QFileDevice::ExeOwner), ownerOnly);

    // A file left world-readable by someone else is tightened on the next save.
    QVERIFY(QFile::setPermissions(m_path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(!failOnce(file).ok());
    QCOMPARE(QFile::permissions(m_path) & (ownerOnly | others | QFileDevice::ExeOwner), ownerOnly);
}

void TestKeySlots::fileHoldsNoTraceOfSecrets()
{
    const QString password = QStringLiteral("Correct-Horse-密码-42");
    KeySlotFile file = KeySlotFile::create(m_path);
    QVERIFY(file.setSlot(kAlice, Kind::Password, password, m_key, kFast).ok());
    QVERIFY(file.setSlot(kAlice, Kind::Recovery, m_recovery, m_key, kFast).ok());
    QVERIFY(file.save().ok());
    QVERIFY(!file.unlock(kAlice, QStringLiteral("Correct-Horse"), m_clock).ok());
    QVERIFY(file.unlock(kAlice, password, m_clock).ok());
    QVERIFY(!failOnce(file).ok());

    const QByteArray raw = readRaw(m_path);
    QVERIFY(!raw.isEmpty());
    const QString normalised = KeySlotFile::normalizeRecoveryCode(m_recovery);
    QList<QByteArray> secrets{password.toUtf8(),
                              QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2),
                              QByteArrayLiteral("Correct-Horse"),
                              m_recovery.toUtf8(),
                              normalised.toUtf8(),
                              normalised.left(10).toUtf8(),
                              m_key,
                              m_key.toHex(),
                              m_key.toHex().toUpper(),
                              m_key.toBase64(),
                              m_key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    // Nor the wrapping key derived from the password.
    const QJsonObject slot = slotJson(QJsonDocument::fromJson(raw).object(), kAlice, QStringLiteral("password"));
    const QByteArray salt = QByteArray::fromBase64(slot.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray wrappingKey = crypto::pbkdf2Sha256(password, salt, kFast);
    secrets << wrappingKey << wrappingKey.toBase64() << wrappingKey.toHex();
    for (const QByteArray &secret : secrets)
        QVERIFY2(!raw.contains(secret), secret.toHex().constData());
}

// What an attacker at the sign-in could measure is the key derivation: a failure for an existing account, for a
// wrong recovery code and for an unknown account must run exactly the derivations a success needs plus the same
// padding, at the same cost. Counted through the KDF seam (crypto/kdf.h), not timed.
void TestKeySlots::failuresDeriveAsMuchAsEachOther()
{
    QList<int> runs; // iterations of each derivation
    const Kdf counting = [&runs](const QString &secret, const QByteArray &salt, int iterations) {
        runs << iterations;
        return QCryptographicHash::hash(secret.toUtf8() + salt, QCryptographicHash::Sha256); // cheap, deterministic
    };
    KeySlotFile file = KeySlotFile::create(m_path);
    file.setKdf(counting);
    QVERIFY(file.setSlot(kAlice, Kind::Password, kAlicePassword, m_key).ok());
    QVERIFY(file.setSlot(kBob, Kind::Password, kBobPassword, m_key).ok());
    QVERIFY(file.setSlot(kBob, Kind::Recovery, QStringLiteral("ABCDE-12345-FGHJK-67890-LMNPQ"), m_key).ok());
    QVERIFY(file.save().ok());
    const QJsonObject slot = slotJson(readJson(m_path), kAlice, QStringLiteral("password"));
    QCOMPARE(slot.value(QLatin1String("iterations")).toInt(), KeySlotFile::kDefaultIterations);
    QCOMPARE(KeySlotFile::kDefaultIterations, 1000000);
    QCOMPARE(slot.value(QLatin1String("kdf")).toString(), QStringLiteral("pbkdf2-sha256"));

    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    loaded->setKdf(counting);
    const int n = KeySlotFile::kDefaultIterations;
    const auto derivations = [&](const QString &account, const QString &secret, bool opens) {
        runs.clear();
        const auto key = loaded->unlock(account, secret, m_clock);
        return key.ok() == opens ? runs : QList<int>{-1};
    };
    QCOMPARE(derivations(kAlice, kAlicePassword, true), QList<int>{n}); // a success: its slot only
    const QList<int> failure{n, n};
    QCOMPARE(derivations(kAlice, QStringLiteral("wrong"), false), failure); // password slot + one padding run
    QCOMPARE(derivations(kBob, QStringLiteral("wrong"), false), failure);   // password + recovery slot
    QCOMPARE(derivations(QStringLiteral("nobody"), QStringLiteral("wrong"), false), failure); // two padding runs
    QCOMPARE(derivations(kBob, kBobPassword, true), QList<int>{n});
}

// The escrow slot: saved and loaded with the file, kept by a locked update of another slot, a damaged member makes the
// file corrupt (not silently dropped), and the wrapped key opens only with the county key, its passphrase and the
// center code it was wrapped for.
void TestKeySlots::escrowSlotRoundTrip()
{
    auto pair = escrow::makeKeyPair(QStringLiteral("escrow-passphrase-1"));
    QVERIFY(pair.ok());
    auto id = escrow::keyId(pair->publicPem);
    QVERIFY(id.ok());
    QCOMPARE(id->size(), 64);
    auto wrapped = escrow::wrap(pair->publicPem, m_key, QStringLiteral("C07"));
    QVERIFY(wrapped.ok());
    KeySlotFile file = makeFile();
    QVERIFY(file.escrowSlot().isNull());
    file.setEscrowSlot({QStringLiteral("C07"), id.value(), startTime(), wrapped.value()});
    QVERIFY(file.save().ok());
    QVERIFY(
        file.update([&](KeySlotFile &f) { return f.setSlot(kBob, Kind::Password, kBobPassword, m_key, kFast); }).ok());
    auto loaded = KeySlotFile::load(m_path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->escrowSlot().center, QStringLiteral("C07"));
    QCOMPARE(loaded->escrowSlot().keyId, id.value());
    QCOMPARE(loaded->escrowSlot().wrapped, wrapped.value());

    auto opened =
        escrow::unwrap(pair->privatePem, QStringLiteral("escrow-passphrase-1"), wrapped.value(), QStringLiteral("C07"));
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), m_key);
    auto wrongPassphrase =
        escrow::unwrap(pair->privatePem, QStringLiteral("not-the-passphrase"), wrapped.value(), QStringLiteral("C07"));
    QVERIFY(!wrongPassphrase.ok());
    QCOMPARE(wrongPassphrase.error().code, ErrorCode::WrongPassphrase);
    auto otherCenter =
        escrow::unwrap(pair->privatePem, QStringLiteral("escrow-passphrase-1"), wrapped.value(), QStringLiteral("C08"));
    QVERIFY(!otherCenter.ok());
    QCOMPARE(otherCenter.error().code, ErrorCode::EscrowMismatch);
    QVERIFY(!escrow::keyId(QByteArrayLiteral("not a key")).ok());

    QJsonObject root = QJsonDocument::fromJson(readRaw(m_path)).object();
    QJsonObject slot = root.value(QStringLiteral("escrow")).toObject();
    slot.insert(QStringLiteral("wrapped"), QStringLiteral("AAAA"));
    root.insert(QStringLiteral("escrow"), slot);
    writeJson(m_path, root);
    auto damaged = KeySlotFile::load(m_path);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, ErrorCode::KeyfileCorrupt);
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
