// Accounts and key slots: any active account unlocks, disabling removes the slot, roles are enforced.
#include "fixture.h"

#include "crypto/keyslots.h"
#include "services/accounts.h"
#include "testerrorcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace certdesk;

namespace {

QJsonObject slotOf(const QString &keyFile, const QString &account, const QString &kind)
{
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray slots = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("slots")).toArray();
    for (const QJsonValue &v : slots)
        if (v[QLatin1String("account")].toString() == account && v[QLatin1String("kind")].toString() == kind)
            return v.toObject();
    return {};
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyActiveAccountUnlocks()
    {
        test::TestCenter c;
        c.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        auto s = c.open(QStringLiteral("clerk"));
        QVERIFY(s);
        QCOMPARE(s->account().fullName, QStringLiteral("李经办"));
        QCOMPARE(s->account().role, Role::Clerk);
        QCOMPARE(s->center().code, QStringLiteral("T001"));
    }

    void wrongPasswordAndUnknownUser()
    {
        test::TestCenter c;
        auto wrong = Session::open(c.dbPath, QStringLiteral("admin"), QStringLiteral("nope-nope"), c.clock);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Auth);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        // A password typed into the user field must not be stored in clear (lockout counters).
        auto unknown = Session::open(c.dbPath, QStringLiteral("S3cret-Typed-Here"), QStringLiteral("x"), c.clock);
        QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
        QFile f(KeySlotFile::pathForDatabase(c.dbPath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("S3cret-Typed-Here"));
        QCOMPARE(Session::open(c.dbPath + QStringLiteral(".none"), QStringLiteral("admin"),
                               test::TestCenter::passwordOf(QStringLiteral("admin")), c.clock)
                     .error()
                     .code,
                 ErrorCode::NoDatabase);
    }

