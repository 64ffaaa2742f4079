// The certification rules of the seed documents, each with its refusal path.
#include "fixture.h"
#include "sessionaccess.h"

#include "services/certification.h"
#include "services/reports.h"
#include "store/database.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;

namespace {

QString to15(const QString &id18)
{
    return id18.left(6) + id18.mid(8, 9); // drop the century "19" and the check character
}

} // namespace

class TestCertification : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    QList<Form> m_forms;
    std::unique_ptr<Session> m_clerk;

    CertifyRequest request(int i) const
    {
        CertifyRequest r;
        r.formNo = m_forms[i].formNo;
        r.checkCode = m_forms[i].checkCode;
        r.presentedId = m_forms[i].person.idNo;
        r.method = IdentityMethod::IdCard;
        return r;
    }

    void expectRefusal(const Result<CertificationRecord> &r, ErrorCode code)
    {
        QVERIFY2(!r.ok(), "expected a refusal");
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    int count(const char *sql)
    {
        auto q = SessionAccess::db(*m_clerk).prepare(sql);
        if (!q || !q->step().value())
            return -1;
        return int(q->int64(0));
    }

private Q_SLOTS:
    void init()
    {
        m_center = std::make_unique<test::TestCenter>();
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        m_center->addUser(QStringLiteral("super"), Role::Supervisor, QStringLiteral("王主管"));
        m_center->addUser(QStringLiteral("clerk2"), Role::Clerk);
        m_forms = m_center->seedForms(12);
        m_center->seedDeaths({m_forms[9]});
        m_clerk = m_center->open(QStringLiteral("clerk"));
        QVERIFY(m_clerk);
    }

    void cleanup()
    {
        m_clerk.reset();
        m_center.reset();
    }

    void lookupByFormAndCheckCode()
    {
        CertificationService svc(*m_clerk);
        auto v = svc.lookupForm(m_forms[0].formNo, m_forms[0].checkCode);
        QVERIFY(v.ok());
        QCOMPARE(v->form, m_forms[0]);
        QVERIFY(!v->certified);
        QVERIFY(!v->death);
        QCOMPARE(v->window.from, QDate(m_forms[0].cycle, 4, 1));
        QCOMPARE(v->window.to, QDate(m_forms[0].cycle, 6, 30));
    }

    void wrongCheckCodeRevealsNothing()
    {
        CertificationService svc(*m_clerk);
        auto wrong = svc.lookupForm(m_forms[0].formNo, QStringLiteral("000000"));
        auto unknown = svc.lookupForm(QStringLiteral("NO-SUCH-FORM"), m_forms[0].checkCode);
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().code, ErrorCode::NoSuchForm);
        QCOMPARE(wrong.error().message, unknown.error().message);
        QVERIFY(!wrong.error().message.contains(m_forms[0].person.name));
        QVERIFY(!svc.lookupForm(m_forms[0].formNo, QString()).ok());
    }

    void lookupByIdAccepts15Digits()
    {
        CertificationService svc(*m_clerk);
        auto byId = svc.lookupById(to15(m_forms[2].person.idNo));
        QVERIFY(byId.ok());
        QCOMPARE(byId->size(), 1);
        QCOMPARE(byId->first().form.formNo, m_forms[2].formNo);
        auto lower = svc.lookupById(m_forms[2].person.idNo.toLower());
        QVERIFY(lower.ok());
        QCOMPARE(lower->size(), 1);
        auto bad = svc.lookupById(QStringLiteral("12345"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::IdLength);
    }

    void certifyAlive()
    {
        CertificationService svc(*m_clerk);
        auto rec = svc.certify(request(0));
        QVERIFY(rec.ok());
        QVERIFY(rec->alive);
        QCOMPARE(rec->clerk, QStringLiteral("clerk"));
        QCOMPARE(rec->clerkName, QStringLiteral("李经办"));
        QCOMPARE(rec->centerCode, QStringLiteral("T001"));
        QCOMPARE(rec->localDate, QDate(2026, 5, 10));
        QCOMPARE(rec->uuid.size(), 36);
        auto v = svc.lookupForm(m_forms[0].formNo, m_forms[0].checkCode);
        QVERIFY(v->certified);
        QCOMPARE(v->current->uuid, rec->uuid);
        QCOMPARE(v->current->method, IdentityMethod::IdCard);
        QCOMPARE(v->current->syncState, QStringLiteral("pending"));
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE state = 'pending'"), 1);
    }

    void certifyWith15DigitIdPresented()
    {
        CertifyRequest r = request(1);
        r.presentedId = to15(r.presentedId);
        QVERIFY(CertificationService(*m_clerk).certify(r).ok());
    }

    void onePerFormPerCycle()
    {
        CertificationService svc(*m_clerk);
        QVERIFY(svc.certify(request(0)).ok());
        expectRefusal(svc.certify(request(0)), ErrorCode::AlreadyCertified);
        // Also from another desk's session.
        auto other = m_center->open(QStringLiteral("clerk2"));
        expectRefusal(CertificationService(*other).certify(request(0)), ErrorCode::AlreadyCertified);
        QCOMPARE(count("SELECT count(*) FROM certifications"), 1);
    }

    void wrongCheckCodeRefused()
    {
        CertifyRequest r = request(0);
        r.checkCode = QStringLiteral("999999");
        expectRefusal(CertificationService(*m_clerk).certify(r), ErrorCode::NoSuchForm);
    }

    void idMismatchRefused()
    {
        CertifyRequest r = request(0);
        r.presentedId = m_forms[1].person.idNo;
        expectRefusal(CertificationService(*m_clerk).certify(r), ErrorCode::IdMismatch);
        r.presentedId = QStringLiteral("11010519491231002A");
        auto bad = CertificationService(*m_clerk).certify(r);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Invalid);
        QCOMPARE(count("SELECT count(*) FROM certifications"), 0);
    }

    void outsideFixedWindowRefused()
    {
        m_center->clock.set(QDateTime(QDate(m_forms[0].cycle, 7, 1), QTime(9, 0)));
        expectRefusal(CertificationService(*m_clerk).certify(request(0)), ErrorCode::OutsideWindow);
        m_center->clock.set(QDateTime(QDate(m_forms[0].cycle, 3, 31), QTime(9, 0)));
        expectRefusal(CertificationService(*m_clerk).certify(request(0)), ErrorCode::OutsideWindow);
        m_center->clock.set(QDateTime(QDate(m_forms[0].cycle, 6, 30), QTime(17, 0)));
        QVERIFY(CertificationService(*m_clerk).certify(request(0)).ok());
    }

    void rollingWindow()
    {
        test::TestCenter rolling(CyclePolicy::Rolling, QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
        rolling.addUser(QStringLiteral("clerk"), Role::Clerk);
        const QList<Form> forms = rolling.seedForms(2);
        auto s = rolling.open(QStringLiteral("clerk"));
        CertificationService svc(*s);
        CertifyRequest r{forms[0].formNo, forms[0].checkCode, forms[0].person.idNo};
        auto v = svc.lookupForm(r.formNo, r.checkCode);
        QCOMPARE(v->window.to, forms[0].dueDate);
        QCOMPARE(v->window.from, forms[0].dueDate.addMonths(-12).addDays(1));
        rolling.clock.set(QDateTime(forms[0].dueDate.addDays(1), QTime(9, 0)));
        expectRefusal(svc.certify(r), ErrorCode::OutsideWindow);
        rolling.clock.set(QDateTime(forms[0].dueDate, QTime(9, 0)));
        QVERIFY(svc.certify(r).ok());
    }

    void deathNoticeNeedsSupervisorOverride()
    {
        CertificationService svc(*m_clerk);
        auto v = svc.lookupForm(m_forms[9].formNo, m_forms[9].checkCode);
        QVERIFY(v->death.has_value());
        expectRefusal(svc.certify(request(9)), ErrorCode::DeathNotice);

        const auto approve = [this](const QString &who, const QString &password) {
            return CertificationService::approveOverride(m_center->dbPath, who, password, m_center->clock);
        };
        CertifyRequest r = request(9);
        r.overrideBy = QStringLiteral("super");
        r.overrideApproval =
            approve(QStringLiteral("super"), test::TestCenter::passwordOf(QStringLiteral("super"))).value();
        auto noReason = svc.certify(r);
        QCOMPARE(noReason.error().code, ErrorCode::OverrideReason);

        r.overrideReason = QStringLiteral("本人到场，主管核验");
        r.overrideBy = QStringLiteral("clerk2");
        r.overrideApproval =
            approve(QStringLiteral("clerk2"), test::TestCenter::passwordOf(QStringLiteral("clerk2"))).value();
        expectRefusal(svc.certify(r), ErrorCode::OverrideNotSupervisor);
        r.overrideBy = QStringLiteral("clerk");
        expectRefusal(svc.certify(r), ErrorCode::OverrideSelf);
        // A guessed name with a guessed password says nothing about who is a supervisor.
        auto guessed = approve(QStringLiteral("nobody"), QStringLiteral("guess-guess"));
        QCOMPARE(guessed.error().kind, Error::Kind::Auth);
        QCOMPARE(guessed.error().code, ErrorCode::WrongPassword);
        QCOMPARE(approve(QStringLiteral("clerk2"), QStringLiteral("guess-guess")).error().code,
                 ErrorCode::WrongPassword);
        auto wrong = approve(QStringLiteral("super"), QStringLiteral("not-the-password"));
        QCOMPARE(wrong.error().kind, Error::Kind::Auth);
        // An approval counts for the supervisor it was made for only, and none at all is no override.
        r.overrideBy = QStringLiteral("super");
        auto borrowed = svc.certify(r); // still clerk2's approval
        QCOMPARE(borrowed.error().code, ErrorCode::WrongPassword);
        r.overrideApproval.reset();
        QCOMPARE(svc.certify(r).error().kind, Error::Kind::Auth);
        QCOMPARE(count("SELECT count(*) FROM certifications"), 0);

        r.overrideApproval =
            approve(QStringLiteral("super"), test::TestCenter::passwordOf(QStringLiteral("super"))).value();
        auto ok = svc.certify(r);
        QVERIFY(ok.ok());
        QCOMPARE(ok->overrideBy, QStringLiteral("super"));
        QCOMPARE(ok->overrideReason, QStringLiteral("本人到场，主管核验"));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'override' AND actor = 'super'"), 1);
    }

    void deathNoticeAllowsDeceased()
    {
        CertifyRequest r = request(9);
        r.alive = false;
        auto rec = CertificationService(*m_clerk).certify(r);
        QVERIFY(rec.ok());
        QVERIFY(!rec->alive);
    }

    void infoChangeValidated()
    {
        CertificationService svc(*m_clerk);
        CertifyRequest r = request(3);
        r.change.postcode = QStringLiteral("51000");
        QCOMPARE(svc.certify(r).error().code, ErrorCode::Postcode);
        r.change.postcode = QStringLiteral("510000");
        r.change.phone = QStringLiteral("2345678");
        QCOMPARE(svc.certify(r).error().code, ErrorCode::Phone);
        r.change.phone = QStringLiteral("020-87654321");
        r.change.address = QStringLiteral("   ");
        QCOMPARE(svc.certify(r).error().code, ErrorCode::Address);
        QCOMPARE(count("SELECT count(*) FROM certifications"), 0);
        r.change.address = QStringLiteral("广州市天河区新地址路8号");
        auto rec = svc.certify(r);
        QVERIFY(rec.ok());
        auto stored = svc.lookupForm(r.formNo, r.checkCode);
        QCOMPARE(stored->current->change.address, QStringLiteral("广州市天河区新地址路8号"));
        QCOMPARE(stored->current->change.postcode, QStringLiteral("510000"));
        QCOMPARE(stored->current->change.phone, QStringLiteral("020-87654321"));
    }

    void adminMayNotCertify()
    {
        auto admin = m_center->open(QStringLiteral("admin"));
        auto r = CertificationService(*admin).certify(request(0));
        QCOMPARE(r.error().code, ErrorCode::Permission);
    }

    void refusalsAreCounted()
    {
        CertificationService svc(*m_clerk);
        QVERIFY(svc.certify(request(0)).ok());
        (void)svc.certify(request(0)); // already certified
        (void)svc.certify(request(9)); // death notice
        CertifyRequest r = request(1);
        r.presentedId = m_forms[2].person.idNo;
        (void)svc.certify(r); // mismatch
        CertifyRequest typo = request(1);
        typo.presentedId = QStringLiteral("11010119500315001"); // mistyped (17 characters): not a refusal
        QVERIFY(!svc.certify(typo).ok());
        auto sup = m_center->open(QStringLiteral("super"));
        auto rows = ReportService(*sup).workload(QDate(2026, 5, 1), QDate(2026, 5, 31));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().clerk, QStringLiteral("clerk"));
        QCOMPARE(rows->first().alive, 1);
        QCOMPARE(rows->first().refusals, 3);
    }

    void correctionSupersedes()
    {
        CertificationService svc(*m_clerk);
        auto first = svc.certify(request(4));
        QVERIFY(first.ok());
        CorrectionRequest c;
        c.uuid = first->uuid;
        QCOMPARE(svc.correct(c).error().code, ErrorCode::Reason);
        c.reason = QStringLiteral("误点健在，家属报告已去世");
        c.alive = false;
        c.change.phone = QStringLiteral("bad");
        QCOMPARE(svc.correct(c).error().code, ErrorCode::Phone);
        c.change.phone = QString();
        auto second = svc.correct(c);
        QVERIFY(second.ok());
        QCOMPARE(second->supersedes, first->uuid);
        QVERIFY(!second->alive);
        auto v = svc.lookupForm(m_forms[4].formNo, m_forms[4].checkCode);
        QCOMPARE(v->current->uuid, second->uuid);
        expectRefusal(svc.correct(c), ErrorCode::AlreadyCorrected);
        // The workload counts the work item once, with what it says now.
        auto sup = m_center->open(QStringLiteral("super"));
        auto rows = ReportService(*sup).workload(QDate(2026, 5, 10), QDate(2026, 5, 10));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().alive, 0);
        QCOMPARE(rows->first().deceased, 1);
        c.uuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
        expectRefusal(svc.correct(c), ErrorCode::NoSuchRecord);
        QCOMPARE(count("SELECT count(*) FROM certifications"), 2); // the old record stays
    }

    void correctionCannotReviveADeathNotice()
    {
        CertifyRequest r = request(9);
        r.alive = false;
        CertificationService svc(*m_clerk);
        auto rec = svc.certify(r);
        QVERIFY(rec.ok());
        CorrectionRequest c{rec->uuid, QStringLiteral("typo"), true, {}};
        expectRefusal(svc.correct(c), ErrorCode::DeathNotice);
    }
};

QTEST_GUILESS_MAIN(TestCertification)
#include "tst_certification.moc"
