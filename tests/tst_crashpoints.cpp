// Crash points: certify, import, user add, user passwd (key-slot writes), a migration and a sync pull each run in
// a child process (tests/crashchild) that is SIGKILLed — at a random named fault point (just before/after a
// database commit, after the key-slot file's temporary copy is written, after it replaced the old one) or after a
// random delay. After every kill: the database opens, PRAGMA integrity_check is ok, the audit chain and the record
// seals verify, no record is lost or doubled, and no key slot is orphaned (a slot whose account the database does
// not hold) nor any account stranded without one. More than 200 kills in all; each operation then finishes cleanly.
//
// CERTDESK_CRASH_SEED=N replays the kill choices of seed N (the seed in use is printed).

#include "crypto/keyslots.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/recordseal.h"
#include "store/schema.h"
#include "syncdeployment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

struct ChildRun
{
    bool killed = false; // died by SIGKILL (at a point, or from here)
    int points = 0;      // fault points passed, when it ended normally
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray err;
};

constexpr int kLockedExit = 75;       // the child's sign-in was refused by the lockout (tests/crashchild)
constexpr qint64 kPastLockout = 3601; // seconds: longer than the longest lockout delay (keyslots.cpp)
qint64 g_secondsAhead = 0;            // the children's clock; moves on only past a lockout, so dates barely drift

ChildRun runOnce(const QStringList &args, int killAt, int killAfterMs)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(CERTDESK_CRASHCHILD_BIN),
            args + QStringList{QStringLiteral("--kill-at"), QString::number(killAt), QStringLiteral("--seconds-later"),
                               QString::number(g_secondsAhead)});
    ChildRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        r.killed = true;
        return r;
    }
    p.waitForFinished(120000);
    r.ms = clock.elapsed();
    r.killed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.indexOf("points ");
    r.points = at < 0 ? 0 : out.mid(at + 7).trimmed().toInt();
    return r;
}

// Runs the child; killAt > 0 makes it die at that fault point, killAfterMs >= 0 kills it from here after that long.
// Kills inside a sign-in count as failed attempts and may lock the account (by design: the lockout fails closed);
// a run refused by the lockout is run again with the children's clock past it, so every attempt really runs.
ChildRun runChild(const QStringList &args, int killAt, int killAfterMs = -1)
{
    ChildRun r = runOnce(args, killAt, killAfterMs);
    for (int tries = 0; !r.killed && r.exitCode == kLockedExit && tries < 3; ++tries) {
        g_secondsAhead += kPastLockout;
        r = runOnce(args, killAt, killAfterMs);
    }
    return r;
}

QString scalarText(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error().message;
    auto row = q->step();
    return !row ? row.error().message : row.value() ? q->text(0) : QString();
}

