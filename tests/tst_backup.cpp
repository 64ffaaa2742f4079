// Backup and restore (safekeeping issue): the one-file backup of the encrypted database and its .keys file,
// its manifest, every refusal of a restore, a backup taken while another connection writes, generations in a
// folder, and the CLI round trip backup → delete both files → restore → verify.

#include "clirunner.h"
#include "fixture.h"
#include "services/backup.h"
#include "services/backupformat.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAdmin = QStringLiteral("admin");

// Rewrites the manifest of a backup file (the parts after it are kept, so its checksum no longer matches).
bool editManifest(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QByteArray data = readFile(path);
    const qsizetype at = backupformat::kMagic.size() + 4;
    const quint32 length = qFromBigEndian<quint32>(data.constData() + at);
    QJsonObject manifest = QJsonDocument::fromJson(data.mid(at + 4, length)).object();
    edit(manifest);
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    data.replace(at, 4 + length, backupformat::be32(quint32(json.size())) + json);
    return writeFile(path, data);
}

bool noFilesAt(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        if (QFileInfo::exists(db + QLatin1String(suffix)))
            return false;
    return true;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverythingEncrypted();
    void snapshotIsConsistentWhileAnotherConnectionWrites();
    void refusesToOverwrite();
    void refusesAnotherCenterAndANewerSchema();
    void refusesADamagedFileAndLeavesNothing();
    void refusesWhatIsNotABackup();
    void generationsArePruned();
    void cliRoundTripAfterLosingBothFiles();
    void cliRefusals();
};

void TestBackup::roundTripKeepsEverythingEncrypted()
{
    TestCenter center;
    const QList<Form> forms = center.seedForms(50);
    auto session = center.open(kAdmin);
    QVERIFY(session);
    const QString out = center.dir.filePath(QStringLiteral("b.cdbak"));
    qint64 lastDone = -1;
    auto manifest = BackupService::create(*session, out, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
    QCOMPARE(QFileInfo(out).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(manifest->centerCode, QStringLiteral("T001"));
    QCOMPARE(manifest->forms, 50);
    QVERIFY(manifest->auditSeq > 0);
    QCOMPARE(manifest->auditHash.size(), 64);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial-db")));
    // Nothing readable: no name, ID number or address of any form appears in the file.
    const QByteArray bytes = readFile(out);
    for (const Form &f : forms.mid(0, 10)) {
        QVERIFY(!bytes.contains(f.person.idNo.toUtf8()));
        QVERIFY(!bytes.contains(f.person.name.toUtf8()));
        QVERIFY(!bytes.contains(f.person.address.toUtf8()));
    }
    QVERIFY(!bytes.contains("SQLite format 3"));
    auto read = BackupService::readManifest(out);
    QVERIFY(read.ok());
    QCOMPARE(read->auditHash, manifest->auditHash);
    QCOMPARE(read->dbSize, manifest->dbSize);

    const QString restored = center.dir.filePath(QStringLiteral("restored.db"));
    auto unpacked = BackupService::unpack(out, restored, QStringLiteral("T001"));
    QVERIFY2(unpacked.ok(), unpacked.ok() ? "" : qPrintable(unpacked.error().message));
    QCOMPARE(QFileInfo(restored).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    auto back = Session::open(restored, kAdmin, TestCenter::passwordOf(kAdmin), center.clock);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    auto entries = BackupService::verifyRestored(*back.value(), unpacked.value());
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().message));
    QVERIFY(entries.value() >= manifest->auditSeq);
    // The backup itself is in the source's audit trail and in its "last backup" time.
    auto last = SessionAccess::db(*session).prepare("SELECT value FROM meta WHERE key = 'backup_last'");
    QVERIFY(last.ok() && last->step().value());
    QCOMPARE(last->text(0), center.clock.now().toUTC().toString(Qt::ISODate));
}

void TestBackup::snapshotIsConsistentWhileAnotherConnectionWrites()
{
    TestCenter center;
    center.seedForms(3000); // more than one step of pages
    auto session = center.open(kAdmin);
    auto writer = center.open(kAdmin);
    QVERIFY(session && writer);
    int steps = 0;
    const QString out = center.dir.filePath(QStringLiteral("busy.cdbak"));
    auto manifest = BackupService::create(*session, out, [&](qint64, qint64) {
        // Another desk commits between two steps of the copy.
        Transaction tx(SessionAccess::db(*writer));
        const bool ok =
            writer->audit().append(kAdmin, QStringLiteral("test"), {}, center.clock.now()).ok() &&
            SessionAccess::db(*writer).exec("DELETE FROM forms WHERE id IN (SELECT id FROM forms LIMIT 100)").ok() &&
            tx.commit().ok();
        ++steps;
        return ok;
    });
    QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
    QVERIFY(steps >= 1);
    QCOMPARE(manifest->forms, 3000);
    const QString restored = center.dir.filePath(QStringLiteral("r.db"));
    QVERIFY(BackupService::unpack(out, restored).ok());
    auto back = Session::open(restored, kAdmin, TestCenter::passwordOf(kAdmin), center.clock);
    QVERIFY(back.ok());
    auto entries = BackupService::verifyRestored(*back.value(), manifest.value());
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().message));
}

