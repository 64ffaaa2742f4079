// The encrypted store: RAII wrapper, keying, schema migrations, append-only guards, no plaintext on disk.
#include "fixture.h"
#include "sessionaccess.h"

#include "core/crypto.h"
#include "services/certification.h"
#include "store/database.h"
#include "store/schema.h"
#include "testerrorcode.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace certdesk;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_key = crypto::randomBytes(32);

    std::unique_ptr<Database> openNew(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), m_key, true);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db).value();
    }

private Q_SLOTS:
    void createMigrateReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.db"));
        {
            auto db = openNew(QStringLiteral("a.db"));
            QCOMPARE(schemaVersion(*db).value(), 0);
            QVERIFY(migrate(*db).ok());
            QCOMPARE(schemaVersion(*db).value(), latestSchemaVersion());
        }
        auto again = Database::open(path, m_key, false);
        QVERIFY(again.ok());
        QCOMPARE(schemaVersion(*again.value()).value(), latestSchemaVersion());
        QVERIFY(migrate(*again.value()).ok()); // nothing left to do, no error
        auto q = again.value()->prepare("PRAGMA journal_mode");
        QVERIFY(q && q->step().value());
        QCOMPARE(q->text(0), QStringLiteral("wal"));
        auto fk = again.value()->prepare("PRAGMA foreign_keys");
        QVERIFY(fk && fk->step().value());
        QCOMPARE(fk->int64(0), 1);
    }

    void wrongKeyIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.db"));
        {
            auto db = openNew(QStringLiteral("b.db"));
            QVERIFY(migrate(*db).ok());
        }
        auto wrong = Database::open(path, crypto::randomBytes(32), false);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Auth);
        QCOMPARE(wrong.error().code, ErrorCode::WrongKey);
        QVERIFY(!Database::open(path, QByteArray(16, 'k'), false).ok()); // not a 32-byte key
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        QVERIFY(!Database::open(path, m_key, false).ok());
        QVERIFY(!QFile::exists(path));
    }

    void migratesStepByStep()
    {
        // A version-1 file (as written before the certifications_by_form index existed) is brought up to date.
        auto db = openNew(QStringLiteral("v1.db"));
        QVERIFY(migrateTo(*db, 1).ok());
        QCOMPARE(schemaVersion(*db).value(), 1);
        QVERIFY(migrate(*db).ok());
        QCOMPARE(schemaVersion(*db).value(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 2);
        auto q = db->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'certifications_by_form'");
        QVERIFY(q->step().value());
        QCOMPARE(q->int64(0), 1);
        // The counter's lookup of a form's current record uses it.
        auto plan = db->prepare("EXPLAIN QUERY PLAN SELECT * FROM certifications WHERE form_id = 1 AND cycle = 2026");
        QVERIFY(plan->step().value());
        QVERIFY2(plan->text(3).contains(QStringLiteral("certifications_by_form")), qPrintable(plan->text(3)));
    }

    void failedStepLeavesTheOldVersion()
    {
        // Each step commits together with its version bump: a step that fails leaves the file as it was.
        auto db = openNew(QStringLiteral("v1-broken.db"));
        QVERIFY(migrateTo(*db, 1).ok());
        QVERIFY(db->exec("CREATE TABLE certifications_by_form(x)").ok()); // the name is taken: step 2 must fail
        QVERIFY(!migrate(*db).ok());
        QCOMPARE(schemaVersion(*db).value(), 1);
    }

    void concurrentMigrationRunsEachStepOnce()
    {
        // Desk A finds the file one step behind and waits for the write lock that desk C holds; meanwhile
        // desk B migrates. A must read the version again under its own lock instead of running B's step twice.
        const QString path = m_dir.filePath(QStringLiteral("race.db"));
        auto b = openNew(QStringLiteral("race.db"));
        QVERIFY(migrateTo(*b, latestSchemaVersion() - 1).ok());
        auto a = Database::open(path, m_key, false);
        auto c = Database::open(path, m_key, false);
        QVERIFY(a.ok() && c.ok());
        QVERIFY(c.value()->exec("BEGIN IMMEDIATE").ok());
        struct Race
        {
            Database *blocker;
            Database *other;
            std::optional<Status> otherMigrated;
        } race{c.value().get(), b.get(), std::nullopt};
        // Called on A's thread while A waits: C lets go and B migrates before A retries.
        sqlite3_busy_handler(
            a.value()->handle(),
            [](void *p, int) -> int {
                auto *r = static_cast<Race *>(p);
                if (!r->otherMigrated) {
                    (void)r->blocker->exec("ROLLBACK");
                    r->otherMigrated = migrate(*r->other);
                }
                return 1;
            },
            &race);
        const Status s = migrate(*a.value());
        QVERIFY(race.otherMigrated.has_value());
        QVERIFY(race.otherMigrated->ok());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(schemaVersion(*a.value()).value(), latestSchemaVersion());
    }

    void newerSchemaIsRefused()
    {
        auto db = openNew(QStringLiteral("c.db"));
        QVERIFY(migrate(*db).ok());
        QVERIFY(db->exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'").ok());
        auto s = migrate(*db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::SchemaTooNew);
    }

    void statementBindsAndTransactions()
    {
        auto db = openNew(QStringLiteral("d.db"));
        QVERIFY(db->exec("CREATE TABLE t(a INTEGER, b TEXT, c BLOB)").ok());
        {
            Transaction tx(*db);
            auto ins = db->prepare("INSERT INTO t VALUES (?,?,?)");
            QVERIFY(ins.ok());
            QVERIFY(ins->bind(1, qint64(1) << 40).bind(2, QString()).bindBlob(3, QByteArray("\0\1\2", 3)).run().ok());
            // no commit: rolled back when tx goes out of scope
        }
        auto count = db->prepare("SELECT count(*) FROM t");
        QVERIFY(count->step().value());
        QCOMPARE(count->int64(0), 0);
        {
            Transaction tx(*db);
            auto ins = db->prepare("INSERT INTO t VALUES (?,?,?)");
            QVERIFY(ins->bindAll(qint64(1) << 40, QString(), QStringLiteral("汉字")).run().ok());
            QVERIFY(tx.commit().ok());
        }
        auto q = db->prepare("SELECT a, b, c, typeof(b) FROM t");
        QVERIFY(q->step().value());
        QCOMPARE(q->int64(0), qint64(1) << 40);
        QVERIFY(q->isNull(1));
        QCOMPARE(q->text(3), QStringLiteral("null"));
        QCOMPARE(q->text(2), QStringLiteral("汉字"));
        QVERIFY(!q->step().value());
        auto bad = db->prepare("SELECT nope FROM t");
        QVERIFY(!bad.ok());
    }

    void historyIsAppendOnly()
    {
        test::TestCenter center;
        center.addUser(QStringLiteral("clerk"), Role::Clerk);
        const QList<Form> forms = center.seedForms(2);
        auto s = center.open(QStringLiteral("clerk"));
        QVERIFY(s);
        CertificationService svc(*s);
        CertifyRequest r{forms[0].formNo, forms[0].checkCode, forms[0].person.idNo};
        QVERIFY(svc.certify(r).ok());
        for (const char *sql : {"UPDATE certifications SET alive = 0", "DELETE FROM certifications",
                                "UPDATE audit SET actor = 'x'", "DELETE FROM audit"}) {
            auto st = SessionAccess::db(*s).exec(sql);
            QVERIFY2(!st.ok(), sql);
            QVERIFY(st.error().message.contains(QStringLiteral("append-only")));
        }
    }

    void noPlaintextPersonalDataOnDisk()
    {
        test::TestCenter center;
        center.addUser(QStringLiteral("clerk"), Role::Clerk);
        const QList<Form> forms = center.seedForms(20);
        {
            auto s = center.open(QStringLiteral("clerk"));
            CertificationService svc(*s);
            CertifyRequest r{forms[3].formNo, forms[3].checkCode, forms[3].person.idNo};
            r.change.address = QStringLiteral("新地址幸福里9号");
            QVERIFY(svc.certify(r).ok());
            // Checked while the session is open, so the -wal file still holds the recent pages.
            for (const char *suffix : {"", "-wal", ".keys"}) {
                QFile f(center.dbPath + QLatin1String(suffix));
                if (!f.exists())
                    continue;
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray raw = f.readAll();
                QVERIFY(!raw.startsWith("SQLite format 3"));
                for (const Form &form : forms) {
                    QVERIFY2(!raw.contains(form.person.name.toUtf8()), suffix);
                    QVERIFY2(!raw.contains(form.person.idNo.toLatin1()), suffix);
                    QVERIFY2(!raw.contains(form.formNo.toLatin1()), suffix);
                }
                QVERIFY(!raw.contains(QStringLiteral("新地址幸福里9号").toUtf8()));
            }
            QVERIFY(QFile::exists(center.dbPath + QStringLiteral("-wal")));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
