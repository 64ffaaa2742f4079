#pragma once

#include "core/result.h"
#include "services/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace certdesk {

class Session;

// Where the program keeps its backups (meta table: backup_folder, backup_keep; docs/operations.md).
struct BackupSettings
{
    QString folder; // empty: no automatic backups
    int keep = 7;   // generations kept in the folder
};

// Backups taken by the program: on demand and when the last desk of the day signs out.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    static constexpr int kStaleDays = 2; // the status bar turns amber after this

    static Result<BackupSettings> load(Session &session);
    // Admins only (Permission::Settings); audited. Invalid "backup_keep" outside 1..365, "backup_folder" when
    // the folder does not exist or cannot be written.
    static Status save(Session &session, const BackupSettings &settings);
    // When the last backup of this database was taken (invalid: never).
    static Result<QDateTime> lastBackup(Session &session);
    static bool isStale(const QDateTime &last, const QDateTime &now);
    // A new generation certdesk-<center>-<UTC stamp>.cdbak in the folder, then the oldest beyond `keep` go.
    // Refused "no_folder" when none is set.
    static Result<BackupManifest> runNow(Session &session, const BackupProgress &progress = {});
    // Sign-out of the last desk: a backup is due when a folder is set and none was taken today (local date).
    static bool dueAtSignOut(Session &session, const QDate &today);
};

// Which desks have this database open now: each signed-in desk holds a lock file in <db>.desks/, which the
// operating system releases if the program dies, so "the last desk of the day" is the one that finds no other.
class DeskPresence
{
public:
    explicit DeskPresence(const QString &dbPath);
    ~DeskPresence();
    DeskPresence(const DeskPresence &) = delete;
    DeskPresence &operator=(const DeskPresence &) = delete;

    bool enter(); // false when the lock file cannot be created (then this desk counts as absent)
    void leave();
    int othersActive() const;

private:
    QString m_dir;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace certdesk
