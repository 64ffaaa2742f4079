// The reports' running tallies (county/lib/tallies.h) on SQLite and PostgreSQL: after every kind of write — pushes,
// a re-push of the same records, a conflict, a correction, a withdrawal, imports (a new form, a form moved to another
// center, a paper registration matched by the list) — the tallies equal a recomputation from the raw records
// (rebuildTallies, in a transaction rolled back), the workload rows read from them equal computeWorkload over the raw
// records in both modes, and the schema step that introduces them fills them from existing rows.
#include "countydb.h"
#include "countydbsuite.h"
#include "countyreports.h"
#include "countystore.h"
#include "countytest.h"
#include "pushprocessor.h"
#include "reportqueries.h"
#include "tallies.h"

#include <QJsonArray>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;
using protocol::PushStatus;

class TestCountyTallies : public countytest::CountyDbSuite
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);

    QList<protocol::PushResult> push(const QString &center, const QList<protocol::PushRecord> &records)
    {
        auto r = processPush(*m_db, center, recordValues(records), m_now);
        if (!r)
            qWarning("push: %s", qPrintable(r.error().message));
        // A failed batch answers nothing: the callers' per-record checks must then fail, not pass over nothing.
        return r ? r->results : QList<protocol::PushResult>(records.size());
    }

    QStringList rows(const QString &sql)
    {
        QStringList out;
        auto q = m_db->run(sql);
        if (!q)
            return {QStringLiteral("error: ") + q.error().message};
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < q->record().count(); ++i)
                cells << q->value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    // Every tally row that counts something, and every form's standing.
    QStringList snapshot()
    {
        return rows(QStringLiteral("SELECT center_code, cycle, forms, withdrawn, alive, deceased FROM progress_tallies "
                                   "WHERE forms <> 0 OR withdrawn <> 0 OR alive <> 0 OR deceased <> 0 ORDER BY 1, 2")) +
               rows(QStringLiteral("SELECT center_code, cycle, day, certified FROM progress_days WHERE certified <> 0 "
                                   "ORDER BY 1, 2, 3")) +
               rows(QStringLiteral("SELECT basis, day, center_code, clerk, clerk_name, online_alive, online_deceased, "
                                   "mail_alive, mail_deceased, info_changes, corrections FROM workload_tallies WHERE "
                                   "online_alive + online_deceased + mail_alive + mail_deceased + info_changes + "
                                   "corrections <> 0 ORDER BY 1, 2, 3, 4")) +
               rows(QStringLiteral("SELECT form_no, standing, standing_day FROM forms ORDER BY form_no"));
    }

    static QJsonArray json(const QList<WorkloadRow> &rows)
    {
        QJsonArray a;
        for (const WorkloadRow &r : rows)
            a.append(workloadRowJson(r));
        return a;
    }

    // The kept tallies equal a recomputation from the raw records; the workload read from them equals the raw one.
    void checkAgainstRaw(const char *step)
    {
        const QStringList kept = snapshot();
        {
            CountyTransaction tx(*m_db);
            QVERIFY(tx.begun().ok());
            QVERIFY(rebuildTallies(*m_db).ok());
            const QStringList recomputed = snapshot();
            if (kept != recomputed)
                qWarning("%s: kept\n%s\nrecomputed\n%s", step, qPrintable(kept.join(u'\n')),
                         qPrintable(recomputed.join(u'\n')));
            QCOMPARE(kept, recomputed);
        } // rolled back: the next step goes on with the incrementally kept tallies
        QCOMPARE(snapshot(), kept);
        for (bool arrival : {false, true})
            for (const QString &center : {QString(), QStringLiteral("C1"), QStringLiteral("C2")}) {
                auto fromTallies = workload(*m_db, QDate(2026, 5, 1), QDate(2026, 5, 31), center, arrival);
                auto fromRecords = workloadFromRecords(*m_db, QDate(2026, 5, 1), QDate(2026, 5, 31), center, arrival);
                QVERIFY(fromTallies.ok() && fromRecords.ok());
                QCOMPARE(json(fromTallies.value()), json(fromRecords.value()));
            }
    }

    protocol::PushRecord record(const QString &formNo, int serial, const QString &clerk, const QDate &day, bool alive)
    {
        protocol::PushRecord r = makeRecord(formNo, serial, clerk);
        r.clerkName = clerk == QStringLiteral("li") ? QStringLiteral("李经办") : QStringLiteral("王经办");
        r.localDate = day;
        r.certifiedAt = QDateTime(day, QTime(2, 0), Qt::UTC);
        r.alive = alive;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { startPostgres(); }
    void cleanupTestCase() { stopPostgres(); }

    void tallies_data() { addBackends(); }
    void tallies()
    {
        QFETCH(bool, postgres);
        COUNTY_SKIP_WITHOUT_POSTGRES(postgres);
        QVERIFY(openFreshDb(postgres));
        QList<Form> c1;
        for (int i = 1; i <= 8; ++i)
            c1 << makeForm(QStringLiteral("A%1").arg(i), i);
        c1[6].variant = FormVariant::Mail; // A7: 附表2
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), c1, m_now).ok());
        QVERIFY(importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("B1"), 21)}, m_now).ok());
        checkAgainstRaw("import");

        // Pushes on two days by two clerks; one deceased, one with a new address, the mail form.
        auto a1 = record(QStringLiteral("A1"), 1, QStringLiteral("li"), QDate(2026, 5, 10), true);
        auto a2 = record(QStringLiteral("A2"), 2, QStringLiteral("li"), QDate(2026, 5, 10), true);
        auto a3 = record(QStringLiteral("A3"), 3, QStringLiteral("wang"), QDate(2026, 5, 9), false);
        auto a7 = record(QStringLiteral("A7"), 7, QStringLiteral("wang"), QDate(2026, 5, 9), true);
        a7.change.address = QStringLiteral("新地址");
        for (const auto &r : push(QStringLiteral("C1"), {a1, a2, a3, a7}))
            QCOMPARE(r.status, PushStatus::Accepted);
        checkAgainstRaw("push");
        const QStringList afterPush = snapshot();

        // The same records again (a retry after a lost answer): duplicates, nothing counted twice.
        for (const auto &r : push(QStringLiteral("C1"), {a1, a2, a3, a7}))
            QCOMPARE(r.status, PushStatus::Duplicate);
        QCOMPARE(snapshot(), afterPush);
        checkAgainstRaw("re-push");

        // A conflict: C2 certifies A1 again, a day later and arriving a day later (the workload counts it, the
        // progress does not).
        m_now = m_now.addDays(1);
        QCOMPARE(push(QStringLiteral("C2"),
                      {record(QStringLiteral("A1"), 1, QStringLiteral("zhao"), QDate(2026, 5, 11), true)})[0]
                     .status,
                 PushStatus::Conflict);
        checkAgainstRaw("conflict");

        // Corrections: A1 deceased (its own batch), A2 alive → deceased with an address, then corrected back in the
        // same batch as a new record.
        auto a1fix = record(QStringLiteral("A1"), 1, QStringLiteral("wang"), QDate(2026, 5, 11), false);
        a1fix.supersedes = a1.uuid;
        a1fix.correctionReason = QStringLiteral("录错");
        QCOMPARE(push(QStringLiteral("C1"), {a1fix})[0].status, PushStatus::Accepted);
        checkAgainstRaw("correction alone");
        auto fix = record(QStringLiteral("A2"), 2, QStringLiteral("wang"), QDate(2026, 5, 11), false);
        fix.supersedes = a2.uuid;
        fix.correctionReason = QStringLiteral("录错");
        fix.change.address = QStringLiteral("另一地址");
        auto back = record(QStringLiteral("A2"), 2, QStringLiteral("li"), QDate(2026, 5, 11), true);
        back.supersedes = fix.uuid;
        back.correctionReason = QStringLiteral("再改");
        auto a4 = record(QStringLiteral("A4"), 4, QStringLiteral("li"), QDate(2026, 5, 11), true);
        for (const auto &r : push(QStringLiteral("C1"), {fix, back, a4}))
            QCOMPARE(r.status, PushStatus::Accepted);
        checkAgainstRaw("correction");

        // Withdrawals: an open form (leaves the forms due) and a certified one.
        QVERIFY(withdrawForms(*m_db, {QStringLiteral("A8"), QStringLiteral("A3")}, m_now).ok());
        checkAgainstRaw("withdrawal");

        // Imports: a paper registration of a form the county did not hold, then the list brings it (matched: it
        // stands); A4 (certified) moves to C2; a new form for C2.
        auto paper = paperRecord(QStringLiteral("P1"), 31);
        paper.localDate = QDate(2026, 5, 11);
        QCOMPARE(push(QStringLiteral("C2"), {paper})[0].status, PushStatus::Accepted);
        checkAgainstRaw("paper");
        QVERIFY(importForms(*m_db, QStringLiteral("C2"),
                            {makeForm(QStringLiteral("P1"), 31), makeForm(QStringLiteral("A4"), 4),
                             makeForm(QStringLiteral("B2"), 22)},
                            m_now)
                    .ok());
        checkAgainstRaw("import again");

        // The figures themselves. C1: A1 deceased (corrected), A2 alive (corrected back), A7 alive; A3 withdrawn
        // after its deceased record, A8 withdrawn; A5, A6 open. C2: P1 alive (paper, matched), A4 alive (moved), B1,
        // B2 open.
        QCOMPARE(rows(QStringLiteral("SELECT center_code, forms, withdrawn, alive, deceased FROM progress_tallies "
                                     "ORDER BY 1")),
                 (QStringList{QStringLiteral("C1|7|2|2|1"), QStringLiteral("C2|4|0|2|0")}));
        auto overview = overviewReport(*m_db, {m_now, QDate(2026, 5, 11)}, 0);
        QVERIFY(overview.ok());
        const QJsonObject total = overview->value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("due")).toInteger(), 8); // 11 forms − 2 withdrawn − 1 deceased
        QCOMPARE(total.value(QStringLiteral("remaining")).toInteger(), 4);
        auto open = openFormsReport(*m_db, QStringLiteral("C1"), 0, 100);
        QVERIFY(open.ok());
        QCOMPARE(open->value(QStringLiteral("total")).toInteger(), 2);
        QCOMPARE(open->value(QStringLiteral("forms")).toArray().size(), 2);
        QCOMPARE(open->value(QStringLiteral("forms")).toArray().at(0).toObject().value(QStringLiteral("form_no")),
                 QStringLiteral("A5"));
        auto w = workload(*m_db, QDate(2026, 5, 9), QDate(2026, 5, 11));
        QVERIFY(w.ok());
        const WorkloadRow sum = workloadTotal(w.value());
        QCOMPARE(sum.alive, 5);    // A2 (current: alive), A7, the conflicting A1, A4, P1
        QCOMPARE(sum.deceased, 2); // A1 (corrected), A3
        QCOMPARE(sum.corrections, 3);
        QCOMPARE(sum.mailAlive, 1);
        QCOMPARE(sum.addressChanges, 1); // A7; A2's chain ends without an address change

        // The schema step (7) fills the tallies from existing rows: undo it, and the steps after it (8: audit heads,
        // 9: the standing index), and migrate again from 6.
        const QStringList kept = snapshot();
        for (const char *sql :
             {"DROP INDEX certifications_standing", "DROP TABLE audit_head_events", "DROP TABLE audit_heads",
              "DROP INDEX forms_open", "DROP INDEX workload_tallies_by_center", "DROP TABLE progress_tallies",
              "DROP TABLE progress_days", "DROP TABLE workload_tallies", "ALTER TABLE forms DROP COLUMN standing",
              "ALTER TABLE forms DROP COLUMN standing_day"})
            QVERIFY2(m_db->run(QLatin1String(sql)).ok(), sql);
        QCOMPARE(latestCountySchema(), 9); // a new step: undo it above too
        QVERIFY(
            m_db->run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"), {QStringLiteral("6")})
                .ok());
        QVERIFY(migrateCounty(*m_db).ok());
        QCOMPARE(countySchemaVersion(*m_db).value(), latestCountySchema());
        QCOMPARE(snapshot(), kept);
    }
};

QTEST_GUILESS_MAIN(TestCountyTallies)
#include "tst_county_tallies.moc"
