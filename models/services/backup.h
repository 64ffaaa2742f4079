#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace certdesk {

class Clock;
class Session;

// What a backup file says about itself (docs/formats.md, "Backup file"). Holds no personal data: the
// center, counts and hashes only, so it can be read without the key (the restore refusals need it).
struct BackupManifest
{
    int format = 1;
    QString centerCode;
    QString centerName;
    int schemaVersion = 0;
    qint64 forms = 0;
    qint64 certifications = 0;
    qint64 auditEntries = 0;
    qint64 accounts = 0;
    qint64 auditSeq = 0;
    QString auditHash;
    QDateTime createdAt;
    QString createdBy;
    qint64 keysSize = 0;
    qint64 dbSize = 0;

    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject &o);
};

// Progress of a long copy: pages (backup) or bytes (restore) done of total. Return false to cancel.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// One-file backups of the encrypted database and its key-slot file.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // A consistent snapshot through SQLite's online backup API on a second connection of `session` (desks
    // keep working: WAL readers do not block writers), copied page by page into a temporary file keyed with
    // the same key (nothing decrypted on disk), then packed with the .keys file and the manifest into `outPath`
    // (written atomically, mode 0600). Refuses ("exists") to overwrite a file.
    static Result<BackupManifest> create(Session &session, const QString &outPath, const BackupProgress &progress = {});

    // Reads and checks the header and manifest only (fast; no key needed).
    // Io "backup_unreadable", Refused "backup_format".
    static Result<BackupManifest> readManifest(const QString &path);

    // Unpacks `from` into `dbPath` and `dbPath`.keys (0600), after checking the whole file's SHA-256.
    // Refused: "exists" (a file is there already), "other_center" (expectCenter given and different),
    // "schema_too_new", "backup_corrupt". Nothing is left behind on failure.
    static Result<BackupManifest> unpack(const QString &from, const QString &dbPath, const QString &expectCenter = {},
                                         const BackupProgress &progress = {});

    // After unpack and sign-in: the restored file is whole (integrity_check), its audit chain and record
    // seals verify, and its center, audit head and counts are those of the manifest ("restore_mismatch").
    // Returns the number of audit entries verified.
    static Result<qint64> verifyRestored(Session &session, const BackupManifest &manifest);

    // unpack, sign in as `user`, verifyRestored; on any failure both files go again. The first-run wizard's
    // "restore from a backup".
    static Result<BackupManifest> restore(const QString &from, const QString &dbPath, const QString &user,
                                          const QString &password, const Clock &clock,
                                          const BackupProgress &progress = {});

    // Oldest backups in `folder` beyond `keep` generations (by name: certdesk-<center>-<stamp>.cdbak) are deleted.
    static QString generationName(const QString &centerCode, const QDateTime &at);
    static void prune(const QString &folder, const QString &centerCode, int keep);
    // The newest backup's time in `folder` for the center (invalid when there is none).
    static QDateTime lastBackupTime(const QString &folder, const QString &centerCode);
};

} // namespace certdesk
