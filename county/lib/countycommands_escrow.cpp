// escrow init / recover / log: the county's side of key escrow (docs/operations.md, "Escrow recovery").
// The escrow private key lives beside ca.key (--ca-dir), encrypted with the CA operator's passphrase; `serve` hands
// the public half (DIR/escrow.pub) to centers in hello. Only whoever holds the CA directory and the passphrase can
// recover, and every recovery is recorded in the county database (escrow_recoveries) before the key file changes.
#include "core/escrowcrypto.h"
#include "countycli_p.h"
#include "countystore.h"
#include "crypto/keyslots.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinPassphrase = 12;

QString escrowKeyPath(const DataDir &dir)
{
    return QFileInfo(dir.caKey()).absolutePath() + u"/escrow.key"_s;
}

QString escrowPubPath(const DataDir &dir)
{
    return dir.file("escrow.pub");
}

QString operatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return (user.isEmpty() ? u"?"_s : user) + u"@"_s + QHostInfo::localHostName();
}

// The single account holding a recovery slot (the center's first admin), or the one named with --account.
Result<QString> recoveryAccount(const KeySlotFile &keys, const QString &asked)
{
    if (!asked.isEmpty()) {
        if (!keys.accounts().contains(asked))
            return Error::refused(ErrorCode::UnknownAccount,
                                  Invocation::tr("The key file has no account %1.").arg(asked));
        return asked;
    }
    QStringList admins;
    for (const QString &a : keys.accounts())
        if (keys.hasSlot(a, KeySlotFile::SlotKind::Recovery))
            admins << a;
    if (admins.size() != 1)
        return Error::refused(ErrorCode::WhichAccount,
                              Invocation::tr("Name the administrator with --account (the key file "
                                             "has %1 accounts with a recovery slot: %2).")
                                  .arg(admins.size())
                                  .arg(admins.join(u", "_s)));
    return admins.first();
}

} // namespace

