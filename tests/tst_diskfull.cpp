// Disk full: the counter's database and key file on a tmpfs of a few MB that fills up. Certify, import, the .keys
// save and user add each fail with a clear error (the disk is full, nothing was saved), leave nothing half-written
// (integrity_check, the audit chain and the seals verify; counts unchanged; the key file byte-identical), and the
// same work succeeds once space is freed. Needs root to mount the tmpfs (as the tests run here and in CI).

#include "crypto/keyslots.h"
#include "services/accounts.h"
#include "services/certification.h"
#include "services/importer.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"
#include "store/recordseal.h"
#include "syncfixture.h"
#include "tmpfs.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class DiskFullTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Tmpfs> m_disk;
    std::unique_ptr<SyncCenter> m_center;
    SystemClock m_clock;
    QList<Form> m_forms;

    std::unique_ptr<Session> signIn(const char *user)
    {
        auto s = Session::open(m_center->dbPath(), QLatin1String(user), SyncCenter::passwordOf(QLatin1String(user)),
                               m_clock);
        if (!s) {
            qWarning("%s", qPrintable(s.error().message));
            return nullptr;
        }
        s.value()->setKdfIterations(SyncCenter::kIterations);
        return std::move(s).value();
    }

    QString soundness(Session &s)
    {
        auto q = SessionAccess::db(s).prepare("PRAGMA integrity_check");
        if (!q || !q->step() || q->text(0) != QLatin1String("ok"))
            return QStringLiteral("integrity_check");
        if (!s.audit().verify())
            return QStringLiteral("audit chain");
        if (!verifyCertificationSeals(SessionAccess::db(s)))
            return QStringLiteral("seals");
        return {};
    }

    static bool isDiskFull(const Error &e) { return e.code == ErrorCode::DiskFull; }

private Q_SLOTS:
    void initTestCase()
    {
        m_disk = std::make_unique<Tmpfs>();
        QString why;
        QVERIFY2(m_disk->mount(4, &why), qPrintable(why));
        // SyncCenter makes its database under the temporary folder: put that on the small disk.
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", m_disk->path().toLocal8Bit());
        m_center = std::make_unique<SyncCenter>(QStringLiteral("F1"), QStringLiteral("测试中心"));
        qputenv("TMPDIR", oldTmp);
        QVERIFY(m_center->valid());
        QVERIFY(m_center->dbPath().startsWith(m_disk->path()));
        m_forms = syncForms(QStringLiteral("DF"), 300, QDate::currentDate());
        QVERIFY(m_center->importForms(m_forms));
    }

    void cleanup() { m_disk->release(); }

    void certifyOnAFullDisk()
    {
        auto clerk = signIn("clerk");
        QVERIFY(clerk);
        CertificationService service(*clerk);
        QVERIFY(m_disk->fill());
        int failedAt = -1;
        for (int i = 0; i < m_forms.size() && failedAt < 0; ++i) {
            const Form &f = m_forms.at(i);
            auto r = service.certify({f.formNo, f.checkCode, f.person.idNo});
            if (!r) {
                QVERIFY2(isDiskFull(r.error()),
                         qPrintable(r.error().codeWord() + QStringLiteral(": ") + r.error().message));
                QVERIFY(r.error().message.contains(m_center->dbPath()));
                failedAt = i;
            }
        }
        QVERIFY2(failedAt >= 0, "the disk never filled up");
        QCOMPARE(soundness(*clerk), QString());
        auto count = [&](const char *sql) {
            auto q = SessionAccess::db(*clerk).prepare(sql);
            return q && q->step() ? q->int64(0) : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM certifications"), qint64(failedAt)); // the failed one left nothing
        QCOMPARE(count("SELECT count(*) FROM outbox"), qint64(failedAt));
        m_disk->release();
        const Form &f = m_forms.at(failedAt);
        auto again = service.certify({f.formNo, f.checkCode, f.person.idNo});
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(count("SELECT count(*) FROM certifications"), qint64(failedAt + 1));
    }

    void importOnAFullDisk()
    {
        auto sup = signIn("sup");
        QVERIFY(sup);
        const QList<Form> more = syncForms(QStringLiteral("DI"), 3000, QDate::currentDate());
        const int before = m_center->formCount();
        QVERIFY(m_disk->fill(64 * 1024));
        auto r = ImportService(*sup).importBytes(ImportKind::Forms, formsJson(more), QStringLiteral("more.json"),
                                                 TextEncoding::Utf8);
        QVERIFY2(!r, "an import of 3,000 forms fitted into 64 KiB");
        QVERIFY2(isDiskFull(r.error()), qPrintable(r.error().message));
        QCOMPARE(soundness(*sup), QString());
        QCOMPARE(m_center->formCount(), before); // all or nothing
        m_disk->release();
        auto again = ImportService(*sup).importBytes(ImportKind::Forms, formsJson(more), QStringLiteral("more.json"),
                                                     TextEncoding::Utf8);
        QVERIFY2(again && again->accepted(), again ? "rows refused" : qPrintable(again.error().message));
        QCOMPARE(m_center->formCount(), before + 3000);
    }

    void keyFileSaveOnAFullDisk()
    {
        auto admin = signIn("admin");
        QVERIFY(admin);
        const QString keyPath = KeySlotFile::pathForDatabase(m_center->dbPath());
        const QByteArray before = readFile(keyPath);
        QVERIFY(!before.isEmpty());
        QVERIFY(m_disk->fill());
        const Status saved = SessionAccess::keys(*admin).update([&](KeySlotFile &k) {
            return k.setSlot(QStringLiteral("extra"), KeySlotFile::SlotKind::Password, QStringLiteral("extra-pass"),
                             SessionAccess::dbKey(*admin), SyncCenter::kIterations);
        });
        QVERIFY2(!saved, "the key file was saved on a full disk");
        QCOMPARE(saved.error().code, ErrorCode::KeyfileWrite);
        QVERIFY(saved.error().message.contains(keyPath));
        QCOMPARE(readFile(keyPath), before); // the old file untouched, no torn copy
        QVERIFY(KeySlotFile::load(keyPath).ok());

        // user add: the slot write or the database commit fails; either way no account and no slot remain.
        auto added = AccountService(*admin).add(QStringLiteral("newclerk"), Role::Clerk, QStringLiteral("新"),
                                                QStringLiteral("newclerk-pass"));
        QVERIFY(!added);
        QVERIFY2(added.error().code == ErrorCode::KeyfileWrite || isDiskFull(added.error()),
                 qPrintable(added.error().message));
        m_disk->release();
        QVERIFY(
            !Session::open(m_center->dbPath(), QStringLiteral("newclerk"), QStringLiteral("newclerk-pass"), m_clock));
        auto keys = KeySlotFile::load(keyPath);
        QVERIFY(keys);
        QVERIFY(!keys->accounts().contains(QStringLiteral("newclerk")));
        QVERIFY(!keys->accounts().contains(QStringLiteral("extra")));
        QCOMPARE(soundness(*admin), QString());
        // Space back: the same add works.
        auto again = AccountService(*admin).add(QStringLiteral("newclerk"), Role::Clerk, QStringLiteral("新"),
                                                QStringLiteral("newclerk-pass"));
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(
            Session::open(m_center->dbPath(), QStringLiteral("newclerk"), QStringLiteral("newclerk-pass"), m_clock));
    }

    void cleanupTestCase()
    {
        m_center.reset(); // close the database before the disk goes
        m_disk.reset();
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
