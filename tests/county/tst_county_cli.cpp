// The certdesk-county command line (as separate processes): usage errors, secrets from stdin only, refusals,
// import/withdraw summaries, the feedback file and the workload JSON contract.
#include "countytest.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::countytest;

class TestCountyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("county"));
        QCOMPARE(runCounty(m_dir, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                                   QStringLiteral("--county-name"), QStringLiteral("测试县")})
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(m_dir + QStringLiteral("/ca.key")).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        for (const QString &center : {QStringLiteral("C1"), QStringLiteral("C2")})
            QCOMPARE(runCounty(m_dir,
                               {QStringLiteral("enroll"), QStringLiteral("--center"), center, QStringLiteral("--name"),
                                center, QStringLiteral("--out"), m_tmp.filePath(center + QStringLiteral(".p12"))},
                               "bundle-pass\n")
                         .exitCode,
                     0);
    }

    void cliUsage()
    {
        const QString dir = m_dir;
        QCOMPARE(runCounty(dir, {QStringLiteral("bogus")}).exitCode, 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("workload")}).exitCode, 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("workload"), QStringLiteral("--date"), QStringLiteral("2026-13-01")})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("revoke"), QStringLiteral("--center"), QStringLiteral("C1"),
                                 QStringLiteral("--json")})
                     .exitCode,
                 2);
        // Secrets never on argv: no password line → usage; a short one → refused.
        QCOMPARE(runCounty(dir, {QStringLiteral("enroll"), QStringLiteral("--center"), QStringLiteral("C9"),
                                 QStringLiteral("--name"), QStringLiteral("n"), QStringLiteral("--out"),
                                 m_tmp.filePath(QStringLiteral("c9.p12"))})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(dir,
                           {QStringLiteral("enroll"), QStringLiteral("--center"), QStringLiteral("C9"),
                            QStringLiteral("--name"), QStringLiteral("n"), QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("c9.p12"))},
                           "short\n")
                     .exitCode,
                 1);
        QCOMPARE(runCounty(dir, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                                 QStringLiteral("--county-name"), QStringLiteral("again")})
                     .exitCode,
                 1);
        QCOMPARE(runCounty(m_tmp.filePath(QStringLiteral("fresh")),
                           {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                            QStringLiteral("--county-name"), QStringLiteral("n"), QStringLiteral("--database"),
                            QStringLiteral("postgresql://u:secret@127.0.0.1/db")})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("import"), QStringLiteral("forms"),
                                 QStringLiteral(CERTDESK_TEST_DATA "/forms_utf8.csv"), QStringLiteral("--center"),
                                 QStringLiteral("NOPE")})
                     .exitCode,
                 1);
        Run bad = runCounty(dir, {QStringLiteral("import"), QStringLiteral("forms"),
                                  QStringLiteral(CERTDESK_TEST_DATA "/forms_one_bad_row.csv"),
                                  QStringLiteral("--center"), QStringLiteral("C1")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("line "));
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-05-31")};
        Run w = runCounty(dir, QStringList{QStringLiteral("workload")} + range + QStringList{QStringLiteral("--json")});
        QCOMPARE(w.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(w.out).object()[QStringLiteral("rows")].isArray());
        QVERIFY(QJsonDocument::fromJson(w.out).object()[QStringLiteral("total")].isObject());
        // Refusals of the county commands: unknown center, not a PDF, bad batch, unknown batch.
        QCOMPARE(runCounty(dir, QStringList{QStringLiteral("workload")} + range +
                                    QStringList{QStringLiteral("--center"), QStringLiteral("NOPE")})
                     .exitCode,
                 1);
        QCOMPARE(runCounty(dir, QStringList{QStringLiteral("workload")} + range +
                                    QStringList{QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("w.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("workload"), QStringLiteral("--date"), QStringLiteral("2026-05-10")})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(dir, {QStringLiteral("handover"), QStringLiteral("receive"), QStringLiteral("--batch"),
                                 QStringLiteral("C1-3")})
                     .exitCode,
                 2);
        Run unknown = runCounty(dir, {QStringLiteral("handover"), QStringLiteral("receive"), QStringLiteral("--batch"),
                                      QStringLiteral("C1/3")});
        QCOMPARE(unknown.exitCode, 1);
        Run list = runCounty(dir, {QStringLiteral("handover"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).object()[QStringLiteral("overdue_days")].toInt(), 30);
        Run review = runCounty(dir, {QStringLiteral("review"), QStringLiteral("--json")});
        QCOMPARE(review.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(review.out).object()[QStringLiteral("records")].isArray());
    }

    void importMoveWithdraw()
    {
        const QString forms = QStringLiteral(CERTDESK_TEST_DATA "/forms_utf8.csv");
        Run a = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), forms, QStringLiteral("--center"),
                                  QStringLiteral("C1"), QStringLiteral("--json")});
        QCOMPARE(a.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(a.out).object();
        QVERIFY(first[QStringLiteral("added")].toInt() > 0);
        QCOMPARE(first[QStringLiteral("rows")].toInt(), first[QStringLiteral("added")].toInt());
        Run again = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), forms,
                                      QStringLiteral("--center"), QStringLiteral("C1"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(again.out).object()[QStringLiteral("unchanged")].toInt(),
                 first[QStringLiteral("rows")].toInt());
        Run moved = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("forms"), forms,
                                      QStringLiteral("--center"), QStringLiteral("C2"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(moved.out).object()[QStringLiteral("reassigned")].toInt(),
                 first[QStringLiteral("rows")].toInt());
        Run w = runCounty(m_dir, {QStringLiteral("withdraw"), QStringLiteral("--form"), QStringLiteral("FN-2026-0001"),
                                  QStringLiteral("--form"), QStringLiteral("NOPE"), QStringLiteral("--json")});
        QCOMPARE(w.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(w.out).object()[QStringLiteral("updated")].toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(w.out).object()[QStringLiteral("unchanged")].toInt(), 1);
        // Deaths are county-wide without --center; the first notice of a person stands.
        const QString deaths = m_tmp.filePath(QStringLiteral("deaths.csv"));
        QFile file(deaths);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("公民身份号码,姓名,死亡日期,来源\n" + idNumber(5).toLatin1() + ",某人,2026-01-02,民政\n");
        file.close();
        for (const char *key : {"added", "unchanged"}) {
            Run d = runCounty(m_dir,
                              {QStringLiteral("import"), QStringLiteral("deaths"), deaths, QStringLiteral("--json")});
            QCOMPARE(d.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(d.out).object()[QLatin1String(key)].toInt(), 1);
        }
        // A file with bad rows imports nothing.
        Run bad = runCounty(m_dir, {QStringLiteral("import"), QStringLiteral("deaths"),
                                    QStringLiteral(CERTDESK_TEST_DATA "/deaths.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("Nothing imported"));
        QVERIFY(!bad.err.contains(idNumber(5).toLatin1()));
    }

    void feedbackFile()
    {
        const QString out = m_tmp.filePath(QStringLiteral("feedback.csv"));
        Run r = runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                  QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF认证表编号,公民身份号码,姓名,是否健在,认证日期"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QCOMPARE(runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                   QStringLiteral("2026-05-31"), QStringLiteral("--to"), QStringLiteral("2026-05-01"),
                                   QStringLiteral("--format"), QStringLiteral("csv")})
                     .exitCode,
                 2);
        QCOMPARE(runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                   QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                   QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
    }

    // 附件2 for the whole county: one row per enrolled center, printed by printing/ (checked with pdftotext).
    void institutionsSheet()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("institutions.pdf"));
        QCOMPARE(runCounty(m_dir, {QStringLiteral("print"), QStringLiteral("institutions"), QStringLiteral("--out"),
                                   m_tmp.filePath(QStringLiteral("i.txt"))})
                     .exitCode,
                 2);
        Run r =
            runCounty(m_dir, {QStringLiteral("print"), QStringLiteral("institutions"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QFileInfo(pdf).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext (poppler-utils) is required");
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("办理省内异地资格协助认证业务机构填报表")));
        QVERIFY(out.contains(QStringLiteral("C1")) && out.contains(QStringLiteral("C2")));
        // The county's workload prints with the center's document class.
        const QString wpdf = m_tmp.filePath(QStringLiteral("workload.pdf"));
        QCOMPARE(runCounty(m_dir, {QStringLiteral("workload"), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-05-31"), QStringLiteral("--out"), wpdf})
                     .exitCode,
                 0);
        QProcess wtext;
        wtext.start(QStringLiteral("pdftotext"), {wpdf, QStringLiteral("-")});
        QVERIFY(wtext.waitForFinished(60000) && wtext.exitCode() == 0);
        QVERIFY(QString::fromUtf8(wtext.readAllStandardOutput()).contains(QStringLiteral("工作量统计")));
    }

    void mailedFile()
    {
        Run r = runCounty(m_dir, {QStringLiteral("export"), QStringLiteral("mailed"), QStringLiteral("--from"),
                                  QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("format")].toString(),
                 QStringLiteral("certdesk-mailed"));
    }

    void notInitialised()
    {
        QCOMPARE(runCounty(m_tmp.filePath(QStringLiteral("nothing")), {QStringLiteral("conflicts")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCountyCli)
#include "tst_county_cli.moc"
