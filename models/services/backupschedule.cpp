#include "services/backupschedule.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryFile>

namespace certdesk {

namespace {

Result<QString> metaValue(Database &db, const char *key)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!q)
        return q.error();
    q->bind(1, QString::fromLatin1(key));
    auto row = q->step();
    if (!row)
        return row.error();
    return row.value() ? q->text(0) : QString();
}

Status setMeta(Database &db, const char *key, const QString &value)
{
    auto q = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!q)
        return q.error();
    return q->bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

} // namespace

Result<BackupSettings> BackupSchedule::load(Session &session)
{
    Database &db = SessionAccess::db(session);
    BackupSettings s;
    auto folder = metaValue(db, "backup_folder");
    if (!folder)
        return folder.error();
    s.folder = folder.value();
    auto keep = metaValue(db, "backup_keep");
    if (!keep)
        return keep.error();
    if (!keep->isEmpty())
        s.keep = keep->toInt();
    return s;
}

Status BackupSchedule::save(Session &session, const BackupSettings &settings)
{
    if (auto s = session.require(Permission::Settings); !s)
        return s;
    if (settings.keep < 1 || settings.keep > 365)
        return Error::invalid(ErrorCode::BackupKeep, tr("Keep between 1 and 365 backups."));
    if (!settings.folder.isEmpty()) {
        QTemporaryFile probe(QDir(settings.folder).filePath(QStringLiteral(".certdesk-probe-XXXXXX")));
        if (!QFileInfo(settings.folder).isDir() || !probe.open())
            return Error::invalid(ErrorCode::BackupFolder,
                                  tr("The backup folder %1 does not exist or cannot be written.")
                                      .arg(QDir::toNativeSeparators(settings.folder)));
    }
    Transaction tx(SessionAccess::db(session));
    if (!tx.begun())
        return tx.begun();
    if (auto s = setMeta(SessionAccess::db(session), "backup_folder", settings.folder); !s)
        return s;
    if (auto s = setMeta(SessionAccess::db(session), "backup_keep", QString::number(settings.keep)); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("folder"), settings.folder}, {QStringLiteral("keep"), settings.keep}};
    if (auto s = session.audit().append(session.account().username, QStringLiteral("backup_settings"), detail,
                                        session.clock().now());
        !s)
        return s;
    return tx.commit();
}

Result<QDateTime> BackupSchedule::lastBackup(Session &session)
{
    auto value = metaValue(SessionAccess::db(session), "backup_last");
    if (!value)
        return value.error();
    return QDateTime::fromString(value.value(), Qt::ISODate);
}

bool BackupSchedule::isStale(const QDateTime &last, const QDateTime &now)
{
    return !last.isValid() || last.secsTo(now) > qint64(kStaleDays) * 24 * 3600;
}

Result<BackupManifest> BackupSchedule::runNow(Session &session, const BackupProgress &progress)
{
    auto settings = load(session);
    if (!settings)
        return settings.error();
    if (settings->folder.isEmpty())
        return Error::refused(ErrorCode::NoFolder,
                              tr("No backup folder is set; an administrator sets one in Settings."));
    const QString code = session.center().code;
    const QString path = QDir(settings->folder).filePath(BackupService::generationName(code, session.clock().now()));
    auto manifest = BackupService::create(session, path, progress);
    if (manifest)
        BackupService::prune(settings->folder, code, settings->keep);
    return manifest;
}

bool BackupSchedule::dueAtSignOut(Session &session, const QDate &today)
{
    auto settings = load(session);
    auto last = lastBackup(session);
    return settings && last && !settings->folder.isEmpty() && (!last->isValid() || last->toLocalTime().date() < today);
}

DeskPresence::DeskPresence(const QString &dbPath)
    : m_dir(dbPath + QStringLiteral(".desks")),
      m_name(QStringLiteral("%1-%2.lock").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid()))
{}

DeskPresence::~DeskPresence()
{
    leave();
}

bool DeskPresence::enter()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_dir))
        return false;
    auto lock = std::make_unique<QLockFile>(QDir(m_dir).filePath(m_name));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, never a long working day's
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

void DeskPresence::leave()
{
    m_lock.reset(); // unlocks and removes the file
}

int DeskPresence::othersActive() const
{
    int others = 0;
    for (const QString &name : QDir(m_dir).entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        if (name == m_name && m_lock)
            continue;
        QLockFile probe(QDir(m_dir).filePath(name));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock(); // it was left by a program that is gone: remove it
        else
            ++others;
    }
    return others;
}

} // namespace certdesk
