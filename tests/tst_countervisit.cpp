// The counter's visit as a state machine (ui/counter/countervisit.h), without any widget: every event and the
// stage it leads to, and that next/lock drop every personal datum.
#include "counter/countervisit.h"

#include <QTest>

using namespace certdesk;

namespace {

FormView formView(const QString &formNo, FormVariant variant = FormVariant::Online)
{
    FormView v;
    v.id = formNo.right(2).toInt();
    v.form.formNo = formNo;
    v.form.checkCode = variant == FormVariant::Online ? QStringLiteral("C0DE") : QString();
    v.form.variant = variant;
    v.form.person.idNo = QStringLiteral("11010519491231002X");
    v.form.person.name = QStringLiteral("张三");
    v.form.cycle = 2026;
    return v;
}

CertificationRecord recordOf(const FormView &v)
{
    CertificationRecord r;
    r.uuid = QStringLiteral("u-") + v.form.formNo;
    r.formNo = v.form.formNo;
    r.variant = v.form.variant;
    r.presentedId = v.form.person.idNo;
    return r;
}

CardIdentity card(const QString &idNo, IdentityMethod method = IdentityMethod::IdCard)
{
    CardIdentity c;
    c.idNo = idNo;
    c.name = QStringLiteral("张三");
    c.method = method;
    return c;
}

} // namespace