void TestBackup::refusesToOverwrite()
{
    TestCenter center;
    auto session = center.open(kAdmin);
    const QString out = center.dir.filePath(QStringLiteral("x.cdbak"));
    QVERIFY(writeFile(out, "keep me"));
    auto again = BackupService::create(*session, out);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Exists);
    QCOMPARE(readFile(out), QByteArray("keep me"));

    const QString good = center.dir.filePath(QStringLiteral("good.cdbak"));
    QVERIFY(BackupService::create(*session, good).ok());
    for (const char *existing : {"", ".keys", "-wal"}) {
        const QString target = center.dir.filePath(QStringLiteral("t.db"));
        QVERIFY(writeFile(target + QLatin1String(existing), "old"));
        auto r = BackupService::unpack(good, target);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Exists);
        QCOMPARE(readFile(target + QLatin1String(existing)), QByteArray("old"));
        QFile::remove(target + QLatin1String(existing));
    }
    // The live database itself is the most important file never to overwrite.
    auto onLive = BackupService::unpack(good, center.dbPath);
    QVERIFY(!onLive.ok());
    QCOMPARE(onLive.error().code, ErrorCode::Exists);
}

void TestBackup::refusesAnotherCenterAndANewerSchema()
{
    TestCenter center;
    auto session = center.open(kAdmin);
    const QString out = center.dir.filePath(QStringLiteral("c.cdbak"));
    QVERIFY(BackupService::create(*session, out).ok());
    const QString target = center.dir.filePath(QStringLiteral("n.db"));
    auto other = BackupService::unpack(out, target, QStringLiteral("T999"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::OtherCenter);
    QVERIFY(other.error().message.contains(QStringLiteral("T001")));
    QVERIFY(noFilesAt(target));

    QVERIFY(editManifest(out, [](QJsonObject &m) { m.insert(QStringLiteral("schema_version"), 999); }));
    auto newer = BackupService::unpack(out, target);
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, ErrorCode::SchemaTooNew);
    QVERIFY(noFilesAt(target));
}

void TestBackup::refusesADamagedFileAndLeavesNothing()
{
    TestCenter center;
    center.seedForms(20);
    auto session = center.open(kAdmin);
    const QString out = center.dir.filePath(QStringLiteral("d.cdbak"));
    QVERIFY(BackupService::create(*session, out).ok());
    QByteArray data = readFile(out);
    data[data.size() - 4096] = char(data[data.size() - 4096] ^ 0x01); // one bit inside the database part
    QVERIFY(writeFile(out, data));
    const QString target = center.dir.filePath(QStringLiteral("d.db"));
    auto r = BackupService::unpack(out, target);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BackupCorrupt);
    QVERIFY(noFilesAt(target));

    QVERIFY(writeFile(out, data.left(data.size() - 100))); // cut short
    auto shortFile = BackupService::unpack(out, target);
    QVERIFY(!shortFile.ok());
    QCOMPARE(shortFile.error().code, ErrorCode::BackupCorrupt);
    QVERIFY(noFilesAt(target));
}

void TestBackup::refusesWhatIsNotABackup()
{
    TestCenter center;
    const QString target = center.dir.filePath(QStringLiteral("z.db"));
    for (const QByteArray &junk : {QByteArray(), QByteArray("hello"), readFile(center.dbPath),
                                   backupformat::kMagic + backupformat::be32(1) + backupformat::be32(0x7fffffff)}) {
        const QString path = center.dir.filePath(QStringLiteral("junk.cdbak"));
        QVERIFY(writeFile(path, junk));
        auto r = BackupService::unpack(path, target);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BackupFormat);
        QVERIFY(noFilesAt(target));
    }
    auto missing = BackupService::readManifest(center.dir.filePath(QStringLiteral("none.cdbak")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::BackupUnreadable);
}

