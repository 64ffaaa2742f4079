// The client tests push to tests/support's FakeCounty; the real county decides with processPush. This contract
// test runs the same push scenarios against both and requires the same answer for every record (status, original
// status of a duplicate, refusal reason, the other center and record of a conflict), so the fake cannot drift
// from the rules of docs/sync-protocol.md. Not modelled by the fake, and covered by tst_county_store instead:
// the county's copy of a form (id_mismatch), uuids and corrections of other centers (uuid_taken,
// foreign_supersedes, unknown_form) — a single center's client never meets them except through a county's refusal.
#include "countydb.h"
#include "countystore.h"
#include "countytest.h"
#include "fakecounty.h"
#include "pushprocessor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;
using protocol::PushRecord;
using protocol::PushResult;
using protocol::PushStatus;

namespace contract {

const QString kUs = QStringLiteral("C01");    // the center whose client the fake serves
const QString kOther = QStringLiteral("C02"); // another center of the county

// One push: a batch from one center.
struct Step
{
    QString center;
    QList<PushRecord> records;
};

PushRecord correcting(const PushRecord &target, int serial)
{
    PushRecord c = makeRecord(target.formNo, serial);
    c.idNo = target.idNo;
    c.supersedes = target.uuid;
    c.correctionReason = QStringLiteral("认证方式录错");
    return c;
}

QString describe(const PushResult &r)
{
    static const char *const names[] = {"accepted", "duplicate", "conflict", "rejected"};
    return QStringLiteral("%1 original=%2 reason=%3 other=%4/%5")
        .arg(QLatin1String(names[int(r.status)]), QLatin1String(names[int(r.original)]), r.reason, r.otherCenter,
             r.otherUuid);
}

} // namespace contract

Q_DECLARE_METATYPE(contract::Step)

using namespace contract;

class TestCountyFakeContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswers_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        const PushRecord a = makeRecord(QStringLiteral("F1"), 1);
        const PushRecord b = makeRecord(QStringLiteral("F1"), 1);
        const PushRecord second = makeRecord(QStringLiteral("F1"), 1);
        PushRecord nextCycle = makeRecord(QStringLiteral("F1"), 1);
        nextCycle.cycle = 2027;
        PushRecord orphan = correcting(a, 1);
        orphan.supersedes = QStringLiteral("6f1c2a4e-0000-4000-8000-00000000dead");

        QTest::newRow("accepted, then a retry is a duplicate") << QList<Step>{{kUs, {a}}, {kUs, {a}}};
        QTest::newRow("the same record twice in one batch") << QList<Step>{{kUs, {a, a}}};
        QTest::newRow("another center was first: conflict, and its retry")
            << QList<Step>{{kOther, {b}}, {kUs, {a}}, {kUs, {a}}};
        QTest::newRow("a second record of the same form here") << QList<Step>{{kUs, {a}}, {kUs, {second}}};
        QTest::newRow("another cycle is no conflict") << QList<Step>{{kUs, {a}}, {kUs, {nextCycle}}};
        QTest::newRow("a correction of an accepted record") << QList<Step>{{kUs, {a}}, {kUs, {correcting(a, 1)}}};
        QTest::newRow("a correction of a conflicting record stays a conflict")
            << QList<Step>{{kOther, {b}}, {kUs, {a}}, {kUs, {correcting(a, 1)}}};
        QTest::newRow("a record and its correction in one batch") << QList<Step>{{kUs, {a, correcting(a, 1)}}};
        QTest::newRow("a correction of an unknown record") << QList<Step>{{kUs, {orphan}}};
        QTest::newRow("a record corrected twice")
            << QList<Step>{{kUs, {a}}, {kUs, {correcting(a, 1)}}, {kUs, {correcting(a, 1)}}};
    }

    void sameAnswers()
    {
        QFETCH(QList<Step>, steps);
        const QDateTime now(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);
        QTemporaryDir dir;
        auto db = CountyDb::open(DataDir{dir.path()}, CountyConfig{QStringLiteral("X1"), QStringLiteral("县"), {}});
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(recordEnrolment(*db.value(), kUs, QStringLiteral("一"), QStringLiteral("a1"), now, now));
        QVERIFY(recordEnrolment(*db.value(), kOther, QStringLiteral("二"), QStringLiteral("a2"), now, now));
        // The county takes records only of forms it holds (unknown_form otherwise, which the fake does not model).
        QVERIFY(importForms(*db.value(), kUs, {makeForm(QStringLiteral("F1"), 1)}, now).ok());
        test::FakeCounty fake;
        fake.centerCode = kUs;

        for (const Step &step : steps) {
            auto real = processPush(*db.value(), step.center, recordValues(step.records), now);
            QVERIFY2(real, qPrintable(real ? QString() : real.error().message));
            if (step.center != kUs) {
                // The fake hears of other centers' records only as "certified elsewhere".
                for (const PushRecord &r : step.records)
                    fake.certifiedElsewhere(r.formNo, r.cycle, step.center, r.uuid);
                continue;
            }
            auto faked = fake.push(protocol::PushRequest{step.records});
            QVERIFY(faked);
            QCOMPARE(faked->results.size(), real->results.size());
            for (int i = 0; i < real->results.size(); ++i) {
                const PushResult &r = real->results.at(i);
                const PushResult &f = faked->results.at(i);
                QCOMPARE(f.uuid, r.uuid);
                QCOMPARE(describe(f), describe(r));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCountyFakeContract)
#include "tst_county_fakecontract.moc"
