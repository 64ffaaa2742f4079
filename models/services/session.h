#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/keyslots.h"
#include "domain/account.h"
#include "domain/center.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace certdesk {

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
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

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

    Database &db() { return *m_db; }
    AuditLog &audit() { return m_audit; }
    KeySlotFile &keys() { return m_keys; }
    const Account &account() const { return m_account; }
    const Clock &clock() const { return m_clock; }
    const QString &dbPath() const { return m_dbPath; }
    const QByteArray &dbKey() const { return m_dbKey; }
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
