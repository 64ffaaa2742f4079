#include "store/accountstore.h"

#include "store/database.h"

namespace certdesk {

namespace {

Account readAccount(const Statement &q)
{
    Account a;
    a.id = q.int64(0);
    a.username = q.text(1);
    a.fullName = q.text(2);
    roleFromKey(q.text(3), &a.role);
    a.active = q.int64(4) != 0;
    return a;
}

} // namespace

Result<std::optional<Account>> findAccount(Database &db, const QString &username)
{
    auto q = db.cached("SELECT id, username, full_name, role, active FROM accounts WHERE username = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, username);
    return fetchOne<Account>(*q.value(), readAccount);
}

Result<std::optional<Account>> findAccountById(Database &db, qint64 id)
{
    auto q = db.cached("SELECT id, username, full_name, role, active FROM accounts WHERE id = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, id);
    return fetchOne<Account>(*q.value(), readAccount);
}

Result<Account> insertAccount(Database &db, Account account, const QDateTime &at)
{
    auto q = db.prepare("INSERT INTO accounts(username, full_name, role, active, created_at) VALUES (?,?,?,1,?)");
    if (!q)
        return q.error();
    if (auto s = q->bindAll(account.username, account.fullName, roleKey(account.role), at.toUTC().toString(Qt::ISODate))
                     .run();
        !s)
        return s.error();
    account.id = db.lastInsertRowId();
    account.active = true;
    return account;
}

Status setAccountActive(Database &db, qint64 id, bool active, const QDateTime &at)
{
    auto q = db.prepare("UPDATE accounts SET active = ?, disabled_at = ? WHERE id = ?");
    if (!q)
        return q.error();
    return q->bindAll(active, active ? QString() : at.toUTC().toString(Qt::ISODate), id).run();
}

Result<QList<Account>> listAccounts(Database &db)
{
    auto q = db.prepare("SELECT id, username, full_name, role, active FROM accounts ORDER BY username");
    if (!q)
        return q.error();
    return fetchAll<Account>(q.value(), readAccount);
}

Result<CenterConfig> loadCenter(Database &db)
{
    auto q = db.prepare("SELECT code, name, cycle_policy, window_start, window_end, address, contact, department, "
                        "title, phone, idle_lock_minutes FROM center WHERE id = 1");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error::internal(QStringLiteral("the center is not configured"));
    CenterConfig c;
    c.code = q->text(0);
    c.name = q->text(1);
    policyFromKey(q->text(2), &c.policy);
    c.windowStart = q->text(3);
    c.windowEnd = q->text(4);
    c.address = q->text(5);
    c.contact = q->text(6);
    c.department = q->text(7);
    c.title = q->text(8);
    c.phone = q->text(9);
    c.idleLockMinutes = int(q->int64(10));
    return c;
}

Status saveCenter(Database &db, const CenterConfig &c)
{
    auto q = db.prepare("INSERT OR REPLACE INTO center(id, code, name, cycle_policy, window_start, window_end, "
                        "address, contact, department, title, phone, idle_lock_minutes) "
                        "VALUES (1,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q)
        return q.error();
    return q
        ->bindAll(c.code, c.name, policyKey(c.policy), c.windowStart, c.windowEnd, c.address, c.contact, c.department,
                  c.title, c.phone, c.idleLockMinutes)
        .run();
}

Result<bool> mustChangePassword(Database &db, const QString &username)
{
    auto q = db.cached("SELECT must_change_password FROM accounts WHERE username = ?");
    if (!q)
        return q.error();
    q.value()->bind(1, username);
    auto v = fetchOne<bool>(*q.value(), [](const Statement &s) { return s.int64(0) != 0; });
    if (!v)
        return v.error();
    return v->value_or(false);
}

Status setMustChangePassword(Database &db, const QString &username, bool must)
{
    auto q = db.cached("UPDATE accounts SET must_change_password = ? WHERE username = ?");
    if (!q)
        return q.error();
    return q.value()->bindAll(int(must), username).run();
}

} // namespace certdesk
