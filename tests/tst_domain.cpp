// Pure domain rules: cycle windows, next due dates, roles.
#include "domain/account.h"
#include "domain/center.h"
#include "domain/types.h"
#include "domain/workload.h"
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

    // The workload chart's data: every day of the range, days without work as zeros, rows outside left out.
    void dailyWorkloadFillsEveryDay()
    {
        WorkloadRow a;
        a.date = QDate(2026, 5, 2);
        a.alive = 2;
        a.addressChanges = 1;
        WorkloadRow b = a; // another clerk, same day
        b.alive = 1;
        b.deceased = 1;
        b.addressChanges = 0;
        WorkloadRow outside = a;
        outside.date = QDate(2026, 5, 9);
        const auto days = dailyWorkload({a, b, outside}, QDate(2026, 5, 1), QDate(2026, 5, 3));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0], (WorkloadDay{QDate(2026, 5, 1), 0, 0, 0}));
        QCOMPARE(days[1], (WorkloadDay{QDate(2026, 5, 2), 3, 1, 1}));
        QCOMPARE(days[2], (WorkloadDay{QDate(2026, 5, 3), 0, 0, 0}));
        QVERIFY(dailyWorkload({a}, QDate(2026, 5, 3), QDate(2026, 5, 1)).isEmpty()); // backwards: nothing
        QVERIFY(dailyWorkload({a}, QDate(), QDate(2026, 5, 1)).isEmpty());
    }

    // The progress line's denominator: withdrawn forms and the other forms of people certified deceased leave it;
    // a form certified deceased is done; a form certified and then withdrawn stays certified.
    void progressDenominator()
    {
        const QString p1 = QStringLiteral("110101194901010011"), p2 = QStringLiteral("110101194902020022");
        const QList<ProgressForm> forms{
            {p1, false, true},                                           // certified alive
            {p2, false, false},                                          // certified deceased
            {p2, false, std::nullopt},                                   // the same person's other form: left out
            {p1, true, std::nullopt},                                    // withdrawn: left out
            {p1, true, true},                                            // certified, withdrawn later: counts
            {QStringLiteral("110101195003030033"), false, std::nullopt}, // still to come
        };
        const CycleProgress p = computeProgress(2026, forms);
        QCOMPARE(p.cycle, 2026);
        QCOMPARE(p.withdrawn, 1);
        QCOMPARE(p.deceasedElsewhere, 1);
        QCOMPARE(p.due, 4);
        QCOMPARE(p.alive, 2);
        QCOMPARE(p.deceased, 1);
        QCOMPARE(p.certified(), 3);
        QCOMPARE(p.remaining(), 1);
        QCOMPARE(computeProgress(2026, {}).remaining(), 0);
    }
};

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
