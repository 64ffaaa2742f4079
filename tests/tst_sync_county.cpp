// County-wide service end to end against a real certdesk-county process, on SQLite and on PostgreSQL
// (97号 三: any recognised center of the county serves any pensioner of it): every center pulls every form of the
// county, a form listed under one center and certified at another is accepted there, the listed center learns on
// its next pull that it was certified elsewhere and refuses to certify it again, and the county office runs a
// counter of its own (a center with the county's code).

#include "syncdeployment.h"

#include <QJsonArray>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

class SyncCountyTest : public SyncBackendSuite
{
    Q_OBJECT

private:
private Q_SLOTS:
    void initTestCase() { startBackends(); }

    void init() { skipRowWithoutCounty(); }

    void crossCenterCertification_data() { backendRows(); }
    void crossCenterCertification()
    {
        SyncDeployment &d = deployment();
        const QList<Form> forms = syncForms(QStringLiteral("XC"), 3, QDate::currentDate());
        auto home = d.addCenter(QStringLiteral("K1"), QStringLiteral("测试一街道服务中心"));
        auto away = d.addCenter(QStringLiteral("K2"), QStringLiteral("测试二镇服务中心"));
        QVERIFY(home && away);
        QVERIFY(d.importForms(forms, QStringLiteral("K1")));
        CLI_EXPECT_EXIT(home->sync(), 0);
        CLI_EXPECT_EXIT(away->sync(), 0);
        // Every center holds every form of the county.
        QCOMPARE(home->formCount(), 3);
        QCOMPARE(away->formCount(), 3);

        // The pensioner of K1's list walks into K2: certified there, accepted by the county.
        QVERIFY(away->certify(forms.mid(0, 1)));
        const CliResult pushed = away->sync();
        CLI_EXPECT_EXIT(pushed, 0);
        QCOMPARE(pushed.json().value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications WHERE center_code = 'K2' AND "
                                               "status = 'accepted' AND form_no = '%1'")
                                    .arg(forms[0].formNo)),
                 1);

        // K1's next pull says "certified elsewhere": the form stays, certifying it again is refused.
        CLI_EXPECT_EXIT(home->sync(), 0);
        QCOMPARE(home->formCount(), 3);
        QCOMPARE(home->refusalOf(forms[0]), QStringLiteral("already_certified"));
        QCOMPARE(home->refusalOf(forms[1]), QString());
        // K2 ignores the county's echo of its own record.
        QCOMPARE(away->refusalOf(forms[0]), QStringLiteral("already_certified")); // its own record, as always
        CLI_EXPECT_EXIT(home->sync(), 0);
        QCOMPARE(home->outboxStates().value(QStringLiteral("acked")), 1);
        QCOMPARE(home->outboxConflicts(), 0);
    }

    void countyOfficeCounter_data() { backendRows(); }
    void countyOfficeCounter()
    {
        SyncDeployment &d = deployment();
        const QList<Form> forms = syncForms(QStringLiteral("XO"), 2, QDate::currentDate());
        // The county office is a center with the county's own code (SyncDeployment inits county 370102).
        auto office = d.addCenter(QStringLiteral("370102"), QStringLiteral("测试县社会保险事业管理局"));
        QVERIFY(office);
        QVERIFY(d.importForms(forms, QStringLiteral("370102")));
        CLI_EXPECT_EXIT(office->sync(), 0);
        QVERIFY(office->formCount() >= 2);
        QVERIFY(office->certify(forms));
        const CliResult r = office->sync();
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.json().value(QStringLiteral("accepted")).toInt(), 2);
    }

    // 工作量统计 agrees: each center's own report equals its rows in the county's, for the same dates (one
    // definition, domain/workload.h; refusals reach the county with the pull).
    void workloadAgrees_data() { backendRows(); }
    void workloadAgrees()
    {
        SyncDeployment &d = deployment();
        const QDate today = QDate::currentDate();
        const QList<Form> forms = syncForms(QStringLiteral("WA"), 6, today);
        auto a = d.addCenter(QStringLiteral("W1"), QStringLiteral("测试甲街道服务中心"));
        auto b = d.addCenter(QStringLiteral("W2"), QStringLiteral("测试乙镇服务中心"));
        QVERIFY(a && b);
        QVERIFY(d.importForms(forms, QStringLiteral("W1")));
        CLI_EXPECT_EXIT(a->sync(), 0);
        CLI_EXPECT_EXIT(b->sync(), 0);
        QVERIFY(a->certify(forms.mid(0, 3)));
        QVERIFY(b->certify(forms.mid(3, 2), false));
        // Real refusals at both (already certified), pushed with the next pull.
        QCOMPARE(a->refusalOf(forms[0]), QStringLiteral("already_certified"));
        QCOMPARE(b->refusalOf(forms[3]), QStringLiteral("already_certified"));
        QCOMPARE(b->refusalOf(forms[3]), QStringLiteral("already_certified"));
        CLI_EXPECT_EXIT(a->sync(), 0);
        CLI_EXPECT_EXIT(b->sync(), 0);
        for (SyncCenter *c : {a.get(), b.get()}) {
            const QJsonArray own = c->workloadJson(today, today);
            const QJsonArray county =
                d.county().workload(today, today, c->code()).value(QStringLiteral("rows")).toArray();
            QVERIFY2(!own.isEmpty(), qPrintable(c->code()));
            QCOMPARE(county, own);
        }
        const QJsonArray rowsB = b->workloadJson(today, today);
        QCOMPARE(rowsB[0][QStringLiteral("online_deceased")].toInt(), 2);
        QCOMPARE(rowsB[0][QStringLiteral("refusals")].toInt(), 2);
        QCOMPARE(rowsB[0][QStringLiteral("clerk_name")].toString().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(SyncCountyTest)
#include "tst_sync_county.moc"