class TestCounterVisit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        CounterVisit v;
        QCOMPARE(v.stage(), CounterVisit::Stage::Empty);
        QVERIFY(v.isEmpty());
        QVERIFY(!v.done());
        QCOMPARE(v.method(), IdentityMethod::Manual);
        QVERIFY(!v.awaitsRetention());
    }

    void scanThenCardThenCertifyThenRetain()
    {
        CounterVisit v;
        const FormView f = formView(QStringLiteral("F01"));
        v.formFound(f, QStringLiteral("C0DE"));
        QCOMPARE(v.stage(), CounterVisit::Stage::FormFound);
        QCOMPARE(v.checkCode(), QStringLiteral("C0DE"));
        v.cardPresented(card(f.form.person.idNo));
        v.setMethod(IdentityMethod::IdCard);
        QCOMPARE(v.stage(), CounterVisit::Stage::IdentityPresented);
        QCOMPARE(v.presentedId(), f.form.person.idNo);
        QVERIFY(v.isReprint(QStringLiteral("form:u-F01"))); // nothing certified at this visit yet
        v.certified(recordOf(f), f);
        QCOMPARE(v.stage(), CounterVisit::Stage::Certified);
        QVERIFY(v.done());
        QVERIFY(v.awaitsRetention());
        QVERIFY(!v.returnsForMailing());
        QVERIFY(!v.isReprint(QStringLiteral("form:u-F01"))); // the first print is the original
        v.paperRetained();
        QCOMPARE(v.stage(), CounterVisit::Stage::Finished);
        QVERIFY(!v.awaitsRetention());
    }

    void printingFinishesAndMarksReprints()
    {
        CounterVisit v;
        const FormView f = formView(QStringLiteral("F02"));
        v.formFound(f, f.form.checkCode);
        v.identityPresented(f.form.person.idNo, IdentityMethod::Manual);
        v.certified(recordOf(f), f);
        v.printed(QStringLiteral("overlay:u-F02"));
        QCOMPARE(v.stage(), CounterVisit::Stage::Finished);
        QVERIFY(v.isReprint(QStringLiteral("overlay:u-F02")));
        QVERIFY(!v.isReprint(QStringLiteral("receipt:u-F02")));
    }

    void aMailFormIsReturnedNotRetained()
    {
        CounterVisit v;
        const FormView f = formView(QStringLiteral("F03"), FormVariant::Mail);
        v.registered(f);
        QCOMPARE(v.stage(), CounterVisit::Stage::FormFound);
        QVERIFY(v.checkCode().isEmpty());
        v.identityPresented(f.form.person.idNo, IdentityMethod::IdCard);
        v.certified(recordOf(f), f);
        QVERIFY(v.returnsForMailing());
        QVERIFY(!v.awaitsRetention());
        QCOMPARE(v.stage(), CounterVisit::Stage::Finished);
        v.paperRetained(); // not for a 附表2: nothing changes
        QVERIFY(v.returnsForMailing());
    }

    void aMissingFormIsRememberedForRegistration()
    {
        CounterVisit v;
        v.cardPresented(card(QStringLiteral("11010519491231002X")));
        QCOMPARE(v.stage(), CounterVisit::Stage::Empty);
        QVERIFY(!v.isEmpty()); // an identity waits for its form
        v.formLost(QStringLiteral(" 4401990001 "));
        QCOMPARE(v.missingFormNo(), QStringLiteral("4401990001"));
        QCOMPARE(v.presentedId(), QStringLiteral("11010519491231002X")); // the identity stays
        v.registered(formView(QStringLiteral("4401990001"), FormVariant::Mail));
        QVERIFY(v.missingFormNo().isEmpty());
        QCOMPARE(v.stage(), CounterVisit::Stage::IdentityPresented);
    }

    void typingOverTheChipMakesItManual()
    {
        CounterVisit v;
        v.cardPresented(card(QStringLiteral("11010519491231002X")));
        v.setMethod(IdentityMethod::IdCard);
        v.identityCleared();
        QVERIFY(!v.card());
        QCOMPARE(v.method(), IdentityMethod::Manual);
        QVERIFY(v.presentedId().isEmpty());
    }

    void anotherFormAfterCertifyingStartsOver()
    {
        CounterVisit v;
        const FormView f = formView(QStringLiteral("F04"));
        v.formFound(f, f.form.checkCode);
        v.cardPresented(card(f.form.person.idNo));
        v.certified(recordOf(f), f);
        v.formFound(formView(QStringLiteral("F05")), QStringLiteral("C0DE"));
        QVERIFY(!v.done());
        QVERIFY(!v.card()); // the previous person's card does not follow
        QCOMPARE(v.stage(), CounterVisit::Stage::FormFound);
        // The same form found again keeps the visit.
        v.identityPresented(QStringLiteral("11010519491231002X"), IdentityMethod::Manual);
        v.formFound(formView(QStringLiteral("F05")), QStringLiteral("C0DE"));
        QCOMPARE(v.stage(), CounterVisit::Stage::IdentityPresented);
    }

    void anotherPersonsChipStartsOver()
    {
        CounterVisit v;
        const FormView f = formView(QStringLiteral("F06"));
        v.formFound(f, f.form.checkCode);
        v.cardPresented(card(QStringLiteral("11010519491231002X")));
        v.cardPresented(card(QStringLiteral("110101194001010018")));
        QVERIFY(!v.form());
        QCOMPARE(v.presentedId(), QStringLiteral("110101194001010018"));
    }

    void nextAndLockDropEverything()
    {
        for (bool lock : {false, true}) {
            CounterVisit v;
            const FormView f = formView(QStringLiteral("F07"));
            v.formFound(f, f.form.checkCode);
            v.cardPresented(card(f.form.person.idNo));
            v.setMethod(IdentityMethod::IdCard);
            v.certified(recordOf(f), f);
            v.printed(QStringLiteral("form:u-F07"));
            lock ? v.lock() : v.next();
            QVERIFY(v.isEmpty());
            QVERIFY(!v.form());
            QVERIFY(!v.record());
            QVERIFY(v.checkCode().isEmpty());
            QVERIFY(v.presentedId().isEmpty());
            QCOMPARE(v.method(), IdentityMethod::Manual);
            QCOMPARE(v.locked(), lock);
        }
    }
};

QTEST_GUILESS_MAIN(TestCounterVisit)
#include "tst_countervisit.moc"