void TestBackup::generationsArePruned()
{
    QTemporaryDir dir;
    const QDateTime t0(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(dir.filePath(BackupService::generationName(QStringLiteral("T001"), t0.addDays(i))), "x"));
    QVERIFY(writeFile(dir.filePath(BackupService::generationName(QStringLiteral("T002"), t0)), "other center"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a backup"));
    QCOMPARE(BackupService::lastBackupTime(dir.path(), QStringLiteral("T001")), t0.addDays(4));
    BackupService::prune(dir.path(), QStringLiteral("T001"), 3);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 5);
    QVERIFY(!QFileInfo::exists(dir.filePath(BackupService::generationName(QStringLiteral("T001"), t0))));
    QVERIFY(!QFileInfo::exists(dir.filePath(BackupService::generationName(QStringLiteral("T001"), t0.addDays(1)))));
    QVERIFY(QFileInfo::exists(dir.filePath(BackupService::generationName(QStringLiteral("T001"), t0.addDays(2)))));
    QVERIFY(QFileInfo::exists(dir.filePath(BackupService::generationName(QStringLiteral("T002"), t0))));
    QVERIFY(!BackupService::lastBackupTime(dir.path(), QStringLiteral("T003")).isValid());
}

void TestBackup::cliRoundTripAfterLosingBothFiles()
{
    TestCenter center;
    center.seedForms(30);
    const QString pw = TestCenter::passwordOf(kAdmin);
    const QString out = center.dir.filePath(QStringLiteral("cli.cdbak"));
    auto b =
        runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "backup", "--out", out, "--json"), stdinLines({pw}));
    CLI_EXPECT_EXIT(b, 0);
    QCOMPARE(b.json().value(QStringLiteral("forms")).toInt(), 30);
    auto show = runCli(cliArgs("backup", "show", out));
    CLI_EXPECT_EXIT(show, 0);
    QCOMPARE(show.json().value(QStringLiteral("center_code")).toString(), QStringLiteral("T001"));
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(center.dbPath + QLatin1String(suffix));
    auto r = runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "restore", "--from", out, "--center", "T001"),
                    stdinLines({pw}));
    CLI_EXPECT_EXIT(r, 0);
    auto v = runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "verify", "--json"), stdinLines({pw}));
    CLI_EXPECT_EXIT(v, 0);
    QCOMPARE(v.json().value(QStringLiteral("ok")).toBool(), true);
}

void TestBackup::cliRefusals()
{
    TestCenter center;
    const QString pw = TestCenter::passwordOf(kAdmin);
    const QString out = center.dir.filePath(QStringLiteral("r.cdbak"));
    CLI_EXPECT_EXIT(runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "backup"), stdinLines({pw})), 2);
    CLI_EXPECT_EXIT(runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "backup", "--out", out),
                           stdinLines({QStringLiteral("wrong-password")})),
                    3);
    QVERIFY(!QFileInfo::exists(out));
    CLI_EXPECT_EXIT(runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "backup", "--out", out), stdinLines({pw})),
                    0);
    const QString target = center.dir.filePath(QStringLiteral("new.db"));
    CLI_EXPECT_EXIT(runCli(cliArgs("--db", target, "restore", "--from", out)), 2); // no --user to verify with
    auto other = runCli(cliArgs("--db", target, "--user", kAdmin, "restore", "--from", out, "--center", "T002"),
                        stdinLines({pw}));
    CLI_EXPECT_EXIT(other, 1);
    QVERIFY(other.errText().contains(QStringLiteral("T001")));
    QVERIFY(noFilesAt(target));
    // A wrong password cannot verify the result: nothing restored is left behind.
    CLI_EXPECT_EXIT(runCli(cliArgs("--db", target, "--user", kAdmin, "restore", "--from", out),
                           stdinLines({QStringLiteral("wrong-password")})),
                    3);
    QVERIFY(noFilesAt(target));
    CLI_EXPECT_EXIT(
        runCli(cliArgs("--db", center.dbPath, "--user", kAdmin, "restore", "--from", out), stdinLines({pw})), 1);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
