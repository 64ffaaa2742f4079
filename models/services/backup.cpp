#include "services/backup.h"

#include "core/sha256.h"
#include "sessionaccess.h"

#include "services/backupformat.h"
#include "services/session.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/schema.h"

#include <sqlcipher/sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace certdesk {

using namespace backupformat;

namespace {

constexpr int kPagesPerStep = 256; // 256 KiB of 1 KiB pages between progress reports (and cancel checks)

Error writeError(const QString &path, const QString &why)
{
    return Error::io(
        ErrorCode::BackupWrite,
        BackupService::tr("The backup %1 could not be written: %2").arg(QDir::toNativeSeparators(path), why));
}

Result<qint64> count(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return row.value() ? q->int64(0) : 0;
}

// Everything the manifest says, read inside the snapshot's read transaction.
Result<BackupManifest> describe(Database &db, const Session &session)
{
    BackupManifest m;
    auto center = loadCenter(db);
    if (!center)
        return center.error();
    m.centerCode = center->code;
    m.centerName = center->name;
    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    m.schemaVersion = version.value();
    const std::pair<qint64 *, const char *> counts[] = {{&m.forms, "SELECT count(*) FROM forms"},
                                                        {&m.certifications, "SELECT count(*) FROM certifications"},
                                                        {&m.auditEntries, "SELECT count(*) FROM audit"},
                                                        {&m.accounts, "SELECT count(*) FROM accounts"}};
    for (const auto &[field, sql] : counts) {
        auto n = count(db, sql);
        if (!n)
            return n.error();
        *field = n.value();
    }
    auto head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'");
    if (!head)
        return head.error();
    auto row = head->step();
    if (!row)
        return row.error();
    const QString value = row.value() ? head->text(0) : QStringLiteral("0:") + QString(64, QLatin1Char('0'));
    m.auditSeq = value.section(QLatin1Char(':'), 0, 0).toLongLong();
    m.auditHash = value.section(QLatin1Char(':'), 1);
    m.createdAt = session.clock().now().toUTC();
    m.createdBy = session.account().username;
    return m;
}

// Copies the snapshot page by page into `tmpPath`, keyed like the source. The source connection holds one
// read transaction throughout, so the copy is one consistent state even while other desks commit.
Status copyPages(Database &source, const QByteArray &key, const QString &tmpPath, const BackupProgress &progress)
{
    auto dest = Database::open(tmpPath, key, true);
    if (!dest)
        return dest.error();
    // The copy is a temporary file that becomes part of the backup only once complete (QSaveFile syncs the backup
    // itself): no journal and no syncs while it is written. In WAL mode (Database::open's default) every page went
    // to the -wal first and was copied once more by the checkpoint at the end: twice the writes.
    for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"})
        if (auto s = dest.value()->exec(pragma); !s)
            return s;
    sqlite3_backup *backup = sqlite3_backup_init(dest.value()->handle(), "main", source.handle(), "main");
    if (!backup)
        return writeError(tmpPath, dest.value()->lastError());
    int rc = SQLITE_OK;
    while ((rc = sqlite3_backup_step(backup, kPagesPerStep)) == SQLITE_OK) {
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return Error::refused(ErrorCode::Cancelled, BackupService::tr("The backup was cancelled."));
        }
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK)
        return writeError(tmpPath, dest.value()->lastError());
    // The copied header still says WAL (the source's); through WAL and back to DELETE it says rollback journal, as
    // docs/formats.md describes the backup's database. Only page 1 is written.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode = DELETE"})
        if (auto s = dest.value()->exec(pragma); !s)
            return s;
    return {};
}

Status appendFile(QSaveFile &out, crypto::Sha256 &hash, const QString &path, qint64 *size)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return writeError(out.fileName(), in.errorString());
    const QByteArray length = be64(quint64(in.size()));
    *size = in.size();
    hash.addData(length);
    if (out.write(length) != length.size())
        return writeError(out.fileName(), out.errorString());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return writeError(out.fileName(), out.errorString());
    }
    return {};
}