int cmdEscrowInit(Invocation &c)
{
    auto config = loadConfig(c.dir);
    if (!config)
        return c.fail(config.error());
    if (QFile::exists(escrowKeyPath(c.dir)) || QFile::exists(escrowPubPath(c.dir)))
        return c.fail(
            Error::refused(ErrorCode::Exists, Invocation::tr("The county already has an escrow key (%1); centers' "
                                                             "escrow slots name it, so it is never replaced.")
                                                  .arg(escrowPubPath(c.dir))));
    if (!QFile::exists(c.dir.caKey()))
        return c.fail(
            Error::refused(ErrorCode::NoCaKey, Invocation::tr("The CA key is not at %1; give its directory with "
                                                              "--ca-dir.")
                                                   .arg(c.dir.caKey())));
    QString passphrase;
    if (!c.secrets.read(Invocation::tr("Escrow passphrase") + u": "_s, &passphrase))
        return c.usage(Invocation::tr("No escrow passphrase on stdin."));
    if (passphrase.size() < kMinPassphrase)
        return c.fail(Error::invalid(ErrorCode::WeakPassword, Invocation::tr("The escrow passphrase needs at least %1 "
                                                                             "characters.")
                                                                  .arg(kMinPassphrase)));
    auto pair = escrow::makeKeyPair(passphrase);
    passphrase.fill(QLatin1Char('\0'));
    if (!pair)
        return c.fail(pair.error());
    auto id = escrow::keyId(pair->publicPem);
    if (!id)
        return c.fail(id.error());
    if (auto s = writeFileBytes(escrowKeyPath(c.dir), pair->privatePem, true); !s)
        return c.fail(s.error());
    if (auto s = writeFileBytes(escrowPubPath(c.dir), pair->publicPem, false); !s)
        return c.fail(s.error());
    c.out << Invocation::tr("Escrow key %1 created: private key %2 (encrypted), public key %3. Restart serve so that "
                            "centers receive it.")
                 .arg(id.value(), escrowKeyPath(c.dir), escrowPubPath(c.dir))
          << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdEscrowRecover(Invocation &c)
{
    const QString center = c.value(u"center"_s).trimmed();
    if (!validCode(center))
        return c.usage(Invocation::tr("--center: 1 to 32 letters, digits, '-' or '_'."));
    const QString keysPath = c.value(u"keys"_s);
    auto keys = KeySlotFile::load(keysPath);
    if (!keys)
        return c.fail(keys.error());
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto known = centerExists(*db, center);
    if (!known)
        return c.fail(known.error());
    if (!known.value())
        return c.fail(
            Error::refused(ErrorCode::UnknownCenter, Invocation::tr("No center %1 is enrolled.").arg(center)));
    const KeySlotFile::EscrowSlot slot = keys->escrowSlot();
    if (slot.isNull())
        return c.fail(Error::refused(ErrorCode::NoEscrowSlot, Invocation::tr("The key file %1 has no escrow slot: the "
                                                                             "center never escrowed its key.")
                                                                  .arg(keysPath)));
    if (slot.center != center)
        return c.fail(
            Error::refused(ErrorCode::WrongCenter,
                           Invocation::tr("The key file belongs to center %1, not %2.").arg(slot.center, center)));
    auto pub = readFileBytes(escrowPubPath(c.dir));
    if (!pub)
        return c.fail(Error::refused(ErrorCode::NoEscrowKey,
                                     Invocation::tr("This county has no escrow key (%1).").arg(escrowPubPath(c.dir))));
    auto id = escrow::keyId(pub.value());
    if (!id)
        return c.fail(id.error());
    if (slot.keyId != id.value())
        return c.fail(
            Error::refused(ErrorCode::OtherEscrowKey, Invocation::tr("The escrow slot was made for another "
                                                                     "escrow key (%1), not this county's (%2).")
                                                          .arg(slot.keyId.left(16), id->left(16))));
    auto account = recoveryAccount(keys.value(), c.value(u"account"_s).trimmed());
    if (!account)
        return c.fail(account.error());
    // Only the CA operator: the private key sits with ca.key, away from the directory serve runs from.
    auto priv = readFileBytes(escrowKeyPath(c.dir));
    if (!priv)
        return c.fail(
            Error::refused(ErrorCode::NoEscrowKey, Invocation::tr("The escrow private key is not at %1; only the "
                                                                  "CA operator can recover (give --ca-dir).")
                                                       .arg(escrowKeyPath(c.dir))));
    QString passphrase;
    if (!c.secrets.read(Invocation::tr("Escrow passphrase") + u": "_s, &passphrase))
        return c.usage(Invocation::tr("No escrow passphrase on stdin."));
    auto dbKey = escrow::unwrap(priv.value(), passphrase, slot.wrapped, center);
    passphrase.fill(QLatin1Char('\0'));
    if (!dbKey)
        return c.fail(dbKey.error());
    // The record first: a recovery that cannot be recorded does not happen.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = db->run(u"INSERT INTO escrow_recoveries(center_code, account, key_id, recovered_at, operator) "
                         "VALUES (?, ?, ?, ?, ?)"_s,
                         {center, account.value(), id.value(), now.toString(Qt::ISODateWithMs), operatorName()});
        !r)
        return c.fail(r.error());
    const QString recoveryCode = KeySlotFile::generateRecoveryCode();
    const Status written = keys->update([&](KeySlotFile &file) {
        return file.setSlot(account.value(), KeySlotFile::SlotKind::Recovery, recoveryCode, dbKey.value());
    });
    OPENSSL_cleanse(dbKey->data(), size_t(dbKey->size()));
    if (!written)
        return c.fail(written.error());
    if (c.json()) {
        c.printJson({{u"center"_s, center}, {u"account"_s, account.value()}, {u"recovery_code"_s, recoveryCode}});
        return cli::Done;
    }
    c.out << Invocation::tr("New recovery code for %1 of center %2 (shown once; the center signs in with it as %1 "
                            "and sets a new password):")
                 .arg(account.value(), center)
          << "\n"
          << recoveryCode << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdEscrowLog(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto q = db->run(u"SELECT center_code, account, key_id, recovered_at, operator FROM escrow_recoveries "
                     "ORDER BY id"_s);
    if (!q)
        return c.fail(q.error());
    QJsonArray rows;
    while (q->next()) {
        const QJsonObject row{{u"center"_s, q->value(0).toString()},
                              {u"account"_s, q->value(1).toString()},
                              {u"key_id"_s, q->value(2).toString()},
                              {u"recovered_at"_s, q->value(3).toString()},
                              {u"operator"_s, q->value(4).toString()}};
        rows.append(row);
        if (!c.json())
            c.out << row.value(u"recovered_at"_s).toString() << "  " << row.value(u"center"_s).toString() << "  "
                  << row.value(u"account"_s).toString() << "  " << row.value(u"operator"_s).toString() << "\n";
    }
    if (c.json())
        c.printJson({{u"recoveries"_s, rows}});
    c.out.flush();
    return cli::Done;
}

} // namespace certdesk::county
