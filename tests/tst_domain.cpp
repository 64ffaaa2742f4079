// Pure domain rules: cycle windows, next due dates, roles.
#include "domain/account.h"
#include "domain/center.h"
#include "domain/types.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedWindowFromSeed()
    {
        CenterConfig c; // 04-01..06-30, as 人社厅发〔2012〕97号
        const DateWindow w = certificationWindow(c, 2027, QDate(2027, 5, 1));
        QCOMPARE(w.from, QDate(2027, 4, 1));
        QCOMPARE(w.to, QDate(2027, 6, 30));
        QVERIFY(w.contains(QDate(2027, 4, 1)));
        QVERIFY(w.contains(QDate(2027, 6, 30)));
        QVERIFY(!w.contains(QDate(2027, 3, 31)));
        QVERIFY(!w.contains(QDate(2027, 7, 1)));
        QCOMPARE(nextDueDate(c, QDate(2027, 5, 3)), QDate(2028, 6, 30));
    }

    void configuredWindowAndLeapDay()
    {
        CenterConfig c;
        c.windowStart = QStringLiteral("01-15");
        c.windowEnd = QStringLiteral("02-29");
        QCOMPARE(certificationWindow(c, 2027, {}).to, QDate(2027, 2, 28));
        QCOMPARE(certificationWindow(c, 2028, {}).to, QDate(2028, 2, 29));
    }

    void rollingWindow()
    {
        CenterConfig c;
        c.policy = CyclePolicy::Rolling;
        const DateWindow w = certificationWindow(c, 2027, QDate(2027, 3, 15));
        QCOMPARE(w.from, QDate(2026, 3, 16));
        QCOMPARE(w.to, QDate(2027, 3, 15));
        QCOMPARE(nextDueDate(c, QDate(2026, 11, 27)), QDate(2027, 11, 27));
    }

    void windowSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("seed") << "04-01..06-30" << true;
        QTest::newRow("one day") << "05-05..05-05" << true;
        QTest::newRow("leap") << "02-29..03-01" << true;
        QTest::newRow("reversed") << "07-01..06-30" << false;
        QTest::newRow("bad month") << "13-01..12-31" << false;
        QTest::newRow("bad day") << "04-31..05-01" << false;
        QTest::newRow("no dots") << "04-01-06-30" << false;
        QTest::newRow("short") << "4-1..6-30" << false;
    }

    void windowSpec()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        auto w = parseWindowSpec(spec);
        QCOMPARE(w.ok(), valid);
        if (!valid)
            QCOMPARE(w.error().code, ErrorCode::Window);
    }

    void roles()
    {
        QVERIFY(roleAllows(Role::Clerk, Permission::Certify));
        QVERIFY(!roleAllows(Role::Clerk, Permission::Override));
        QVERIFY(!roleAllows(Role::Clerk, Permission::Import));
        QVERIFY(!roleAllows(Role::Clerk, Permission::Workload));
        QVERIFY(roleAllows(Role::Supervisor, Permission::Override));
        QVERIFY(roleAllows(Role::Supervisor, Permission::Workload));
        QVERIFY(!roleAllows(Role::Supervisor, Permission::ManageAccounts));
        QVERIFY(roleAllows(Role::Admin, Permission::ManageAccounts));
        QVERIFY(!roleAllows(Role::Admin, Permission::Certify));
        Role r;
        QVERIFY(roleFromKey(QStringLiteral("supervisor"), &r) && r == Role::Supervisor);
        QVERIFY(!roleFromKey(QStringLiteral("root"), &r));
    }

    void variantsAndMethods()
    {
        FormVariant v;
        QVERIFY(variantFromText(QStringLiteral("非网上认证"), &v) && v == FormVariant::Mail);
        QVERIFY(variantFromText(QStringLiteral("网上认证"), &v) && v == FormVariant::Online);
        QVERIFY(variantFromText(QStringLiteral("MAIL"), &v) && v == FormVariant::Mail);
        QVERIFY(!variantFromText(QStringLiteral("fax"), &v));
        IdentityMethod m;
        QVERIFY(methodFromKey(QStringLiteral("sscard"), &m) && m == IdentityMethod::SsCard);
        QVERIFY(!methodFromKey(QStringLiteral("face"), &m));
        QCOMPARE(methodKey(IdentityMethod::IdCard), QStringLiteral("idcard"));
    }
};

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
