// Export of results and the workload table.
#include "fixture.h"
#include "sessionaccess.h"

#include "io/csv.h"
#include "services/certification.h"
#include "services/reports.h"
#include "testerrorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace certdesk;

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    QList<Form> m_forms;
    QString m_corrected; // uuid of the record that supersedes the first certification

    CertifyRequest request(int i) const { return {m_forms[i].formNo, m_forms[i].checkCode, m_forms[i].person.idNo}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_center = std::make_unique<test::TestCenter>();
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        m_center->addUser(QStringLiteral("clerk2"), Role::Clerk, QStringLiteral("赵经办"));
        m_center->addUser(QStringLiteral("super"), Role::Supervisor);
        m_forms = m_center->seedForms(6);
        auto clerk = m_center->open(QStringLiteral("clerk"));
        CertificationService svc(*clerk);
        auto first = svc.certify(request(0));
        QVERIFY(first.ok());
        CertifyRequest moved = request(1);
        moved.change.address = QStringLiteral("新址，含逗号\"引号\"");
        QVERIFY(svc.certify(moved).ok());
        CertifyRequest dead = request(2);
        dead.alive = false;
        QVERIFY(svc.certify(dead).ok());
        (void)svc.certify(request(0)); // refusal: already certified
        m_center->clock.advanceSecs(24 * 3600);
        auto clerk2 = m_center->open(QStringLiteral("clerk2"));
        QVERIFY(CertificationService(*clerk2).certify(request(3)).ok());
        auto fix = CertificationService(*clerk2).correct({first->uuid, QStringLiteral("方法录错"), std::nullopt, {}});
        QVERIFY(fix.ok());
        m_corrected = fix->uuid;
    }

    void workloadPerDayAndClerk()
    {
        auto sup = m_center->open(QStringLiteral("super"));
        auto rows = ReportService(*sup).workload(QDate(2026, 5, 1), QDate(2026, 5, 31));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const WorkloadRow &d1 = rows->at(0);
        QCOMPARE(d1.date, QDate(2026, 5, 10));
        QCOMPARE(d1.clerk, QStringLiteral("clerk"));
        QCOMPARE(d1.alive, 2);
        QCOMPARE(d1.deceased, 1);
        QCOMPARE(d1.addressChanges, 1);
        QCOMPARE(d1.refusals, 1);
        const WorkloadRow &d2 = rows->at(1);
        QCOMPARE(d2.date, QDate(2026, 5, 11));
        QCOMPARE(d2.clerk, QStringLiteral("clerk2"));
        QCOMPARE(d2.alive, 1); // the correction is not a new certification
        QCOMPARE(d2.refusals, 0);
        auto only11 = ReportService(*sup).workload(QDate(2026, 5, 11), QDate(2026, 5, 11));
        QCOMPARE(only11->size(), 1);
        QCOMPARE(ReportService(*sup).workload(QDate(2026, 5, 11), QDate(2026, 5, 1)).error().code, ErrorCode::Range);
        auto clerk = m_center->open(QStringLiteral("clerk"));
        QCOMPARE(ReportService(*clerk).workload(QDate(2026, 5, 1), QDate(2026, 5, 31)).error().code,
                 ErrorCode::Permission);
    }

    void exportCsv()
    {
        auto sup = m_center->open(QStringLiteral("super"));
        auto data = ReportService(*sup).exportResults(QDate(2026, 5, 1), QDate(2026, 5, 31), ExportFormat::Csv);
        QVERIFY(data.ok());
        QVERIFY(data->startsWith("\xEF\xBB\xBF"));
        auto records = parseCsv(QString::fromUtf8(data->mid(3)));
        QVERIFY(records.ok());
        QCOMPARE(records->first().fields, ReportService::exportColumns());
        QCOMPARE(records->size(), 1 + 4); // the superseded record is not exported, its correction is
        const QStringList cols = ReportService::exportColumns();
        QStringList uuids;
        for (int i = 1; i < records->size(); ++i)
            uuids << records->at(i).fields.at(cols.indexOf(QStringLiteral("uuid")));
        QVERIFY(uuids.contains(m_corrected));
        bool sawAddress = false;
        for (int i = 1; i < records->size(); ++i) {
            const QStringList &f = records->at(i).fields;
            if (f.at(cols.indexOf(QStringLiteral("new_address"))) == QStringLiteral("新址，含逗号\"引号\""))
                sawAddress = true;
            if (f.at(0) == m_corrected) {
                QCOMPARE(f.at(cols.indexOf(QStringLiteral("correction_reason"))), QStringLiteral("方法录错"));
                QCOMPARE(f.at(cols.indexOf(QStringLiteral("name"))), m_forms[0].person.name);
                QCOMPARE(f.at(cols.indexOf(QStringLiteral("id_no"))), m_forms[0].person.idNo);
            }
        }
        QVERIFY(sawAddress);
    }

    void exportJson()
    {
        auto sup = m_center->open(QStringLiteral("super"));
        auto data = ReportService(*sup).exportResults(QDate(2026, 5, 10), QDate(2026, 5, 10), ExportFormat::Json);
        QVERIFY(data.ok());
        const QJsonObject doc = QJsonDocument::fromJson(data.value()).object();
        QCOMPARE(doc.value(QLatin1String("center_code")).toString(), QStringLiteral("T001"));
        const QJsonArray results = doc.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2); // day 1: three records, one of them superseded on day 2
        for (const QJsonValue &v : results) {
            QCOMPARE(v.toObject().keys().size(), ReportService::exportColumns().size());
            QVERIFY(v[QLatin1String("alive")].isBool());
        }
        auto audit = SessionAccess::db(*sup).prepare("SELECT count(*) FROM audit WHERE action = 'export'");
        QVERIFY(audit->step().value());
        QVERIFY(audit->int64(0) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
