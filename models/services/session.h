#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/keyslots.h"
#include "domain/account.h"
#include "domain/center.h"
#include "store/auditlog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace certdesk {

class Database;

struct InitRequest
{
    QString dbPath;
    CenterConfig center;
    QString adminUser;
    QString adminFullName;
    QString adminPassword;
    int kdfIterations = KeySlotFile::kDefaultIterations; // lowered only by tests
};

// An unlocked database with the signed-in account. Every service works on a Session.
// The raw store (database, key slots, database key) is not public: services reach it through SessionAccess
// (models/internal/sessionaccess.h, visible to certdesk_models only), so ui/ and app/ cannot run SQL or touch keys
// behind the services' permission checks and audit entries.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
    friend struct SessionAccess;

public:
    ~Session();

    // Creates database + key-slot file; returns the one-time recovery code that unlocks the admin slot.
    // Refuses ("exists") when either file is already there. Nothing is left behind on failure.
    static Result<QString> initialize(const InitRequest &request, const Clock &clock);

    // Unlocks with the account's password (or, for the first admin, the recovery code).
    // Auth errors: "wrong_password", "locked", "disabled"; Io: "no_database".
    static Result<std::unique_ptr<Session>> open(const QString &dbPath, const QString &user, const QString &password,
                                                 const Clock &clock);

    // A second connection for the same account, for work off the GUI thread (import, export).
    // No password is asked again: the key is already in memory.
    Result<std::unique_ptr<Session>> reopen() const;

    AuditLog &audit() { return m_audit; }
    const Account &account() const { return m_account; }
    const Clock &clock() const { return m_clock; }
    const QString &dbPath() const { return m_dbPath; }
    // Re-read after a settings change.
    const CenterConfig &center() const { return m_center; }
    Status reloadCenter();

    // Refused ("permission") with a message naming the role and the action.
    Status require(Permission permission) const;

    int kdfIterations() const { return m_kdfIterations; }
    void setKdfIterations(int iterations) { m_kdfIterations = iterations; }

private:
    Session(const QString &dbPath, std::unique_ptr<Database> db, KeySlotFile keys, QByteArray dbKey,
            const Clock &clock);

    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
    KeySlotFile m_keys;
    QByteArray m_dbKey;
    const Clock &m_clock;
    Account m_account;
    CenterConfig m_center;
    int m_kdfIterations = KeySlotFile::kDefaultIterations;
};

} // namespace certdesk