qint64 scalar(Database &db, const char *sql)
{
    bool ok = false;
    const qint64 v = scalarText(db, sql).toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace

class CrashPointsTest : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QRandomGenerator m_random;
    int m_attempts = 0;
    int m_kills = 0;

    // Empty when the counter database at `dbPath` is sound after a kill; otherwise what is wrong.
    QString soundness(const QString &dbPath)
    {
        // Signing in also sweeps slots an interrupted add/disable left (AccountService::dropOrphanSlots).
        auto s =
            Session::open(dbPath, QStringLiteral("admin"), SyncCenter::passwordOf(QStringLiteral("admin")), m_clock);
        if (!s)
            return QStringLiteral("does not open: ") + s.error().message;
        Database &db = SessionAccess::db(*s.value());
        if (const QString ic = scalarText(db, "PRAGMA integrity_check"); ic != QLatin1String("ok"))
            return QStringLiteral("integrity_check: ") + ic;
        if (auto chain = s.value()->audit().verify(); !chain)
            return QStringLiteral("audit chain: ") + chain.error().message;
        if (auto seals = verifyCertificationSeals(db); !seals)
            return QStringLiteral("seals: ") + seals.error().message;
        const qint64 records = scalar(db, "SELECT count(*) FROM certifications");
        if (records != scalar(db, "SELECT count(DISTINCT form_id) FROM certifications"))
            return QStringLiteral("a form certified twice");
        if (records != scalar(db, "SELECT count(*) FROM outbox"))
            return QStringLiteral("records and outbox rows differ");
        auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(dbPath));
        if (!keys)
            return QStringLiteral("key file: ") + keys.error().message;
        auto accounts = listAccounts(db);
        if (!accounts)
            return accounts.error().message;
        QSet<QString> active;
        for (const Account &a : accounts.value())
            if (a.active)
                active.insert(a.username);
        const QStringList slotted = keys->accounts();
        const QSet<QString> withSlot(slotted.begin(), slotted.end());
        if (!(withSlot - active).isEmpty())
            return QStringLiteral("orphaned key slot: ") + QStringList((withSlot - active).values()).join(u',');
        if (!(active - withSlot).isEmpty())
            return QStringLiteral("account without a slot: ") + QStringList((active - withSlot).values()).join(u',');
        return {};
    }

    bool opens(const QString &dbPath, const QString &user, const QString &password)
    {
        return Session::open(dbPath, user, password, m_clock).ok();
    }

    // One kill: every other one at a random fault point of the clean run's `points`, the rest after a random part of
    // its duration. A child that finished before its kill moment (it ran faster than the clean run: a loaded
    // machine's timing varies) is run again with a moment drawn from its own duration, at most twice; only kills
    // count. Returns the child's last run.
    ChildRun killOnce(const QStringList &args, int points, qint64 cleanMs)
    {
        ++m_attempts;
        if (m_attempts % 2 == 0 && points > 0) {
            const ChildRun r = runChild(args, 1 + int(m_random.bounded(points)));
            m_kills += r.killed ? 1 : 0;
            return r;
        }
        qint64 span = cleanMs;
        ChildRun r;
        for (int tries = 0; tries < 3 && !r.killed; ++tries) {
            r = runChild(args, 0, int(m_random.bounded(qMax<qint64>(1, span / 2))));
            span = qMin(span, qMax<qint64>(r.ms, 2));
        }
        m_kills += r.killed ? 1 : 0;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("CERTDESK_CRASH_SEED")
                                 ? qEnvironmentVariable("CERTDESK_CRASH_SEED").toUInt()
                                 : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("crash seed %u (CERTDESK_CRASH_SEED=%u replays the kill choices)", seed, seed);
    }

    void certify()
    {
        SyncCenter center(QStringLiteral("K1"), QStringLiteral("测试中心"));
        QVERIFY(center.valid());
        QList<Form> all;
        int points = 0;
        qint64 cleanMs = 0;
        for (int i = 0; i < 61; ++i) {
            const QList<Form> forms = syncForms(QStringLiteral("KC%1").arg(i), 4, QDate::currentDate());
            QVERIFY(center.importForms(forms));
            all += forms;
            const QString file = center.filePath(QStringLiteral("certify%1.json").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(formsJson(forms)) > 0);
            f.close();
            const QStringList args{QStringLiteral("--db"),    center.dbPath(),          QStringLiteral("--op"),
                                   QStringLiteral("certify"), QStringLiteral("--file"), file};
            if (i == 0) { // the clean run that measures
                const ChildRun clean = runChild(args, 0);
                QCOMPARE(clean.exitCode, 0);
                points = clean.points;
                cleanMs = clean.ms;
                QVERIFY2(points >= 8, "certify passes no fault points");
                continue;
            }
            killOnce(args, points, cleanMs);
            const QString why = soundness(center.dbPath());
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("certify kill %1: %2").arg(i).arg(why)));
        }
        // Everything not certified before its kill is certified now, once.
        const QString file = center.filePath(QStringLiteral("all.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(formsJson(all)) > 0);
        f.close();
        const auto last = runChild({QStringLiteral("--db"), center.dbPath(), QStringLiteral("--op"),
                                    QStringLiteral("certify"), QStringLiteral("--file"), file},
                                   0);
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QCOMPARE(soundness(center.dbPath()), QString());
        QCOMPARE(center.outboxStates().value(QStringLiteral("pending")), int(all.size()));
    }

    void import()
    {
        SyncCenter center(QStringLiteral("K2"), QStringLiteral("测试中心"));
        QVERIFY(center.valid());
        constexpr int kRows = 100;
        int points = 0, held = 0;
        qint64 cleanMs = 0;
        QStringList files;
        for (int i = 0; i < 46; ++i) {
            const QString file = center.filePath(QStringLiteral("import%1.json").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) &&
                    f.write(formsJson(syncForms(QStringLiteral("KI%1").arg(i), kRows, QDate::currentDate()))) > 0);
            f.close();
            files << file;
            const QStringList args{QStringLiteral("--db"),   center.dbPath(),          QStringLiteral("--op"),
                                   QStringLiteral("import"), QStringLiteral("--file"), file};
            const ChildRun run = i == 0 ? runChild(args, 0) : killOnce(args, points, cleanMs);
            if (i == 0) {
                QCOMPARE(run.exitCode, 0);
                points = run.points;
                cleanMs = run.ms;
            }
            const QString why = soundness(center.dbPath());
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("import kill %1: %2").arg(i).arg(why)));
            const int now = center.formCount();
            QVERIFY2(now == held || now == held + kRows, "an import was half stored");
            held = now;
        }
        for (const QString &file : files) {
            const ChildRun again = runChild({QStringLiteral("--db"), center.dbPath(), QStringLiteral("--op"),
                                             QStringLiteral("import"), QStringLiteral("--file"), file},
                                            0);
            QVERIFY2(again.exitCode == 0, again.err.constData());
        }
        QCOMPARE(center.formCount(), int(files.size()) * kRows);
    }

    void userAddAndPasswd()
    {
        SyncCenter center(QStringLiteral("K3"), QStringLiteral("测试中心"));
        QVERIFY(center.valid());
        const QString db = center.dbPath();
        auto args = [&](const char *op, const QString &name, const QString &password) {
            return QStringList{QStringLiteral("--db"),   db,   QStringLiteral("--op"),       QLatin1String(op),
                               QStringLiteral("--name"), name, QStringLiteral("--password"), password};
        };
        const ChildRun clean = runChild(args("useradd", QStringLiteral("u0"), QStringLiteral("u0-secret!")), 0);
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.points >= 4, "user add passes no fault points");
        for (int i = 1; i <= 40; ++i) {
            const QString name = QStringLiteral("u%1").arg(i);
            const QString secret = name + QStringLiteral("-secret!");
            killOnce(args("useradd", name, secret), clean.points, clean.ms);
            const QString why = soundness(db);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("user add kill %1: %2").arg(i).arg(why)));
            // Either the account exists and its password opens the database, or neither.
            auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(db));
            QVERIFY(keys);
            const bool slot = keys->hasSlot(name, KeySlotFile::SlotKind::Password);
            QCOMPARE(opens(db, name, secret), slot);
            if (!slot) // the add is simply done again
                QCOMPARE(runChild(args("useradd", name, secret), 0).exitCode, 0);
            QVERIFY(opens(db, name, secret));
        }

        // Passwords of u0 alternate between two values; after each kill exactly the old or the new one opens.
        QString current = QStringLiteral("u0-secret!");
        const ChildRun cleanPw = runChild(args("passwd", QStringLiteral("u0"), QStringLiteral("u0-other-1")), 0);
        QCOMPARE(cleanPw.exitCode, 0);
        current = QStringLiteral("u0-other-1");
        for (int i = 2; i <= 31; ++i) {
            const QString next = QStringLiteral("u0-other-%1").arg(i);
            killOnce(args("passwd", QStringLiteral("u0"), next), cleanPw.points, cleanPw.ms);
            const QString why = soundness(db);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("passwd kill %1: %2").arg(i).arg(why)));
            const bool isNew = opens(db, QStringLiteral("u0"), next);
            const bool isOld = opens(db, QStringLiteral("u0"), current);
            QVERIFY2(isNew != isOld, "exactly one of the old and the new password must open the database");
            if (isNew)
                current = next;
        }
    }

    void migration()
    {
        QTemporaryDir dir;
        int made = 0, points = 0, kills = 0;
        qint64 cleanMs = 0;
        QString db;
        QByteArray key;
        // A database at schema 0 with an admin slot: the child migrates it through every step.
        auto fresh = [&] {
            db = dir.filePath(QStringLiteral("old%1.db").arg(++made));
            key = QByteArray(32, char(made));
            auto opened = Database::open(db, key, true);
            KeySlotFile keys = KeySlotFile::create(KeySlotFile::pathForDatabase(db));
            return opened.ok() &&
                   keys.setSlot(QStringLiteral("admin"), KeySlotFile::SlotKind::Password,
                                SyncCenter::passwordOf(QStringLiteral("admin")), key, SyncCenter::kIterations)
                       .ok() &&
                   keys.save().ok();
        };
        QVERIFY(fresh());
        const auto args = [&] {
            return QStringList{QStringLiteral("--db"), db, QStringLiteral("--op"), QStringLiteral("migrate")};
        };
        const ChildRun clean = runChild(args(), 0);
        QCOMPARE(clean.exitCode, 0);
        points = clean.points;
        cleanMs = clean.ms;
        QVERIFY2(points >= 2 * latestSchemaVersion(), "the migration passes no fault points");
        QVERIFY(fresh());
        while (kills < 25) {
            killOnce(args(), points, cleanMs);
            ++kills;
            auto opened = Database::open(db, key, false);
            QVERIFY2(opened, "the half-migrated database does not open");
            QCOMPARE(scalarText(*opened.value(), "PRAGMA integrity_check"), QStringLiteral("ok"));
            auto version = schemaVersion(*opened.value());
            QVERIFY(version);
            QVERIFY(version.value() >= 0 && version.value() <= latestSchemaVersion());
            if (version.value() == latestSchemaVersion())
                QVERIFY(fresh());
        }
        // The last one migrates to the end from wherever it was left.
        QCOMPARE(runChild(args(), 0).exitCode, 0);
        auto opened = Database::open(db, key, false);
        QVERIFY(opened);
        QCOMPARE(schemaVersion(*opened.value()).value(), latestSchemaVersion());
        QCOMPARE(migrate(*opened.value()).ok(), true);
    }

    void pull()
    {
        std::unique_ptr<SyncDeployment> d;
        QString skip, why;
        QVERIFY2(startCounty(CountyBackend::Sqlite, &d, &skip, &why), qPrintable(why));
        QVERIFY(d);
        auto center = d->addCenter(QStringLiteral("K4"), QStringLiteral("测试中心"));
        QVERIFY(center);
        const QStringList args{QStringLiteral("--db"), center->dbPath(), QStringLiteral("--op"),
                               QStringLiteral("pull")};
        constexpr int kForms = 300;
        int points = 0, total = 0;
        qint64 cleanMs = 0;
        for (int i = 0; i < 21; ++i) {
            QVERIFY(d->importForms(syncForms(QStringLiteral("KP%1").arg(i), kForms, QDate::currentDate()),
                                   QStringLiteral("K4")));
            total += kForms;
            const int before = center->formCount();
            const ChildRun run = i == 0 ? runChild(args, 0) : killOnce(args, points, cleanMs);
            if (i == 0) {
                QVERIFY2(run.exitCode == 0, run.err.constData());
                points = run.points;
                cleanMs = run.ms;
            }
            const QString problem = soundness(center->dbPath());
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("pull kill %1: %2").arg(i).arg(problem)));
            const int now = center->formCount();
            QVERIFY2(now >= before && now <= total, "forms lost or doubled by a killed pull");
        }
        QCOMPARE(runChild(args, 0).exitCode, 0);
        QCOMPARE(center->formCount(), total);
    }

    void cleanupTestCase()
    {
        qInfo("%d kills in %d attempts", m_kills, m_attempts);
        QVERIFY2(m_kills >= 200, "fewer than 200 kills");
    }
};

QTEST_GUILESS_MAIN(CrashPointsTest)
#include "tst_crashpoints.moc"
