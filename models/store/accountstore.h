#pragma once

#include "core/result.h"
#include "domain/account.h"
#include "domain/center.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace certdesk {

class Database;

// Accounts and the center's settings: rows inside the encrypted database.
Result<std::optional<Account>> findAccount(Database &db, const QString &username);
Result<std::optional<Account>> findAccountById(Database &db, qint64 id);
Result<Account> insertAccount(Database &db, Account account, const QDateTime &at);
Status setAccountActive(Database &db, qint64 id, bool active, const QDateTime &at);
Result<QList<Account>> listAccounts(Database &db);
// Set when an admin sets someone's password; cleared when the owner sets their own.
Result<bool> mustChangePassword(Database &db, const QString &username);
Status setMustChangePassword(Database &db, const QString &username, bool must);

Result<CenterConfig> loadCenter(Database &db);
Status saveCenter(Database &db, const CenterConfig &center);

} // namespace certdesk
