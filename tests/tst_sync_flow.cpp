// End-to-end sync against a real certdesk-county process, on SQLite and on PostgreSQL (one data row each; the
// PostgreSQL row is skipped with the reason when no cluster can be started): pull of forms and death notices,
// push, the same batch sent twice (through the client and raw), and two centers certifying one form.
// The county's certificates are made at test time by `certdesk-county init/enroll`.

#include "httpsprobe.h"
#include "syncdeployment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

} // namespace

class SyncFlowTest : public SyncBackendSuite
{
    Q_OBJECT

private:
    QDate m_today;

    // The county's rows of these uuids: "uuid|status" lines.
    QStringList countyRecords(SyncDeployment &d, const QStringList &uuids)
    {
        QStringList rows;
        if (!d.countyQuery(QStringLiteral("SELECT uuid, status FROM certifications WHERE uuid IN (%1) ORDER BY uuid")
                               .arg(sqlList(uuids)),
                           &rows))
            return {QStringLiteral("query failed")};
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_today = QDate::currentDate();
        startBackends();
    }

    void init() { skipRowWithoutCounty(); }

    void pushAndPull_data() { backendRows(); }
    void pushAndPull()
    {
        SyncDeployment &d = deployment();
        const QList<Form> forms = syncForms(QStringLiteral("PP"), 30, m_today);
        auto center = d.addCenter(QStringLiteral("C01"), QStringLiteral("测试一街道服务中心"));
        QVERIFY(center);
        QVERIFY(d.importForms(forms, QStringLiteral("C01")));
        QVERIFY(d.importDeaths(forms.mid(28), m_today.addDays(-10)));

        // Pull: every form assigned to the center and the county-wide death notices arrive.
        const CliResult pulled = center->sync();
        CLI_EXPECT_EXIT(pulled, 0);
        const QJsonObject p = pulled.json();
        QCOMPARE(jsonKeys(p).contains(QStringLiteral("pulled_forms")), true);
        QCOMPARE(p.value(QStringLiteral("pulled_forms")).toInt(), 30);
        QCOMPARE(p.value(QStringLiteral("pulled_deaths")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(center->formCount(), 30);
        QCOMPARE(center->deathCount(), 2);

        // Push: 28 certified at the counter (the two on the death list are not certified alive).
        QStringList uuids;
        QVERIFY(center->certify(forms.mid(0, 28), true, &uuids));
        const CliResult pushed = center->sync();
        CLI_EXPECT_EXIT(pushed, 0);
        const QJsonObject r = pushed.json();
        for (const char *key :
             {"pushed", "accepted", "duplicates", "conflicts", "rejected", "pulled_forms", "pulled_deaths"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value(QStringLiteral("pushed")).toInt(), 28);
        QCOMPARE(r.value(QStringLiteral("accepted")).toInt(), 28);
        QCOMPARE(r.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("pulled_forms")).toInt(), 0); // nothing new
        QCOMPARE(center->outboxStates().value(QStringLiteral("acked")), 28);
        QCOMPARE(center->outboxStates().value(QStringLiteral("pending")), 0);

        // The county has each record once, and its reports count them.
        QCOMPARE(countyRecords(d, uuids).size(), 28);
        const QJsonArray rows = d.county().workload(m_today).value(QStringLiteral("rows")).toArray();
        int alive = 0;
        for (const QJsonValue &row : rows)
            if (row[QStringLiteral("center")].toString() == QStringLiteral("C01"))
                alive += row[QStringLiteral("alive")].toInt();
        QCOMPARE(alive, 28);
        const QJsonArray feedback = d.county().feedback(m_today, m_today);
        QStringList formNos;
        for (const QJsonValue &row : feedback)
            if (row[QStringLiteral("center_code")].toString() == QStringLiteral("C01"))
                formNos << row[QStringLiteral("form_no")].toString();
        QCOMPARE(formNos.size(), 28);
        QCOMPARE(asSet(formNos).size(), 28);

        // The server keeps personal data out of its log.
        QVERIFY(!d.county().output().contains(forms.first().person.idNo.toUtf8()));
    }

    void sameBatchSentTwice_data() { backendRows(); }
    void sameBatchSentTwice()
    {
        SyncDeployment &d = deployment();
        const QList<Form> forms = syncForms(QStringLiteral("TW"), 12, m_today);
        auto center = d.addCenter(QStringLiteral("C02"), QStringLiteral("测试二街道服务中心"));
        QVERIFY(center);
        QVERIFY(d.importForms(forms, QStringLiteral("C02")));
        CLI_EXPECT_EXIT(center->sync(), 0);
        QStringList uuids;
        QVERIFY(center->certify(forms.mid(0, 8), true, &uuids));
        const CliResult first = center->sync();
        CLI_EXPECT_EXIT(first, 0);
        QCOMPARE(first.json().value(QStringLiteral("accepted")).toInt(), 8);

        // Every answer lost: the client sends the whole batch again; the county answers duplicate.
        QVERIFY(center->resetOutbox());
        const CliResult again = center->sync();
        CLI_EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().value(QStringLiteral("pushed")).toInt(), 8);
        QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 8);
        QCOMPARE(again.json().value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(center->outboxStates().value(QStringLiteral("acked")), 8);
        QCOMPARE(countyRecords(d, uuids).size(), 8);

        // The same request body twice on the wire: all accepted, then all duplicate, stored once.
        const ClientBundle bundle = loadBundle(d.filePath(QStringLiteral("C02.p12")), SyncDeployment::bundlePassword());
        QVERIFY(bundle.valid());
        QJsonArray records;
        QStringList rawUuids;
        for (const Form &f : forms.mid(8)) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rawUuids << uuid;
            records.append(QJsonObject{
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("form_no"), f.formNo},
                {QStringLiteral("cycle"), f.cycle},
                {QStringLiteral("id_no"), f.person.idNo},
                {QStringLiteral("alive"), true},
                {QStringLiteral("method"), QStringLiteral("manual")},
                {QStringLiteral("clerk"), QStringLiteral("clerk")},
                {QStringLiteral("clerk_name"), QStringLiteral("经办员")},
                {QStringLiteral("certified_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("local_date"), m_today.toString(Qt::ISODate)}});
        }
        // This certificate has sent its audit head with the client's pushes, so a push from it must carry one
        // (docs/sync-protocol.md, "Audit head"): the head the county holds, unchanged, with no links.
        QStringList head;
        QVERIFY(d.countyQuery(QStringLiteral("SELECT seq, hash FROM audit_heads WHERE center_code = 'C02'"), &head));
        QCOMPARE(head.size(), 1);
        const QJsonObject audit{{QStringLiteral("seq"), head[0].section(QLatin1Char('|'), 0, 0).toLongLong()},
                                {QStringLiteral("hash"), head[0].section(QLatin1Char('|'), 1)},
                                {QStringLiteral("from"), head[0].section(QLatin1Char('|'), 0, 0).toLongLong()},
                                {QStringLiteral("links"), QJsonArray()}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("protocol"), 1},
                                                          {QStringLiteral("records"), records},
                                                          {QStringLiteral("audit"), audit}})
                                    .toJson(QJsonDocument::Compact);
        const QString push = d.county().url() + QStringLiteral("/api/v1/push");
        for (const char *expected : {"accepted", "duplicate"}) {
            const HttpAnswer a = httpsRequest(push, probeConfig(bundle.caChain, bundle), body);
            QVERIFY2(a.status == 200, qPrintable(a.describe()));
            const QJsonArray results =
                QJsonDocument::fromJson(a.body).object().value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), 4);
            for (int i = 0; i < results.size(); ++i) {
                QCOMPARE(results[i][QStringLiteral("uuid")].toString(), rawUuids[i]);
                QCOMPARE(results[i][QStringLiteral("status")].toString(), QLatin1String(expected));
            }
        }
        QCOMPARE(countyRecords(d, rawUuids).size(), 4);
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications WHERE center_code = 'C02'")), 12);
    }

    void conflictVisibleOnBothSides_data() { backendRows(); }
    void conflictVisibleOnBothSides()
    {
        SyncDeployment &d = deployment();
        const QList<Form> forms = syncForms(QStringLiteral("CF"), 3, m_today);
        auto first = d.addCenter(QStringLiteral("C03"), QStringLiteral("测试三街道服务中心"));
        auto second = d.addCenter(QStringLiteral("C04"), QStringLiteral("测试四街道服务中心"));
        QVERIFY(first && second);
        QVERIFY(d.importForms(forms, QStringLiteral("C03")));
        CLI_EXPECT_EXIT(first->sync(), 0);
        // County-wide service: a new center pulls every form of the county (earlier tests' too), these included.
        QVERIFY(first->formCount() >= 3);
        // The pensioner also shows up at C04, which holds the same form from the county's file.
        QVERIFY(second->importForms(forms.mid(0, 1)));
        QVERIFY(first->certify(forms.mid(0, 1)));
        QVERIFY(second->certify(forms.mid(0, 1)));

        const CliResult a = first->sync();
        CLI_EXPECT_EXIT(a, 0);
        QCOMPARE(a.json().value(QStringLiteral("accepted")).toInt(), 1);
        const CliResult b = second->sync();
        CLI_EXPECT_EXIT(b, 0);
        QCOMPARE(b.json().value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(b.json().value(QStringLiteral("accepted")).toInt(), 0);

        // County side: exactly one conflict, about that form, naming both centers.
        const QJsonArray conflicts = d.county().conflicts();
        int ours = 0;
        for (const QJsonValue &c : conflicts) {
            const QByteArray text = QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact);
            if (text.contains(forms.first().formNo.toUtf8())) {
                ++ours;
                QVERIFY2(text.contains("C03") && text.contains("C04"), text.constData());
            }
        }
        QCOMPARE(ours, 1);
        // Both centers see it: the later one in its push answer, the first one through the pulled notice.
        QCOMPARE(second->outboxConflicts(), 1);
        CLI_EXPECT_EXIT(first->sync(), 0);
        QCOMPARE(first->outboxConflicts(), 1);
        // Nothing was lost: both records are stored, one accepted and one flagged.
        QCOMPARE(
            d.countyScalar(
                QStringLiteral("SELECT count(*) FROM certifications WHERE form_no = '%1'").arg(forms.first().formNo)),
            2);
    }
};

QTEST_GUILESS_MAIN(SyncFlowTest)
#include "tst_sync_flow.moc"
