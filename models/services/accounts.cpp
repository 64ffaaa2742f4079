#include "services/accounts.h"

#include "crypto/keyslots.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/accountstore.h"
#include "store/database.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace certdesk {

Status AccountService::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(ErrorCode::WeakPassword, tr("A password needs at least 8 characters."));
    return {};
}

namespace {

Result<QSet<QString>> activeAccounts(Database &db)
{
    auto all = listAccounts(db);
    if (!all)
        return all.error();
    QSet<QString> active;
    for (const Account &a : all.value())
        if (a.active)
            active.insert(a.username);
    return active;
}

bool hasOrphans(const KeySlotFile &keys, const QSet<QString> &active)
{
    for (const QString &account : keys.accounts())
        if (!active.contains(account))
            return true;
    return false;
}

} // namespace

Status AccountService::dropOrphanSlots(Database &db, KeySlotFile &keys)
{
    // Cheap check first, without the write lock: the usual open finds nothing to do.
    auto seen = activeAccounts(db);
    if (!seen)
        return seen.error();
    if (!hasOrphans(keys, seen.value()))
        return {};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto active = activeAccounts(db);
    if (!active)
        return active.error();
    return keys.update([&](KeySlotFile &k) {
        for (const QString &account : k.accounts())
            if (!active->contains(account))
                k.removeAccount(account);
        return Status{};
    });
}

Status AccountService::checkUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{2,32}\\z"));
    if (!re.match(username).hasMatch())
        return Error::invalid(ErrorCode::Username,
                              tr("An account name has 2 to 32 letters, digits, dots, hyphens or underscores."));
    return {};
}

Result<Account> AccountService::add(const QString &username, Role role, const QString &fullName,
                                    const QString &password)
{
    if (auto s = m_session.require(Permission::ManageAccounts); !s)
        return s.error();
    if (auto s = checkUsername(username); !s)
        return s.error();
    if (auto s = checkPassword(password); !s)
        return s.error();
    // Checks inside the (IMMEDIATE) transaction: two admins adding the same name at once cannot both pass.
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    auto existing = findAccount(SessionAccess::db(m_session), username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::refused(ErrorCode::Exists, tr("The account %1 already exists.").arg(username));
    Account a;
    a.username = username;
    a.fullName = fullName.trimmed().isEmpty() ? username : fullName.trimmed();
    a.role = role;
    auto inserted = insertAccount(SessionAccess::db(m_session), a, m_session.clock().now());
    if (!inserted)
        return inserted.error();
    const QJsonObject detail{{QStringLiteral("account"), username}, {QStringLiteral("role"), roleKey(role)}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("account_add"), detail,
                                          m_session.clock().now());
        !s)
        return s.error();
    KeySlotFile &keys = SessionAccess::keys(m_session);
    const QByteArray &dbKey = SessionAccess::dbKey(m_session);
    const int iterations = m_session.kdfIterations();
    if (auto s = keys.update([&](KeySlotFile &k) {
            return k.setSlot(username, KeySlotFile::SlotKind::Password, password, dbKey, iterations);
        });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s) {
        (void)keys.update([&](KeySlotFile &k) {
            k.removeAccount(username);
            return Status{};
        });
        return s.error();
    }
    return inserted.value();
}

Status AccountService::disable(const QString &username)
{
    if (auto s = m_session.require(Permission::ManageAccounts); !s)
        return s;
    // The last-admin count inside the (IMMEDIATE) transaction: two simultaneous disables cannot both pass it.
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    auto found = findAccount(SessionAccess::db(m_session), username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::refused(ErrorCode::NoSuchAccount, tr("There is no account %1.").arg(username));
    const Account target = found->value();
    if (target.role == Role::Admin) {
        auto all = listAccounts(SessionAccess::db(m_session));
        if (!all)
            return all.error();
        int activeAdmins = 0;
        for (const Account &a : all.value())
            activeAdmins += (a.active && a.role == Role::Admin) ? 1 : 0;
        if (target.active && activeAdmins <= 1)
            return Error::refused(ErrorCode::LastAdmin, tr("The last active administrator cannot be "
                                                           "disabled; add another administrator first."));
    }
    if (auto s = setAccountActive(SessionAccess::db(m_session), target.id, false, m_session.clock().now()); !s)
        return s;
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("account_disable"),
                                          QJsonObject{{QStringLiteral("account"), username}}, m_session.clock().now());
        !s)
        return s;
    // The database commit comes first: a disabled row with a lingering slot still cannot sign in
    // (Session::open checks the row), whereas the reverse order could strand an active account.
    if (auto s = tx.commit(); !s)
        return s;
    return SessionAccess::keys(m_session).update([&](KeySlotFile &k) {
        k.removeAccount(username);
        return Status{};
    });
}

