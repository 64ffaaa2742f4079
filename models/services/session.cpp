#include "services/session.h"

#include "core/crypto.h"
#include "services/accounts.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace certdesk {

namespace {

void removeDatabaseFiles(const QString &dbPath)
{
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(dbPath + QLatin1String(suffix));
}

Status validateInit(const InitRequest &r)
{
    if (r.center.code.trimmed().isEmpty() || r.center.name.trimmed().isEmpty())
        return Error::invalid(ErrorCode::Center, Session::tr("The center code and name are required."));
    if (!isValidMonthDay(r.center.windowStart) || !isValidMonthDay(r.center.windowEnd) ||
        r.center.windowEnd < r.center.windowStart)
        return Error::invalid(ErrorCode::Window, Session::tr("The certification window must be MM-DD..MM-DD "
                                                             "with the end after the start."));
    if (auto s = AccountService::checkUsername(r.adminUser); !s)
        return s; // the same rule as `user add`: no spaces or newlines (they would blur the audit hash input)
    if (r.adminPassword.size() < 8)
        return Error::invalid(ErrorCode::WeakPassword, Session::tr("A password needs at least 8 characters."));
    return {};
}

} // namespace

Session::Session(const QString &dbPath, std::unique_ptr<Database> db, KeySlotFile keys, QByteArray dbKey,
                 const Clock &clock)
    : m_dbPath(dbPath), m_db(std::move(db)), m_audit(*m_db), m_keys(std::move(keys)), m_dbKey(std::move(dbKey)),
      m_clock(clock)
{}

Session::~Session()
{
    m_dbKey.fill('\0');
}

Result<QString> Session::initialize(const InitRequest &r, const Clock &clock)
{
    if (auto s = validateInit(r); !s)
        return s.error();
    const QString keyPath = KeySlotFile::pathForDatabase(r.dbPath);
    if (QFile::exists(r.dbPath) || QFile::exists(keyPath))
        return Error::refused(ErrorCode::Exists,
                              Session::tr("A database already exists at %1; it is never overwritten.").arg(r.dbPath));
    const QByteArray dbKey = crypto::randomBytes(32);
    const QString recovery = KeySlotFile::generateRecoveryCode();
    auto fail = [&](const Error &e) -> Result<QString> {
        removeDatabaseFiles(r.dbPath);
        return e;
    };
    {
        auto db = Database::open(r.dbPath, dbKey, true);
        if (!db)
            return fail(db.error());
        if (auto s = migrate(*db.value()); !s)
            return fail(s.error());
        Transaction tx(*db.value());
        if (auto s = saveCenter(*db.value(), r.center); !s)
            return fail(s.error());
        Account admin;
        admin.username = r.adminUser.trimmed();
        admin.fullName = r.adminFullName.isEmpty() ? admin.username : r.adminFullName;
        admin.role = Role::Admin;
        if (auto a = insertAccount(*db.value(), admin, clock.now()); !a)
            return fail(a.error());
        AuditLog audit(*db.value());
        const QJsonObject detail{{QStringLiteral("center_code"), r.center.code},
                                 {QStringLiteral("admin"), admin.username},
                                 {QStringLiteral("policy"), policyKey(r.center.policy)}};
        if (auto s = audit.append(admin.username, QStringLiteral("init"), detail, clock.now()); !s)
            return fail(s.error());
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }
    KeySlotFile keys = KeySlotFile::create(keyPath);
    const QString user = r.adminUser.trimmed();
    if (auto s = keys.setSlot(user, KeySlotFile::SlotKind::Password, r.adminPassword, dbKey, r.kdfIterations); !s)
        return fail(s.error());
    if (auto s = keys.setSlot(user, KeySlotFile::SlotKind::Recovery, recovery, dbKey, r.kdfIterations); !s)
        return fail(s.error());
    if (auto s = keys.save(); !s)
        return fail(s.error());
    return recovery;
}

Result<std::unique_ptr<Session>> Session::open(const QString &dbPath, const QString &user, const QString &password,
                                               const Clock &clock)
{
    if (!QFile::exists(dbPath))
        return Error::io(ErrorCode::NoDatabase, Session::tr("There is no database at %1.").arg(dbPath));
    auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(dbPath));
    if (!keys)
        return keys.error();
    auto key = keys->unlock(user, password, clock);
    if (!key)
        return key.error();
    // Before SQLite touches it: opening an empty file would write a fresh header into it.
    if (QFileInfo(dbPath).size() == 0)
        return Database::damagedError(dbPath, Session::tr("the file is empty or cut short"));
    auto db = Database::open(dbPath, key.value(), false);
    if (!db) {
        // The key came out of an authenticated slot, so it is right: a file it does not open is damaged (or the
        // key file belongs to another database). Either way the cure is the backup, not another password.
        if (db.error().code == ErrorCode::WrongKey)
            return Database::damagedError(dbPath, Session::tr("its first page cannot be read with its key file"));
        return db.error();
    }
    // Only init creates a database: one without a schema is a file cut short or emptied, never a new desk.
    auto version = schemaVersion(*db.value());
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Database::damagedError(dbPath, Session::tr("the file is empty or cut short"));
    if (auto s = migrate(*db.value()); !s)
        return s.error();
    auto account = findAccount(*db.value(), user);
    if (!account)
        return account.error();
    if (!account->has_value() || !account->value().active)
        return Error::auth(ErrorCode::Disabled, Session::tr("This account is disabled."));
    // Best effort: a slot left by an interrupted add/disable goes now; if the file cannot be written (disk full),
    // the next sign-in tries again, and the account rows still refuse the orphan's sign-in meanwhile.
    (void)AccountService::dropOrphanSlots(*db.value(), keys.value());
    std::unique_ptr<Session> session(
        new Session(dbPath, std::move(db).value(), std::move(keys).value(), std::move(key).value(), clock));
    session->m_account = account->value();
    if (auto s = session->reloadCenter(); !s)
        return s.error();
    return session;
}

Result<std::unique_ptr<Session>> Session::reopen() const
{
    auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(m_dbPath));
    if (!keys)
        return keys.error();
    auto db = Database::open(m_dbPath, m_dbKey, false);
    if (!db)
        return db.error();
    std::unique_ptr<Session> copy(
        new Session(m_dbPath, std::move(db).value(), std::move(keys).value(), m_dbKey, m_clock));
    copy->m_account = m_account;
    copy->m_center = m_center;
    copy->m_kdfIterations = m_kdfIterations;
    return copy;
}

Status Session::reloadCenter()
{
    auto c = loadCenter(*m_db);
    if (!c)
        return c.error();
    m_center = c.value();
    return {};
}

Status Session::require(Permission permission) const
{
    if (roleAllows(m_account.role, permission))
        return {};
    return Error::refused(ErrorCode::Permission,
                          Session::tr("Your role (%1) may not do this; ask a supervisor or an administrator.")
                              .arg(roleDisplayName(m_account.role)));
}

} // namespace certdesk
