// The audit chain: every change is logged and an edited, deleted or truncated entry is found.
#include "fixture.h"
#include "sessionaccess.h"

#include "services/certification.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/recordseal.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    // A center with a few audited actions: init, account add, import, certify.
    std::unique_ptr<test::TestCenter> makeCenter()
    {
        auto center = std::make_unique<test::TestCenter>();
        center->addUser(QStringLiteral("clerk"), Role::Clerk);
        const QList<Form> forms = center->seedForms(3);
        auto s = center->open(QStringLiteral("clerk"));
        CertificationService svc(*s);
        for (int i = 0; i < 2; ++i) {
            CertifyRequest r{forms[i].formNo, forms[i].checkCode, forms[i].person.idNo};
            if (!svc.certify(r).ok())
                qFatal("certify failed");
        }
        return center;
    }

    static QStringList actions(Session &s)
    {
        auto q = SessionAccess::db(s).prepare("SELECT action FROM audit ORDER BY seq");
        QStringList out;
        while (q->step().value())
            out << q->text(0);
        return out;
    }

private Q_SLOTS:
    void everyChangeIsLogged()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QCOMPARE(actions(*s),
                 QStringList({QStringLiteral("init"), QStringLiteral("account_add"), QStringLiteral("import"),
                              QStringLiteral("certify"), QStringLiteral("certify")}));
        QCOMPARE(s->audit().verify().value(), 5);
    }

    void editedEntryIsFound()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s)
                    .exec("DROP TRIGGER audit_no_update; UPDATE audit SET detail = '{}' WHERE seq = 3")
                    .ok());
        auto v = s->audit().verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::AuditBroken);
        QVERIFY2(v.error().message.contains(QStringLiteral("#3")), qPrintable(v.error().message));
    }

    void rehashedEntryBreaksTheNext()
    {
        // A forger who also recomputes the edited entry's own hash is caught by the following entry.
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        auto q = SessionAccess::db(*s).prepare("SELECT prev_hash, at, actor, action FROM audit WHERE seq = 2");
        QVERIFY(q->step().value());
        const QString forged =
            AuditLog::entryHash(q->text(0), 2, q->text(1), QStringLiteral("mallory"), q->text(3), QStringLiteral("{}"));
        q->reset();
        auto upd =
            SessionAccess::db(*s).prepare("UPDATE audit SET actor = 'mallory', detail = '{}', hash = ? WHERE seq = 2");
        QVERIFY(SessionAccess::db(*s).exec("DROP TRIGGER audit_no_update").ok());
        QVERIFY(upd->bind(1, forged).run().ok());
        auto v = s->audit().verify();
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("#3")), qPrintable(v.error().message));
    }

    void deletedEntryIsFound()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s).exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2").ok());
        auto v = s->audit().verify();
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("#2")), qPrintable(v.error().message));
    }

    void certificationRowsAreSealed()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QCOMPARE(verifyCertificationSeals(SessionAccess::db(*s)).value(), 2);
    }

    void editedCertificationIsFound()
    {
        // Someone holding the key drops the guard and rewrites a result: the audit chain itself is intact.
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s)
                    .exec("DROP TRIGGER certifications_no_update; UPDATE certifications SET alive = 0 WHERE id = 1; "
                          "CREATE TRIGGER certifications_no_update BEFORE UPDATE ON certifications BEGIN SELECT "
                          "RAISE(ABORT, 'certifications are append-only'); END;")
                    .ok());
        QVERIFY(s->audit().verify().ok());
        auto v = verifyCertificationSeals(SessionAccess::db(*s));
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("altered")), qPrintable(v.error().message));
    }

    void deletedOrSmuggledCertificationIsFound()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s)
                    .exec("DROP TRIGGER certifications_no_delete; DELETE FROM outbox WHERE uuid = (SELECT uuid FROM "
                          "certifications WHERE id = 2); DELETE FROM certifications WHERE id = 2; CREATE TRIGGER "
                          "certifications_no_delete BEFORE DELETE ON certifications BEGIN SELECT RAISE(ABORT, "
                          "'certifications are append-only'); END;")
                    .ok());
        auto deleted = verifyCertificationSeals(SessionAccess::db(*s));
        QVERIFY(!deleted.ok());
        QVERIFY2(deleted.error().message.contains(QStringLiteral("deleted")), qPrintable(deleted.error().message));

        auto other = makeCenter();
        auto t = other->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*t)
                    .exec("INSERT INTO certifications(uuid, form_id, cycle, alive, method, clerk_id, center_code, "
                          "certified_at, local_date) SELECT 'smuggled', form_id, cycle + 1, 1, method, clerk_id, "
                          "center_code, certified_at, local_date FROM certifications WHERE id = 1")
                    .ok());
        auto smuggled = verifyCertificationSeals(SessionAccess::db(*t));
        QVERIFY(!smuggled.ok());
        QVERIFY2(smuggled.error().message.contains(QStringLiteral("no audit entry")),
                 qPrintable(smuggled.error().message));
    }

    void droppedGuardIsFound()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s).exec("DROP TRIGGER certifications_no_update").ok());
        auto v = verifyCertificationSeals(SessionAccess::db(*s));
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("certifications_no_update")), qPrintable(v.error().message));
    }

    void truncatedTailIsFound()
    {
        auto center = makeCenter();
        auto s = center->open(QStringLiteral("admin"));
        QVERIFY(SessionAccess::db(*s).exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 5").ok());
        auto v = s->audit().verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::AuditBroken);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
