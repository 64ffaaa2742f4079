// The reading half of BackupService: manifest, unpack, the checks after a restore, generations in a folder.

#include "services/backup.h"

#include "core/sha256.h"
#include "sessionaccess.h"

#include "crypto/keyslots.h"
#include "services/backupformat.h"
#include "services/session.h"
#include "store/accountstore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/recordseal.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace certdesk {

using namespace backupformat;

namespace {

const QString kSuffix = QStringLiteral(".cdbak");

Error corrupt(const QString &path, const QString &why)
{
    return Error::refused(ErrorCode::BackupCorrupt,
                          BackupService::tr("The backup %1 is damaged (%2); use another generation.")
                              .arg(QDir::toNativeSeparators(path), why));
}

Error notBackup()
{
    return Error::refused(ErrorCode::BackupFormat,
                          BackupService::tr("This is not a CertDesk backup, or one this program cannot read."));
}

// Reads the header and manifest from `in`, feeding `hash`; leaves `in` at the keys length.
Result<BackupManifest> readHead(QFile &in, crypto::Sha256 *hash)
{
    const QByteArray fixed = in.read(kMagic.size() + 8);
    if (fixed.size() != kMagic.size() + 8 || !fixed.startsWith(kMagic))
        return notBackup();
    const quint32 version = qFromBigEndian<quint32>(fixed.constData() + kMagic.size());
    const quint32 length = qFromBigEndian<quint32>(fixed.constData() + kMagic.size() + 4);
    if (version != kVersion || length > kMaxManifest)
        return notBackup();
    const QByteArray json = in.read(length);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (json.size() != qsizetype(length) || error.error != QJsonParseError::NoError || !doc.isObject())
        return notBackup();
    if (hash)
        hash->addData(fixed + json);
    auto manifest = BackupManifest::fromJson(doc.object());
    if (!manifest)
        return manifest.error();
    const qint64 expected = fixed.size() + length + 8 + manifest->keysSize + 8 + manifest->dbSize + 32;
    if (in.size() != expected)
        return corrupt(in.fileName(), BackupService::tr("%1 bytes instead of %2").arg(in.size()).arg(expected));
    return manifest;
}

// Copies one length-prefixed part of `in` into `out`, hashing it.
Status copyPart(QFile &in, QSaveFile &out, qint64 size, crypto::Sha256 &hash, const BackupProgress &progress,
                qint64 *done, qint64 total)
{
    const QByteArray length = in.read(8);
    if (length.size() != 8 || qFromBigEndian<quint64>(length.constData()) != quint64(size))
        return corrupt(in.fileName(), BackupService::tr("a part has the wrong length"));
    hash.addData(length);
    for (qint64 left = size; left > 0;) {
        const QByteArray chunk = in.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            return corrupt(in.fileName(), BackupService::tr("it ends early"));
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return Error::io(ErrorCode::RestoreWrite,
                             BackupService::tr("%1 could not be written: %2")
                                 .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
        left -= chunk.size();
        *done += chunk.size();
        if (progress && !progress(*done, total))
            return Error::refused(ErrorCode::Cancelled, BackupService::tr("The restore was cancelled."));
    }
    return {};
}

Status openOutput(QSaveFile &file)
{
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {};
    return Error::io(ErrorCode::RestoreWrite, BackupService::tr("%1 could not be written: %2")
                                                  .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace

Result<BackupManifest> BackupService::readManifest(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::BackupUnreadable,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    return readHead(in, nullptr);
}

Result<BackupManifest> BackupService::unpack(const QString &from, const QString &dbPath, const QString &expectCenter,
                                             const BackupProgress &progress)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::BackupUnreadable,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
    crypto::Sha256 hash;
    auto manifest = readHead(in, &hash);
    if (!manifest)
        return manifest.error();
    if (!expectCenter.isEmpty() && manifest->centerCode != expectCenter)
        return Error::refused(ErrorCode::OtherCenter,
                              tr("This backup belongs to center %1 (%2), not to %3.")
                                  .arg(manifest->centerCode, manifest->centerName, expectCenter));
    if (manifest->schemaVersion > latestSchemaVersion())
        return Error::refused(ErrorCode::SchemaTooNew,
                              tr("This backup was written by a newer CertDesk (schema %1; this program knows %2). "
                                 "Install the newer program first.")
                                  .arg(manifest->schemaVersion)
                                  .arg(latestSchemaVersion()));
    const QString keysPath = KeySlotFile::pathForDatabase(dbPath);
    for (const QString &path : {dbPath, keysPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm")})
        if (QFileInfo::exists(path))
            return Error::refused(ErrorCode::Exists,
                                  tr("%1 already exists; a restore never overwrites a file. Choose a new name.")
                                      .arg(QDir::toNativeSeparators(path)));
    // Both files are written to temporaries and appear only once the whole backup's hash has been checked.
    QSaveFile keysOut(keysPath);
    QSaveFile dbOut(dbPath);
    if (auto s = openOutput(keysOut); !s)
        return s.error();
    if (auto s = openOutput(dbOut); !s)
        return s.error();
    qint64 done = 0;
    const qint64 total = manifest->keysSize + manifest->dbSize;
    if (auto s = copyPart(in, keysOut, manifest->keysSize, hash, progress, &done, total); !s)
        return s.error();
    if (auto s = copyPart(in, dbOut, manifest->dbSize, hash, progress, &done, total); !s)
        return s.error();
    if (in.read(32) != hash.result())
        return corrupt(from, tr("its checksum does not match"));
    if (!dbOut.commit())
        return Error::io(ErrorCode::RestoreWrite,
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(dbPath), dbOut.errorString()));
    if (!keysOut.commit()) {
        QFile::remove(dbPath);
        return Error::io(
            ErrorCode::RestoreWrite,
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(keysPath), keysOut.errorString()));
    }
    return manifest;
}

Result<qint64> BackupService::verifyRestored(Session &session, const BackupManifest &m)
{
    Database &db = SessionAccess::db(session);
    // integrity_check looks every row of every table up in each of its indexes: with the desk's 16 MB page cache the
    // index pages of a million forms are decrypted again and again (docs/benchmarks.md, "Safekeeping"). A large cache
    // for this one check, given back after.
    (void)db.exec("PRAGMA cache_size = -262144");
    auto q = db.prepare("PRAGMA integrity_check");
    if (!q)
        return q.error();
    auto row = q->step();
    const QString integrity = !row ? row.error().message : row.value() ? q->text(0) : QStringLiteral("no answer");
    q->reset();
    (void)db.exec("PRAGMA cache_size = -16384");
    if (integrity != QLatin1String("ok"))
        return Error::refused(ErrorCode::Integrity, tr("The restored database is damaged: %1").arg(integrity));
    auto entries = session.audit().verify();
    if (!entries)
        return entries.error();
    if (auto records = verifyCertificationSeals(db); !records)
        return records.error();
    const auto mismatch = [](const QString &what) {
        return Error::refused(ErrorCode::RestoreMismatch,
                              tr("The restored database does not match its backup's manifest (%1).").arg(what));
    };
    if (session.center().code != m.centerCode)
        return mismatch(tr("center"));
    // The backup's own entry (and anything a later sign-in wrote) comes after the manifest's head.
    auto at = db.prepare("SELECT hash FROM audit WHERE seq = ?");
    if (!at)
        return at.error();
    auto head = at->bind(1, m.auditSeq).step();
    if (m.auditSeq > 0 && (!head || !head.value() || at->text(0) != m.auditHash))
        return mismatch(tr("audit head"));
    at->reset();
    auto forms = db.prepare("SELECT (SELECT count(*) FROM forms), (SELECT count(*) FROM certifications)");
    if (!forms)
        return forms.error();
    auto counted = forms->step();
    if (!counted || !counted.value() || forms->int64(0) != m.forms || forms->int64(1) != m.certifications)
        return mismatch(tr("record counts"));
    return entries.value();
}

Result<BackupManifest> BackupService::restore(const QString &from, const QString &dbPath, const QString &user,
                                              const QString &password, const Clock &clock,
                                              const BackupProgress &progress)
{
    auto manifest = unpack(from, dbPath, QString(), progress);
    if (!manifest)
        return manifest;
    const auto removeAll = [&] {
        for (const char *suffix : {"", "-wal", "-shm", ".keys"})
            QFile::remove(dbPath + QLatin1String(suffix));
    };
    auto session = Session::open(dbPath, user, password, clock);
    if (!session) {
        removeAll();
        return session.error();
    }
    auto verified = verifyRestored(*session.value(), manifest.value());
    session.value().reset();
    if (!verified) {
        removeAll();
        return verified.error();
    }
    return manifest;
}

QString BackupService::generationName(const QString &centerCode, const QDateTime &at)
{
    return QStringLiteral("certdesk-%1-%2%3")
        .arg(centerCode, at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), kSuffix);
}

namespace {

QStringList generations(const QString &folder, const QString &centerCode)
{
    // The UTC stamp in the name sorts like the time.
    return QDir(folder).entryList({QStringLiteral("certdesk-%1-*%2").arg(centerCode, kSuffix)}, QDir::Files,
                                  QDir::Name);
}

} // namespace

void BackupService::prune(const QString &folder, const QString &centerCode, int keep)
{
    const QStringList names = generations(folder, centerCode);
    for (qsizetype i = 0; i + std::max(keep, 1) < names.size(); ++i)
        QFile::remove(QDir(folder).filePath(names[i]));
}

QDateTime BackupService::lastBackupTime(const QString &folder, const QString &centerCode)
{
    const QStringList names = generations(folder, centerCode);
    if (names.isEmpty())
        return {};
    const QString stamp = names.last().mid(QStringLiteral("certdesk-%1-").arg(centerCode).size(), 15);
    QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace certdesk
