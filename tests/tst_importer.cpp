// Imports as one transaction: all rows or none, re-import changes nothing, every bad row reported.
#include "fixture.h"
#include "sessionaccess.h"
#include "testutil.h"

#include "services/certification.h"
#include "services/importer.h"
#include "store/database.h"
#include "testerrorcode.h"

#include <QFile>
#include <QTest>

using namespace certdesk;

class TestImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    std::unique_ptr<Session> m_admin;

    int count(const char *sql)
    {
        auto q = SessionAccess::db(*m_admin).prepare(sql);
        if (!q || !q->step().value())
            return -1;
        return int(q->int64(0));
    }

    Result<ImportReport> importData(ImportKind kind, const QString &file, TextEncoding enc = TextEncoding::Auto)
    {
        return ImportService(*m_admin).importFile(kind, test::dataPath(file), enc);
    }

private Q_SLOTS:
    void init()
    {
        m_center = std::make_unique<test::TestCenter>(CyclePolicy::Fixed, QDateTime(QDate(2026, 11, 27), QTime(9, 0)));
        m_admin = m_center->open(QStringLiteral("admin"));
        QVERIFY(m_admin);
    }

    void cleanup()
    {
        m_admin.reset();
        m_center.reset();
    }

    void importsUtf8AndReimportChangesNothing()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("forms_utf8.csv"));
        QVERIFY(r.ok());
        QVERIFY(r->accepted());
        QCOMPARE(r->added, 5);
        QCOMPARE(count("SELECT count(*) FROM forms"), 5);
        const int auditBefore = count("SELECT count(*) FROM audit");
        auto again = importData(ImportKind::Forms, QStringLiteral("forms_utf8.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 5);
        QCOMPARE(count("SELECT count(*) FROM forms"), 5);
        QCOMPARE(count("SELECT count(*) FROM audit"), auditBefore);
        QCOMPARE(count("SELECT count(*) FROM imports"), 1);
        // The same rows in the other spellings are the same forms.
        for (const char *file : {"forms_english.csv", "forms_utf8_bom.csv", "forms_gb18030.csv"}) {
            auto same = importData(ImportKind::Forms, QString::fromLatin1(file));
            QVERIFY2(same.ok() && same->accepted(), file);
            QCOMPARE(same->added, 0);
        }
    }

    void importsGb18030()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("forms_gb18030.csv"));
        QVERIFY(r.ok() && r->accepted());
        QCOMPARE(r->added, 5);
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk);
        auto clerk = m_center->open(QStringLiteral("clerk"));
        auto v = CertificationService(*clerk).lookupForm(QStringLiteral("FN-2026-0001"), QStringLiteral("AB12CD34"));
        QVERIFY(v.ok());
        QCOMPARE(v->form.person.name, QStringLiteral("测试甲"));
        QCOMPARE(v->form.person.address, QStringLiteral("北京市东城区测试路1号"));
        auto forcedWrong = importData(ImportKind::Forms, QStringLiteral("forms_gb18030.csv"), TextEncoding::Utf8);
        QVERIFY(!forcedWrong.ok());
        QCOMPARE(forcedWrong.error().code, ErrorCode::Encoding);
    }

    void oneBadRowImportsNothing()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("forms_one_bad_row.csv"));
        QVERIFY(r.ok());
        QVERIFY(!r->accepted());
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors.first().line, 6);
        QCOMPARE(r->added, 0);
        QCOMPARE(count("SELECT count(*) FROM forms"), 0);
        QCOMPARE(count("SELECT count(*) FROM imports"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'import'"), 0);
    }

    void manyBadRowsAllReported()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("forms_many_bad.csv"));
        QVERIFY(r.ok());
        QVERIFY(r->errors.size() >= 10);
        for (const RowError &e : r->errors) {
            QVERIFY(e.line >= 3);
            QVERIFY(!e.reason.isEmpty());
        }
        QCOMPARE(count("SELECT count(*) FROM forms"), 0);
    }

    void conflictingReimportImportsNothing()
    {
        QVERIFY(importData(ImportKind::Forms, QStringLiteral("forms_utf8.csv"))->accepted());
        QFile f(test::dataPath(QStringLiteral("forms_utf8.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray changed = f.readAll();
        changed.replace("AB12CD34", "ZZ99ZZ99"); // same form number, other check code
        changed.replace("FN-2026-0005", "FN-2026-0099");
        auto r = ImportService(*m_admin).importBytes(ImportKind::Forms, changed, QStringLiteral("x.csv"),
                                                     TextEncoding::Auto);
        QVERIFY(r.ok());
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors.first().line, 2);
        QVERIFY(r->errors.first().reason.contains(QStringLiteral("FN-2026-0001")));
        QCOMPARE(count("SELECT count(*) FROM forms WHERE form_no = 'FN-2026-0099'"), 0);
    }

    void deathNotices()
    {
        // tests/data/deaths.csv mixes good rows with bad ones: nothing of it may land.
        auto mixed = importData(ImportKind::Deaths, QStringLiteral("deaths.csv"));
        QVERIFY(mixed.ok());
        QVERIFY(!mixed->accepted());
        auto mixedGb = importData(ImportKind::Deaths, QStringLiteral("deaths_gb18030.csv"));
        QCOMPARE(mixedGb->errors.size(), mixed->errors.size());
        QCOMPARE(count("SELECT count(*) FROM deaths"), 0);

        const QByteArray good = "公民身份号码,姓名,死亡日期,来源\r\n"
                                "110101193801010112,测试壬,2026-10-01,民政部门\r\n"
                                "310104194006150221,测试癸,2026/9/3,\r\n";
        auto r =
            ImportService(*m_admin).importBytes(ImportKind::Deaths, good, QStringLiteral("d.csv"), TextEncoding::Auto);
        QVERIFY(r.ok() && r->accepted());
        QCOMPARE(r->added, 2);
        auto again =
            ImportService(*m_admin).importBytes(ImportKind::Deaths, good, QStringLiteral("d.csv"), TextEncoding::Auto);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(count("SELECT count(*) FROM deaths"), 2);
    }

    void jsonWithABadObjectImportsNothing()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("forms.json"));
        QVERIFY(r.ok());
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors.first().line, 3);
        QCOMPARE(count("SELECT count(*) FROM forms"), 0);
    }

    void cancelImportsNothing()
    {
        int calls = 0;
        bool ordered = true;
        auto r = ImportService(*m_admin).importFile(ImportKind::Forms, test::dataPath(QStringLiteral("forms_utf8.csv")),
                                                    TextEncoding::Auto, [&](int done, int total) -> bool {
                                                        ++calls;
                                                        ordered = ordered && done <= total;
                                                        return done < total; // cancel at the very end
                                                    });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(calls >= 2);
        QVERIFY(ordered);
        QCOMPARE(count("SELECT count(*) FROM forms"), 0);
    }

    void clerkMayNotImport()
    {
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk);
        auto clerk = m_center->open(QStringLiteral("clerk"));
        auto r = ImportService(*clerk).importFile(ImportKind::Forms, test::dataPath(QStringLiteral("forms_utf8.csv")),
                                                  TextEncoding::Auto);
        QCOMPARE(r.error().code, ErrorCode::Permission);
    }

    void missingFile()
    {
        auto r = importData(ImportKind::Forms, QStringLiteral("does-not-exist.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ReadFailed);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
