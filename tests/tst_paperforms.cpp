// 登记纸质认证表: the paper form the center has no data for — validation of every field, registering, certifying
// it (source paper, identity presented, sealed), the paper's fate (留存 / returned for mailing), late list data
// (linked or held for review, by import and by pull) and what the push carries.
#include "fixture.h"
#include "sessionaccess.h"

#include "io/importrows.h"
#include "services/certification.h"
#include "services/demo.h"
#include "services/importer.h"
#include "services/paperforms.h"
#include "services/reports.h"
#include "store/certstore.h"
#include "store/database.h"
#include "store/recordseal.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "sync/transport.h"

#include <QTest>

using namespace certdesk;

namespace {

// Generated people whose forms are NOT imported: the paper is all the center has.
QList<Form> unseenForms(const QDate &today, int count = 4)
{
    auto parsed = parseFormRows(demoFormsJson(count, today, 99), TextEncoding::Utf8, today);
    return parsed ? parsed->rows : QList<Form>();
}

PaperRegistration mailRegistration(const Form &f)
{
    PaperRegistration r;
    r.formNo = f.formNo;
    r.variant = FormVariant::Mail;
    r.idNo = f.person.idNo;
    r.name = f.person.name;
    r.agency = QStringLiteral("某市社会保险基金管理局");
    r.due = QStringLiteral("2026-06-30");
    r.reply = {QStringLiteral("某市社保局退管科"), QStringLiteral("某市某路1号"), QStringLiteral("510000"),
               QStringLiteral("020-38832144")};
    return r;
}

PaperRegistration onlineRegistration(const Form &f)
{
    PaperRegistration r = mailRegistration(f);
    r.variant = FormVariant::Online;
    r.checkCode = QStringLiteral("A1B2C3");
    r.reply = {};
    return r;
}

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems) {
        out << errorCodeWord(p.code);
        if (p.message.isEmpty())
            out << QStringLiteral("(no message)");
    }
    return out;
}

// Answers every push with "accepted" and keeps what was sent; pull serves `changes` once.
class CapturingTransport final : public SyncTransport
{
public:
    QList<protocol::PushRecord> pushed;
    QList<protocol::Change> changes;

    Result<protocol::PushResponse> push(const protocol::PushRequest &request) override
    {
        protocol::PushResponse response;
        for (const protocol::PushRecord &r : request.records) {
            pushed.append(r);
            protocol::PushResult result;
            result.uuid = r.uuid;
            result.status = protocol::PushStatus::Accepted;
            response.results.append(result);
        }
        return response;
    }
    Result<protocol::PullResponse> pull(const protocol::PullRequest &request) override
    {
        protocol::PullResponse response;
        response.changes = changes;
        response.nextCursor = request.cursor + changes.size();
        changes.clear();
        return response;
    }
    Result<protocol::HelloResponse> hello() override { return protocol::HelloResponse{}; }
};

} // namespace

class TestPaperForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    std::unique_ptr<Session> m_clerk;
    QList<Form> m_paper; // forms of people the center has no data for

    QDate today() const { return m_center->clock.today(); }

    Result<CertificationRecord> certifyPaper(const FormView &v, const QString &name = QString())
    {
        CertifyRequest r;
        r.formNo = v.form.formNo;
        r.checkCode = v.form.checkCode;
        r.presentedId = v.form.person.idNo;
        r.presentedName = name;
        r.method = IdentityMethod::IdCard;
        return CertificationService(*m_clerk).certify(r);
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
        m_clerk = m_center->open(QStringLiteral("clerk"));
        QVERIFY(m_clerk);
        m_paper = unseenForms(today());
        QCOMPARE(m_paper.size(), 4);
    }

    void cleanup()
    {
        m_clerk.reset();
        m_center.reset();
    }

    void validRegistrationsBecomeForms()
    {
        Form f;
        QVERIFY(checkPaperRegistration(mailRegistration(m_paper[0]), today(), &f).isEmpty());
        QCOMPARE(f.formNo, m_paper[0].formNo);
        QCOMPARE(f.variant, FormVariant::Mail);
        QVERIFY(f.checkCode.isEmpty());
        QCOMPARE(f.person.idNo, m_paper[0].person.idNo);
        QCOMPARE(f.person.sex, m_paper[0].person.sex); // from the ID number
        QCOMPARE(f.person.birth, m_paper[0].person.birth);
        QCOMPARE(f.cycle, 2026);
        QCOMPARE(f.reply.postcode, QStringLiteral("510000"));
        QVERIFY(checkPaperRegistration(onlineRegistration(m_paper[0]), today(), &f).isEmpty());
        QCOMPARE(f.checkCode, QStringLiteral("A1B2C3"));
        QCOMPARE(f.reply, ReplyBlock{});
    }

    void everyFieldIsChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("mail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("form number empty") << "form_no"
                                           << "  " << true << "form_no";
        QTest::newRow("form number with space") << "form_no"
                                                << "44 01" << true << "form_no";
        QTest::newRow("form number too long") << "form_no" << QString(41, QLatin1Char('1')) << true << "form_no";
        QTest::newRow("附表1 without check code") << "check_code"
                                                  << "" << false << "check_code";
        QTest::newRow("附表2 with a check code") << "check_code"
                                                 << "ABC" << true << "check_code";
        QTest::newRow("ID check digit") << "id_no"
                                        << "110101194001010010" << true << "id_no";
        QTest::newRow("ID empty") << "id_no"
                                  << "" << true << "id_no";
        QTest::newRow("name empty") << "name"
                                    << " " << true << "name";
        QTest::newRow("agency empty") << "agency"
                                      << "" << true << "agency";
        QTest::newRow("due not a date") << "due"
                                        << "2026-02-30" << true << "due";
        QTest::newRow("due in words") << "due"
                                      << "六月底" << true << "due";
        QTest::newRow("due years away") << "due"
                                        << "2031-06-30" << true << "due";
        QTest::newRow("reply address missing") << "reply_address"
                                               << "" << true << "reply_address";
        QTest::newRow("reply unit missing") << "reply_unit"
                                            << "" << true << "reply_unit";
        QTest::newRow("reply postcode") << "reply_postcode"
                                        << "51000" << true << "reply_postcode";
        QTest::newRow("reply phone") << "reply_phone"
                                     << "12345" << true << "reply_phone";
        QTest::newRow("附表1 with a reply block") << "reply_unit"
                                                  << "某单位" << false << "reply_unit";
    }

    void everyFieldIsChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, mail);
        QFETCH(QString, expected);
        PaperRegistration r = mail ? mailRegistration(m_paper[0]) : onlineRegistration(m_paper[0]);
        if (field == QLatin1String("form_no"))
            r.formNo = value;
        else if (field == QLatin1String("check_code"))
            r.checkCode = value;
        else if (field == QLatin1String("id_no"))
            r.idNo = value;
        else if (field == QLatin1String("name"))
            r.name = value;
        else if (field == QLatin1String("agency"))
            r.agency = value;
        else if (field == QLatin1String("due"))
            r.due = value;
        else if (field == QLatin1String("reply_address"))
            r.reply.address = value;
        else if (field == QLatin1String("reply_unit"))
            r.reply.unit = value;
        else if (field == QLatin1String("reply_postcode"))
            r.reply.postcode = value;
        else if (field == QLatin1String("reply_phone"))
            r.reply.phone = value;
        Form untouched;
        const auto problems = checkPaperRegistration(r, today(), &untouched);
        QCOMPARE(fields(problems), QStringList{expected});
        QVERIFY(untouched.formNo.isEmpty()); // nothing comes out of an invalid registration
        // The service refuses it the same way, with the field as the code, and stores nothing.
        auto registered = PaperFormService(*m_clerk).registerForm(r);
        QVERIFY(!registered);
        QCOMPARE(registered.error().codeWord(), expected);
        QCOMPARE(count("SELECT count(*) FROM forms WHERE source = 'paper'"), 0);
    }

    void registerThenCertifyAMailForm()
    {
        auto v = PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[0]));
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QVERIFY(v->paper);
        QVERIFY(!v->certified);
        // A 附表2 has no check code: it is found by its number alone, and only by its number.
        QVERIFY(CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, QString()));
        QVERIFY(!CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, QStringLiteral("X")));

        auto rec = certifyPaper(v.value(), QStringLiteral("卡上姓名"));
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
        QCOMPARE(rec->source, QStringLiteral("paper"));
        QCOMPARE(rec->presentedId, m_paper[0].person.idNo);
        QCOMPARE(rec->presentedName, QStringLiteral("卡上姓名"));
        QVERIFY(rec->returnedAt.isValid()); // handed back for mailing, said at the counter
        auto stored = CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, QString());
        QVERIFY(stored && stored->current);
        QCOMPARE(stored->current->source, QStringLiteral("paper"));
        QCOMPARE(stored->current->presentedName, QStringLiteral("卡上姓名"));
        QVERIFY(stored->current->returnedAt.isValid());
        QVERIFY(!stored->current->retainedAt.isValid());
        // Audited and sealed like any record; counted in the workload.
        auto sealed = verifyCertificationSeals(SessionAccess::db(*m_clerk));
        QVERIFY2(sealed, sealed ? "" : qPrintable(sealed.error().message));
        QCOMPARE(sealed.value(), 1);
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'register_paper'"), 1);
        auto workload = workloadBetween(SessionAccess::db(*m_clerk), today(), today(), m_clerk->center().code);
        QVERIFY(workload);
        QCOMPARE(workload->size(), 1);
        QCOMPARE(workload->first().alive, 1);
        QCOMPARE(workload->first().mailAlive, 1); // a 附表2, in its own column
        // A second registration of the same number, or of a number in the list, is refused.
        auto again = PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[0]));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::FormExists);
        // The retention of a 附表2 makes no sense; its return cannot be stamped twice either (first time kept).
        QCOMPARE(PaperFormService(*m_clerk).confirmRetained(rec->uuid).error().code, ErrorCode::WrongVariant);
        QVERIFY(PaperFormService(*m_clerk).confirmReturned(rec->uuid));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'paper_returned'"), 0);
    }

    void theIdentityPresentedIsSealed()
    {
        auto v = PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[1]));
        QVERIFY(v);
        auto rec = certifyPaper(v.value());
        QVERIFY(rec);
        QCOMPARE(rec->presentedName, m_paper[1].person.name); // no chip name: the form's, compared by eye
        Database &db = SessionAccess::db(*m_clerk);
        QVERIFY(db.exec("DROP TRIGGER certifications_no_update"));
        QVERIFY(db.exec("UPDATE certifications SET presented_id = '110101194001010011'"));
        QVERIFY(db.exec("CREATE TRIGGER certifications_no_update BEFORE UPDATE ON certifications "
                        "BEGIN SELECT RAISE(ABORT, 'certifications are append-only'); END"));
        auto sealed = verifyCertificationSeals(db);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, ErrorCode::AuditBroken);
    }

    void anOnlineOriginalIsRetained()
    {
        auto v = PaperFormService(*m_clerk).registerForm(onlineRegistration(m_paper[2]));
        QVERIFY(v);
        QVERIFY(!CertificationService(*m_clerk).lookupForm(m_paper[2].formNo, QString())); // its code is needed
        auto rec = certifyPaper(v.value());
        QVERIFY(rec);
        QVERIFY(!rec->returnedAt.isValid());
        QCOMPARE(PaperFormService(*m_clerk).confirmReturned(rec->uuid).error().code, ErrorCode::WrongVariant);
        QVERIFY(PaperFormService(*m_clerk).confirmRetained(rec->uuid));
        const QDateTime first = m_center->clock.now();
        m_center->clock.advanceSecs(60);
        QVERIFY(PaperFormService(*m_clerk).confirmRetained(rec->uuid)); // again: the first time stands
        auto stored = CertificationService(*m_clerk).lookupForm(m_paper[2].formNo, QStringLiteral("A1B2C3"));
        QVERIFY(stored && stored->current);
        QCOMPARE(stored->current->retainedAt.toSecsSinceEpoch(), first.toSecsSinceEpoch());
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'paper_retained'"), 1);
        QCOMPARE(PaperFormService(*m_clerk).confirmRetained(QStringLiteral("no-such")).error().code,
                 ErrorCode::NoSuchRecord);
    }

    void onlyCertifyingRolesRegister()
    {
        auto admin = m_center->open(QStringLiteral("admin"));
        QVERIFY(admin);
        auto r = PaperFormService(*admin).registerForm(mailRegistration(m_paper[0]));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Permission);
        QVERIFY(!PaperFormService(*m_clerk).reviews(true)); // the review list is for supervisors
    }

    void lateImportLinksOrFlags()
    {
        // [0]: registered on paper for its own person → linked; [1]: registered for someone else → review;
        // [2], [3]: not registered → added as usual.
        QVERIFY(PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[0])));
        PaperRegistration other = mailRegistration(m_paper[1]);
        other.idNo = m_paper[3].person.idNo;
        other.name = m_paper[3].person.name;
        QVERIFY(PaperFormService(*m_clerk).registerForm(other));
        auto certified = certifyPaper(CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, QString()).value());
        QVERIFY(certified);

        auto admin = m_center->open(QStringLiteral("admin"));
        const QByteArray json = demoFormsJson(4, today(), 99);
        auto report =
            ImportService(*admin).importBytes(ImportKind::Forms, json, QStringLiteral("late.json"), TextEncoding::Utf8);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->accepted());
        QCOMPARE(report->added, 2);
        QCOMPARE(report->linked, 1);
        QCOMPARE(report->flagged, 1);

        // Linked: the list's data now, still the paper registration, and its certification stands.
        auto linked = CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, m_paper[0].checkCode);
        QVERIFY2(linked, linked ? "" : qPrintable(linked.error().message));
        QCOMPARE(linked->form, m_paper[0]);
        QVERIFY(linked->paper);
        QVERIFY(linked->certified);
        QCOMPARE(linked->current->uuid, certified->uuid);
        // Flagged: the form is untouched and waits for the supervisor.
        auto held = CertificationService(*m_clerk).lookupForm(m_paper[1].formNo, QString());
        QVERIFY(held);
        QCOMPARE(held->form.person.idNo, m_paper[3].person.idNo);
        auto super = m_center->open(QStringLiteral("super"));
        auto reviews = PaperFormService(*super).reviews(true);
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 1);
        QCOMPARE(reviews->first().formNo, m_paper[1].formNo);
        QCOMPARE(reviews->first().paperIdNo, m_paper[3].person.idNo);
        QCOMPARE(reviews->first().listIdNo, m_paper[1].person.idNo);
        QCOMPARE(reviews->first().via, QStringLiteral("import"));
        QVERIFY(verifyCertificationSeals(SessionAccess::db(*m_clerk))); // linking changed no sealed row

        // The same file again: nothing new, no second review.
        auto again =
            ImportService(*admin).importBytes(ImportKind::Forms, json, QStringLiteral("late.json"), TextEncoding::Utf8);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(PaperFormService(*super).reviews(true)->size(), 1);

        // Settling the review: supervisors only, with a note; then it leaves the open list.
        QCOMPARE(PaperFormService(*m_clerk).resolveReview(reviews->first().id, QStringLiteral("x")).error().code,
                 ErrorCode::Permission);
        QCOMPARE(PaperFormService(*super).resolveReview(reviews->first().id, QStringLiteral(" ")).error().code,
                 ErrorCode::Resolution);
        QVERIFY(PaperFormService(*super).resolveReview(reviews->first().id, QStringLiteral("参保地确认为另一人")));
        QCOMPARE(PaperFormService(*super).resolveReview(reviews->first().id, QStringLiteral("again")).error().code,
                 ErrorCode::NoSuchReview);
        QCOMPARE(PaperFormService(*super).reviews(true)->size(), 0);
        QCOMPARE(PaperFormService(*super).reviews(false)->size(), 1);
    }

    void pushCarriesThePaperAndTheIdentityChecked()
    {
        auto v = PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[0]));
        QVERIFY(v);
        QVERIFY(certifyPaper(v.value(), QStringLiteral("卡上姓名")));
        // The form row rewritten after certifying: the push still says who was checked.
        QVERIFY(SessionAccess::db(*m_clerk).exec("UPDATE forms SET name = '后来改的' WHERE source = 'paper'"));

        CapturingTransport transport;
        BatchSizer batch;
        SyncEngine engine(*m_clerk, transport, batch);
        SyncReport report;
        QVERIFY(engine.pushBatch(report));
        QCOMPARE(transport.pushed.size(), 1);
        const protocol::PushRecord &p = transport.pushed.first();
        QCOMPARE(p.source, QStringLiteral("paper"));
        QCOMPARE(p.variant, FormVariant::Mail);
        QCOMPARE(p.idNo, m_paper[0].person.idNo);
        QCOMPARE(p.name, QStringLiteral("卡上姓名"));
        QCOMPARE(p.insuredAgency, QStringLiteral("某市社会保险基金管理局"));
        QCOMPARE(p.dueDate, QDate(2026, 6, 30));
        QCOMPARE(p.reply.postcode, QStringLiteral("510000"));
        QCOMPARE(p.method, IdentityMethod::IdCard);
    }

    void latePullLinksOrFlags()
    {
        QVERIFY(PaperFormService(*m_clerk).registerForm(mailRegistration(m_paper[0])));
        PaperRegistration other = mailRegistration(m_paper[1]);
        other.idNo = m_paper[3].person.idNo;
        QVERIFY(PaperFormService(*m_clerk).registerForm(other));
        CapturingTransport transport;
        for (int i : {0, 1}) {
            protocol::Change c;
            c.seq = i + 1;
            c.kind = protocol::ChangeKind::Form;
            c.form = m_paper[i];
            c.formNo = m_paper[i].formNo;
            transport.changes.append(c);
        }
        BatchSizer batch;
        SyncEngine engine(*m_clerk, transport, batch);
        SyncReport report;
        QVERIFY(engine.pullPage(report));
        auto linked = CertificationService(*m_clerk).lookupForm(m_paper[0].formNo, m_paper[0].checkCode);
        QVERIFY(linked);
        QCOMPARE(linked->form, m_paper[0]);
        QCOMPARE(count("SELECT count(*) FROM forms WHERE linked_at IS NOT NULL"), 1);
        auto held = CertificationService(*m_clerk).lookupForm(m_paper[1].formNo, QString());
        QVERIFY(held);
        QCOMPARE(held->form.person.idNo, m_paper[3].person.idNo);
        QCOMPARE(count("SELECT count(*) FROM paper_reviews WHERE via = 'pull' AND resolved_at IS NULL"), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaperForms)
#include "tst_paperforms.moc"