    void lockoutAfterFiveFailures()
    {
        test::TestCenter c;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                Session::open(c.dbPath, QStringLiteral("admin"), QStringLiteral("wrong-pass"), c.clock).error().code,
                ErrorCode::WrongPassword);
        auto locked = Session::open(c.dbPath, QStringLiteral("admin"),
                                    test::TestCenter::passwordOf(QStringLiteral("admin")), c.clock);
        QCOMPARE(locked.error().code, ErrorCode::Locked);
        c.clock.advanceSecs(31);
        QVERIFY(c.open(QStringLiteral("admin")));
    }

    void recoveryCodeUnlocksAdmin()
    {
        test::TestCenter c;
        const QString typed = c.recoveryCode.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        auto s = Session::open(c.dbPath, QStringLiteral("admin"), typed, c.clock);
        QVERIFY(s.ok());
        QCOMPARE(s.value()->account().role, Role::Admin);
    }

    void addRules()
    {
        test::TestCenter c;
        auto admin = c.open(QStringLiteral("admin"));
        AccountService svc(*admin);
        QCOMPARE(svc.add(QStringLiteral("a b"), Role::Clerk, {}, QStringLiteral("longenough")).error().code,
                 ErrorCode::Username);
        QCOMPARE(svc.add(QStringLiteral("bob\n"), Role::Clerk, {}, QStringLiteral("longenough")).error().code,
                 ErrorCode::Username);
        QCOMPARE(svc.add(QStringLiteral("bob"), Role::Clerk, {}, QStringLiteral("short")).error().code,
                 ErrorCode::WeakPassword);
        QVERIFY(svc.add(QStringLiteral("bob"), Role::Clerk, {}, QStringLiteral("longenough")).ok());
        QCOMPARE(svc.add(QStringLiteral("bob"), Role::Clerk, {}, QStringLiteral("longenough")).error().code,
                 ErrorCode::Exists);
        auto list = svc.list();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).username, QStringLiteral("bob"));
        QCOMPARE(list->at(1).fullName, QStringLiteral("bob"));
    }

    void clerkCannotManageAccounts()
    {
        test::TestCenter c;
        c.addUser(QStringLiteral("clerk"), Role::Clerk);
        auto clerk = c.open(QStringLiteral("clerk"));
        AccountService svc(*clerk);
        QCOMPARE(svc.add(QStringLiteral("eve"), Role::Admin, {}, QStringLiteral("longenough")).error().code,
                 ErrorCode::Permission);
        QCOMPARE(svc.disable(QStringLiteral("admin")).error().code, ErrorCode::Permission);
        QCOMPARE(svc.changePassword(QStringLiteral("admin"), QStringLiteral("longenough")).error().code,
                 ErrorCode::Permission);
        QCOMPARE(svc.list().error().code, ErrorCode::Permission);
        // Own password: allowed.
        QVERIFY(svc.changePassword(QStringLiteral("clerk"), QStringLiteral("clerk-new-password")).ok());
    }

    void disableRemovesSlot()
    {
        test::TestCenter c;
        c.addUser(QStringLiteral("clerk"), Role::Clerk);
        auto admin = c.open(QStringLiteral("admin"));
        QVERIFY(AccountService(*admin).disable(QStringLiteral("clerk")).ok());
        QVERIFY(slotOf(KeySlotFile::pathForDatabase(c.dbPath), QStringLiteral("clerk"), QStringLiteral("password"))
                    .isEmpty());
        auto s = Session::open(c.dbPath, QStringLiteral("clerk"), test::TestCenter::passwordOf(QStringLiteral("clerk")),
                               c.clock);
        QCOMPARE(s.error().kind, Error::Kind::Auth);
        auto list = AccountService(*admin).list();
        QVERIFY(!list->at(1).active);
        QCOMPARE(AccountService(*admin).disable(QStringLiteral("nobody")).error().code, ErrorCode::NoSuchAccount);
    }

    void lastAdminStays()
    {
        test::TestCenter c;
        auto admin = c.open(QStringLiteral("admin"));
        QCOMPARE(AccountService(*admin).disable(QStringLiteral("admin")).error().code, ErrorCode::LastAdmin);
        c.addUser(QStringLiteral("admin2"), Role::Admin);
        QVERIFY(AccountService(*admin).disable(QStringLiteral("admin2")).ok());
    }

    void passwordChangeRewrapsOnlyThatSlot()
    {
        test::TestCenter c;
        c.addUser(QStringLiteral("clerk"), Role::Clerk);
        const QString keys = KeySlotFile::pathForDatabase(c.dbPath);
        const QJsonObject adminBefore = slotOf(keys, QStringLiteral("admin"), QStringLiteral("password"));
        const QJsonObject recoveryBefore = slotOf(keys, QStringLiteral("admin"), QStringLiteral("recovery"));
        const QJsonObject clerkBefore = slotOf(keys, QStringLiteral("clerk"), QStringLiteral("password"));
        auto admin = c.open(QStringLiteral("admin"));
        QVERIFY(AccountService(*admin).changePassword(QStringLiteral("clerk"), QStringLiteral("brand-new-pw")).ok());
        QCOMPARE(slotOf(keys, QStringLiteral("admin"), QStringLiteral("password")), adminBefore);
        QCOMPARE(slotOf(keys, QStringLiteral("admin"), QStringLiteral("recovery")), recoveryBefore);
        QVERIFY(slotOf(keys, QStringLiteral("clerk"), QStringLiteral("password")) != clerkBefore);
        QCOMPARE(Session::open(c.dbPath, QStringLiteral("clerk"), test::TestCenter::passwordOf(QStringLiteral("clerk")),
                               c.clock)
                     .error()
                     .code,
                 ErrorCode::WrongPassword);
        QVERIFY(Session::open(c.dbPath, QStringLiteral("clerk"), QStringLiteral("brand-new-pw"), c.clock).ok());
    }

    void initRefusesExistingAndBadInput()
    {
        test::TestCenter c;
        InitRequest r;
        r.dbPath = c.dbPath;
        r.center = {QStringLiteral("X"), QStringLiteral("Y")};
        r.adminUser = QStringLiteral("root");
        r.adminPassword = QStringLiteral("long-password");
        r.kdfIterations = test::TestCenter::kIterations;
        QCOMPARE(Session::initialize(r, c.clock).error().code, ErrorCode::Exists);
        QVERIFY(c.open(QStringLiteral("admin"))); // untouched
        r.dbPath = c.dir.filePath(QStringLiteral("other.db"));
        r.adminPassword = QStringLiteral("short");
        QCOMPARE(Session::initialize(r, c.clock).error().code, ErrorCode::WeakPassword);
        r.adminPassword = QStringLiteral("long-password");
        r.center.windowStart = QStringLiteral("07-01");
        r.center.windowEnd = QStringLiteral("06-30");
        QCOMPARE(Session::initialize(r, c.clock).error().code, ErrorCode::Window);
        QVERIFY(!QFile::exists(r.dbPath));
        QVERIFY(!QFile::exists(KeySlotFile::pathForDatabase(r.dbPath)));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
