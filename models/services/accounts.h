#pragma once

#include "core/result.h"
#include "domain/account.h"

#include <QCoreApplication>
#include <QList>

namespace certdesk {

class Database;
class KeySlotFile;
class Session;

// Account management: rows in the database, key slots in the slot file. Changes to both happen in one
// database transaction whose commit follows the (atomic) slot-file write, so a failure leaves neither.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Session &session) : m_session(session) {}

    Result<Account> add(const QString &username, Role role, const QString &fullName, const QString &password);
    // Marks the account disabled and removes its key slots. The last active admin cannot be disabled.
    Status disable(const QString &username);
    // Own password: any account. Another account's password: admins only (a forgotten password), and that account
    // must change it at its next sign-in. Re-wraps only that slot.
    Status changePassword(const QString &username, const QString &newPassword);
    // The signed-in account's own password, after checking the current one (or the recovery code). Refused:
    // "wrong_password" / "locked" (Auth), "weak_password", "same_password". Clears "must change".
    Status changeOwnPassword(const QString &currentPassword, const QString &newPassword);
    Result<bool> mustChangePassword();
    // Admins only: a new recovery code for the signed-in admin; every earlier recovery slot is removed, so the old
    // code no longer opens anything. Returns the code (shown once). Audited as recovery_replaced.
    Result<QString> replaceRecoveryCode();
    Result<QList<Account>> list();

    // Removes the key slots of accounts the committed database does not hold as active: what a kill (or power
    // cut) between a slot write and the database commit of add/disable leaves behind. Such a slot would still
    // unwrap the database key. Runs inside a write transaction, so a concurrent add (which writes its slot while
    // holding the write lock) is finished or gone before the slots are compared. Called by Session::open.
    static Status dropOrphanSlots(Database &db, KeySlotFile &keys);

    static Status checkPassword(const QString &password);
    static Status checkUsername(const QString &username);

private:
    Session &m_session;
};

} // namespace certdesk