Status AccountService::changePassword(const QString &username, const QString &newPassword)
{
    const bool own = username == m_session.account().username;
    if (!own)
        if (auto s = m_session.require(Permission::ManageAccounts); !s)
            return s;
    if (auto s = checkPassword(newPassword); !s)
        return s;
    auto found = findAccount(SessionAccess::db(m_session), username);
    if (!found)
        return found.error();
    if (!found->has_value() || !found->value().active)
        return Error::refused(ErrorCode::NoSuchAccount, tr("There is no active account %1.").arg(username));
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("account_passwd"),
                                          QJsonObject{{QStringLiteral("account"), username}}, m_session.clock().now());
        !s)
        return s;
    if (auto s = setMustChangePassword(SessionAccess::db(m_session), username, !own); !s)
        return s;
    const QByteArray &dbKey = SessionAccess::dbKey(m_session);
    const int iterations = m_session.kdfIterations();
    if (auto s = SessionAccess::keys(m_session).update([&](KeySlotFile &k) {
            return k.setSlot(username, KeySlotFile::SlotKind::Password, newPassword, dbKey, iterations);
        });
        !s)
        return s;
    return tx.commit();
}

Status AccountService::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    const QString &me = m_session.account().username;
    if (newPassword.isEmpty())
        return Error::invalid(ErrorCode::WeakPassword, tr("Type a new password."));
    if (auto s = checkPassword(newPassword); !s)
        return s;
    if (newPassword == currentPassword)
        return Error::invalid(ErrorCode::SamePassword, tr("The new password must differ from the current one."));
    // The current password proves it is the owner at the desk, not someone at a desk left signed in.
    if (auto s = SessionAccess::keys(m_session).verify(me, currentPassword, m_session.clock()); !s)
        return Error{s.error().kind, s.error().code,
                     s.error().code == ErrorCode::Locked ? s.error().message : tr("The current password is wrong.")};
    return changePassword(me, newPassword);
}

Result<bool> AccountService::mustChangePassword()
{
    return certdesk::mustChangePassword(SessionAccess::db(m_session), m_session.account().username);
}

Result<QString> AccountService::replaceRecoveryCode()
{
    if (auto s = m_session.require(Permission::ManageAccounts); !s)
        return s.error();
    const QString code = KeySlotFile::generateRecoveryCode();
    const QString &me = m_session.account().username;
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = m_session.audit().append(me, QStringLiteral("recovery_replaced"),
                                          QJsonObject{{QStringLiteral("account"), me}}, m_session.clock().now());
        !s)
        return s.error();
    const QByteArray &dbKey = SessionAccess::dbKey(m_session);
    const int iterations = m_session.kdfIterations();
    if (auto s = SessionAccess::keys(m_session).update([&](KeySlotFile &k) {
            k.removeSlots(KeySlotFile::SlotKind::Recovery);
            return k.setSlot(me, KeySlotFile::SlotKind::Recovery, KeySlotFile::normalizeRecoveryCode(code), dbKey,
                             iterations);
        });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return code;
}

Result<QList<Account>> AccountService::list()
{
    if (auto s = m_session.require(Permission::ManageAccounts); !s)
        return s.error();
    return listAccounts(SessionAccess::db(m_session));
}

} // namespace certdesk