// The status bar's "last backup" and the audit trail: who took which backup of which state.
Status recordBackup(Session &session, const QString &outPath, const BackupManifest &m)
{
    Transaction tx(SessionAccess::db(session));
    if (!tx.begun())
        return tx.begun();
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(outPath).fileName()},
                             {QStringLiteral("audit_seq"), m.auditSeq}};
    if (auto s = session.audit().append(m.createdBy, QStringLiteral("backup"), detail, m.createdAt); !s)
        return s;
    auto q = SessionAccess::db(session).prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('backup_last', ?)");
    if (!q)
        return q.error();
    if (auto s = q->bind(1, m.createdAt.toUTC().toString(Qt::ISODate)).run(); !s)
        return s;
    return tx.commit();
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("format"), format},
            {QStringLiteral("center_code"), centerCode},
            {QStringLiteral("center_name"), centerName},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("forms"), forms},
            {QStringLiteral("certifications"), certifications},
            {QStringLiteral("audit_entries"), auditEntries},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("audit_head"),
             QJsonObject{{QStringLiteral("seq"), auditSeq}, {QStringLiteral("hash"), auditHash}}},
            {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("keys_size"), keysSize},
            {QStringLiteral("db_size"), dbSize}};
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &o)
{
    BackupManifest m;
    m.format = o.value(QStringLiteral("format")).toInt();
    m.centerCode = o.value(QStringLiteral("center_code")).toString();
    m.centerName = o.value(QStringLiteral("center_name")).toString();
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    m.forms = o.value(QStringLiteral("forms")).toInteger();
    m.certifications = o.value(QStringLiteral("certifications")).toInteger();
    m.auditEntries = o.value(QStringLiteral("audit_entries")).toInteger();
    m.accounts = o.value(QStringLiteral("accounts")).toInteger();
    const QJsonObject head = o.value(QStringLiteral("audit_head")).toObject();
    m.auditSeq = head.value(QStringLiteral("seq")).toInteger();
    m.auditHash = head.value(QStringLiteral("hash")).toString();
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    m.createdBy = o.value(QStringLiteral("created_by")).toString();
    m.keysSize = o.value(QStringLiteral("keys_size")).toInteger(-1);
    m.dbSize = o.value(QStringLiteral("db_size")).toInteger(-1);
    if (m.format != 1 || m.centerCode.isEmpty() || m.schemaVersion <= 0 || !m.createdAt.isValid() || m.keysSize <= 0 ||
        m.dbSize <= 0 || m.auditHash.size() != 64)
        return Error::refused(ErrorCode::BackupFormat,
                              BackupService::tr("This is not a CertDesk backup, or one this program cannot read."));
    return m;
}

Result<BackupManifest> BackupService::create(Session &session, const QString &outPath, const BackupProgress &progress)
{
    if (QFileInfo::exists(outPath))
        return Error::refused(
            ErrorCode::Exists,
            tr("%1 already exists; a backup never overwrites a file.").arg(QDir::toNativeSeparators(outPath)));
    auto conn = session.reopen();
    if (!conn)
        return conn.error();
    Database &db = SessionAccess::db(*conn.value());
    // The temporary copy sits beside the output (same disk, so the space check is honest); it is encrypted.
    const QString tmpDb = outPath + QStringLiteral(".partial-db");
    const auto cleanup = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(tmpDb + QLatin1String(suffix));
    };
    cleanup();
    {
        QFile placeholder(tmpDb); // created 0600 before SQLite writes a byte into it
        if (!placeholder.open(QIODevice::WriteOnly) ||
            !placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return writeError(outPath, placeholder.errorString());
    }
    if (auto s = db.exec("BEGIN"); !s)
        return s.error();
    auto manifest = describe(db, session);
    Status copied = manifest ? copyPages(db, SessionAccess::dbKey(session), tmpDb, progress) : Status(manifest.error());
    (void)db.exec("COMMIT"); // ends the read transaction; nothing was written
    if (!copied) {
        cleanup();
        return copied.error();
    }

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        cleanup();
        return writeError(outPath, out.errorString());
    }
    // The .keys file is small and replaced atomically (rename) on every change: one read gives one whole version.
    QFile keysFile(KeySlotFile::pathForDatabase(session.dbPath()));
    if (!keysFile.open(QIODevice::ReadOnly)) {
        cleanup();
        return writeError(outPath, keysFile.errorString());
    }
    const QByteArray keys = keysFile.readAll();
    manifest->keysSize = keys.size();
    manifest->dbSize = QFileInfo(tmpDb).size();
    const QByteArray json = QJsonDocument(manifest->toJson()).toJson(QJsonDocument::Compact);
    crypto::Sha256 hash;
    const QByteArray head = kMagic + be32(kVersion) + be32(quint32(json.size())) + json;
    const QByteArray keysPart = head + be64(quint64(keys.size())) + keys;
    hash.addData(keysPart);
    qint64 dbSize = 0;
    Status s = out.write(keysPart) == keysPart.size() ? Status() : Status(writeError(outPath, out.errorString()));
    if (s)
        s = appendFile(out, hash, tmpDb, &dbSize);
    cleanup();
    if (s && dbSize != manifest->dbSize)
        s = writeError(outPath, tr("the copy changed while it was packed; try again"));
    if (s && out.write(hash.result()) != 32)
        s = writeError(outPath, out.errorString());
    if (!s) {
        out.cancelWriting();
        return s.error();
    }
    if (!out.commit())
        return writeError(outPath, out.errorString());
    if (auto recorded = recordBackup(*conn.value(), outPath, manifest.value()); !recorded)
        return recorded.error();
    return manifest;
}

} // namespace certdesk
