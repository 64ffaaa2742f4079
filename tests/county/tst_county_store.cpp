// County storage on SQLite and on a throw-away PostgreSQL cluster: push decisions (accepted / duplicate / conflict /
// rejected, corrections), the pull log (assignment, moves, withdrawals, deaths, conflict notices, paging),
// migrations and the reports. Every test runs once per backend.
#include "countydb.h"
#include "countydbsuite.h"
#include "countyreports.h"
#include "countystore.h"
#include "countytest.h"
#include "protocol/codec.h"
#include "pushprocessor.h"
#include "testerrorcode.h"
#include "zhcheck.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;
using protocol::PushStatus;

using certdesk::test::englishWords;
using certdesk::test::hasChinese;

class TestCountyStore : public countytest::CountyDbSuite
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);

    // A fresh, migrated database of the row's backend, with centers C1 and C2 enrolled.
    bool openFresh()
    {
        QFETCH(bool, postgres);
        return openFreshDb(postgres) &&
               recordEnrolment(*m_db, QStringLiteral("C1"), QStringLiteral("一"), QStringLiteral("a1"), m_now, m_now) &&
               recordEnrolment(*m_db, QStringLiteral("C2"), QStringLiteral("二"), QStringLiteral("a2"), m_now, m_now);
    }

    QList<protocol::PushResult> push(const QString &center, const QList<protocol::PushRecord> &records)
    {
        auto r = processPush(*m_db, center, recordValues(records), m_now);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return {};
        }
        return r->results;
    }

    QJsonObject pull(const QString &center, qint64 cursor, int limit = 1000)
    {
        auto page = pullPage(*m_db, center, cursor, limit);
        return page ? QJsonDocument::fromJson(page.value()).object() : QJsonObject();
    }

    QString text(const QString &sql)
    {
        auto q = m_db->run(sql);
        return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
    }

    static QStringList kinds(const QJsonObject &page)
    {
        QStringList out;
        for (const QJsonValue &c : page.value(QStringLiteral("changes")).toArray())
            out << c.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                       c.toObject().value(QStringLiteral("form_no")).toString();
        return out;
    }

#define FRESH()                                                                                                        \
    do {                                                                                                               \
        QFETCH(bool, postgres);                                                                                        \
        COUNTY_SKIP_WITHOUT_POSTGRES(postgres);                                                                        \
        QVERIFY(openFresh());                                                                                          \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        startPostgres();
    }
    void cleanupTestCase()
    {
        stopPostgres();
    }

    void migrations_data()
    {
        addBackends();
    }
    void migrations()
    {
        FRESH();
        QCOMPARE(countySchemaVersion(*m_db).value(), latestCountySchema());
        QVERIFY(migrateCounty(*m_db).ok()); // idempotent
        QVERIFY(m_db->run(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")).ok());
        auto s = migrateCounty(*m_db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::SchemaTooNew);
    }

    void pushDecisions_data()
    {
        addBackends();
    }
    void pushDecisions()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        const auto a = makeRecord(QStringLiteral("F1"), 1);
        auto r = push(QStringLiteral("C1"), {a});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, PushStatus::Accepted);
        // Retried after a lost answer: duplicate, nothing changes.
        r = push(QStringLiteral("C1"), {a});
        QCOMPARE(r[0].status, PushStatus::Duplicate);
        QCOMPARE(r[0].original, PushStatus::Accepted);
        // The same uuid from another center is not a duplicate of it.
        r = push(QStringLiteral("C2"), {a});
        QCOMPARE(r[0].status, PushStatus::Rejected);
        QCOMPARE(r[0].reason, QStringLiteral("uuid_taken"));
        // Another center certifies the same form: conflict, the first stands.
        const auto b = makeRecord(QStringLiteral("F1"), 1);
        r = push(QStringLiteral("C2"), {b});
        QCOMPARE(r[0].status, PushStatus::Conflict);
        QCOMPARE(r[0].otherCenter, QStringLiteral("C1"));
        QCOMPARE(r[0].otherUuid, a.uuid);
        r = push(QStringLiteral("C2"), {b});
        QCOMPARE(r[0].status, PushStatus::Duplicate);
        QCOMPARE(r[0].original, PushStatus::Conflict);
        QCOMPARE(r[0].otherCenter, QStringLiteral("C1"));
        // Another cycle is no conflict.
        auto nextCycle = makeRecord(QStringLiteral("F1"), 1);
        nextCycle.cycle = 2027;
        QCOMPARE(push(QStringLiteral("C2"), {nextCycle})[0].status, PushStatus::Accepted);
        // The ID number must match the county's copy of the form; a form the county does not hold comes only
        // from a paper registration, which waits for review.
        auto wrongId = makeRecord(QStringLiteral("F1"), 2);
        wrongId.cycle = 2028;
        r = push(QStringLiteral("C1"), {wrongId});
        QCOMPARE(r[0].status, PushStatus::Rejected);
        QCOMPARE(r[0].reason, QStringLiteral("id_mismatch"));
        r = push(QStringLiteral("C1"), {makeRecord(QStringLiteral("UNKNOWN"), 5)});
        QCOMPARE(r[0].status, PushStatus::Rejected);
        QCOMPARE(r[0].reason, QStringLiteral("unknown_form"));
        QCOMPARE(push(QStringLiteral("C1"), {paperRecord(QStringLiteral("UNKNOWN"), 5)})[0].status,
                 PushStatus::Accepted);
        QCOMPARE(text(QStringLiteral("SELECT review FROM certifications WHERE form_no = 'UNKNOWN'")),
                 QStringLiteral("pending"));

        auto conflictsList = conflicts(*m_db);
        QVERIFY(conflictsList.ok());
        QCOMPARE(conflictsList->size(), 1);
        QCOMPARE(conflictsList->at(0).firstCenter, QStringLiteral("C1"));
        QCOMPARE(conflictsList->at(0).secondCenter, QStringLiteral("C2"));
        QCOMPARE(conflictsList->at(0).secondUuid, b.uuid);
    }

    // Under zh_CN the county's per-record refusals reach the center in Chinese (they are shown at the counter).
    void rejectionsInChinese_data()
    {
        addBackends();
    }
    void rejectionsInChinese()
    {
        FRESH();
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/certdesk_zh_CN")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const auto a = makeRecord(QStringLiteral("F1"), 1);
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        QCOMPARE(push(QStringLiteral("C1"), {a})[0].status, PushStatus::Accepted);
        const auto r = push(QStringLiteral("C2"), {a});
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].reason, QStringLiteral("uuid_taken")); // the stable word stays as it is
        QVERIFY2(hasChinese(r[0].message) && englishWords(r[0].message).isEmpty(), qPrintable(r[0].message));
    }

    void pushBatchIsPerRecord_data()
    {
        addBackends();
    }
    void pushBatchIsPerRecord()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"),
                            {makeForm(QStringLiteral("F1"), 1), makeForm(QStringLiteral("F2"), 2),
                             makeForm(QStringLiteral("F3"), 3)},
                            m_now)
                    .ok());
        QJsonArray values = recordValues({makeRecord(QStringLiteral("F1"), 1), makeRecord(QStringLiteral("F2"), 2)});
        values.insert(1, QJsonObject{{QStringLiteral("uuid"), QStringLiteral("broken")}});
        values.append(QStringLiteral("not an object"));
        auto r = processPush(*m_db, QStringLiteral("C1"), values, m_now);
        QVERIFY(r.ok());
        QCOMPARE(r->results.size(), 4);
        QCOMPARE(r->results[0].status, PushStatus::Accepted);
        QCOMPARE(r->results[1].status, PushStatus::Rejected);
        QCOMPARE(r->results[1].reason, QStringLiteral("invalid_record"));
        QCOMPARE(r->results[1].uuid, QStringLiteral("broken"));
        QCOMPARE(r->results[2].status, PushStatus::Accepted);
        QCOMPARE(r->results[3].status, PushStatus::Rejected);
        // The same form twice in one batch: the second is a conflict (same center, not a correction).
        const auto x = makeRecord(QStringLiteral("F3"), 3);
        const auto y = makeRecord(QStringLiteral("F3"), 3);
        auto r2 = push(QStringLiteral("C1"), {x, y});
        QCOMPARE(r2[0].status, PushStatus::Accepted);
        QCOMPARE(r2[1].status, PushStatus::Conflict);
    }

    void corrections_data()
    {
        addBackends();
    }
    void corrections()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        const auto original = makeRecord(QStringLiteral("F1"), 1);
        auto fix = makeRecord(QStringLiteral("F1"), 1);
        fix.alive = false;
        fix.supersedes = original.uuid;
        fix.correctionReason = QStringLiteral("录错");
        // Correction before its original (same batch, in order): unknown, then fine once the original is there.
        auto r = push(QStringLiteral("C1"), {fix, original});
        QCOMPARE(r[0].status, PushStatus::Rejected);
        QCOMPARE(r[0].reason, QStringLiteral("unknown_supersedes"));
        QCOMPARE(r[1].status, PushStatus::Accepted);
        QCOMPARE(push(QStringLiteral("C1"), {fix})[0].status, PushStatus::Accepted);
        auto again = makeRecord(QStringLiteral("F1"), 1);
        again.supersedes = original.uuid;
        QCOMPARE(push(QStringLiteral("C1"), {again})[0].reason, QStringLiteral("superseded_twice"));
        auto foreign = makeRecord(QStringLiteral("F1"), 1);
        foreign.supersedes = fix.uuid;
        QCOMPARE(push(QStringLiteral("C2"), {foreign})[0].reason, QStringLiteral("foreign_supersedes"));
        // Workload counts the correction (deceased), not the replaced record; feedback shows it.
        auto w = workload(*m_db, QDate(2026, 5, 10), QDate(2026, 5, 10));
        QVERIFY(w.ok());
        QCOMPARE(w->size(), 1);
        QCOMPARE(w->at(0).alive, 0);
        QCOMPARE(w->at(0).deceased, 1);
        QCOMPARE(w->at(0).corrections, 1);
        auto f = feedback(*m_db, QDate(2026, 5, 1), QDate(2026, 5, 31), FormVariant::Online);
        QVERIFY(f.ok());
        QCOMPARE(f->size(), 1);
        QCOMPARE(f->at(0).alive, false);
    }

    void reports_data()
    {
        addBackends();
    }
    void reports()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        auto a = makeRecord(QStringLiteral("F1"), 1, QStringLiteral("li"));
        a.change.address = QStringLiteral("新址");
        auto b = paperRecord(QStringLiteral("F2"), 2, QStringLiteral("li"));
        b.alive = false;
        b.name = QStringLiteral("推送名");
        auto c = makeRecord(QStringLiteral("F1"), 1, QStringLiteral("wang")); // conflict at C2
        auto d = paperRecord(QStringLiteral("F4"), 4, QStringLiteral("wang"));
        d.localDate = QDate(2026, 5, 11);
        auto e = paperRecord(QStringLiteral("F5"), 5, QStringLiteral("li")); // a 附表2, home by post
        e.variant = FormVariant::Mail;
        e.change.postcode = QStringLiteral("510000");
        push(QStringLiteral("C1"), {a, b, e});
        push(QStringLiteral("C2"), {c, d});
        auto w = workload(*m_db, QDate(2026, 5, 10), QDate(2026, 5, 10));
        QVERIFY(w.ok());
        QCOMPARE(w->size(), 2);
        QCOMPARE(w->at(0).center, QStringLiteral("C1"));
        QCOMPARE(w->at(0).clerk, QStringLiteral("li"));
        QCOMPARE(w->at(0).alive, 2);
        QCOMPARE(w->at(0).onlineAlive, 1);
        QCOMPARE(w->at(0).mailAlive, 1);
        QCOMPARE(w->at(0).onlineDeceased, 1);
        QCOMPARE(w->at(0).addressChanges, 2);
        QCOMPARE(w->at(1).center, QStringLiteral("C2"));
        QCOMPARE(w->at(1).alive, 1); // the conflicting record was still work done
        QCOMPARE(workload(*m_db, QDate(2026, 5, 10), QDate(2026, 5, 11), QStringLiteral("C2"))->size(), 2);
        // 附表2 goes to the mailed list, not to 网上反馈; both carry the information change and the method.
        auto mailed = feedback(*m_db, QDate(2026, 5, 10), QDate(2026, 5, 10), FormVariant::Mail);
        QCOMPARE(mailed->size(), 1);
        QCOMPARE(mailed->at(0).formNo, QStringLiteral("F5"));
        QCOMPARE(mailed->at(0).newPostcode, QStringLiteral("510000"));
        QCOMPARE(feedbackJson(mailed.value(), QStringLiteral("X1"), QDate(2026, 5, 10), QDate(2026, 5, 10),
                              FormVariant::Mail)[QStringLiteral("format")]
                     .toString(),
                 QStringLiteral("certdesk-mailed"));
        auto f = feedback(*m_db, QDate(2026, 5, 10), QDate(2026, 5, 10), FormVariant::Online);
        QVERIFY(f.ok());
        QCOMPARE(f->size(), 2); // the conflict and the 11th are not in it
        QCOMPARE(f->at(0).formNo, QStringLiteral("F1"));
        QCOMPARE(f->at(0).name, QStringLiteral("测试1")); // the county's copy of the form
        QCOMPARE(f->at(0).centerName, QStringLiteral("一"));
        QCOMPARE(f->at(0).newAddress, QStringLiteral("新址"));
        QCOMPARE(f->at(0).method, QStringLiteral("idcard"));
        QCOMPARE(f->at(1).name, QStringLiteral("推送名")); // no county copy: the pushed name
        const QByteArray csv = feedbackCsv(f.value());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\nF1,"));
        QVERIFY(csv.contains(",idcard,新址,,\r\n"));
    }

    void pullLog_data()
    {
        addBackends();
    }
    void pullLog()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"),
                            {makeForm(QStringLiteral("F1"), 1), makeForm(QStringLiteral("F2"), 2)}, m_now)
                    .ok());
        QVERIFY(importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("F3"), 3)}, m_now).ok());
        QVERIFY(
            importDeaths(*m_db, QString(), {{idNumber(9), QStringLiteral("某"), QDate(2026, 4, 1), QString()}}, m_now)
                .ok());
        QJsonObject p1 = pull(QStringLiteral("C1"), 0);
        // County-wide service: every center pulls every form of the county.
        const QStringList all{QStringLiteral("form:F1"), QStringLiteral("form:F2"), QStringLiteral("form:F3"),
                              QStringLiteral("death:")};
        QCOMPARE(kinds(p1), all);
        QCOMPARE(kinds(pull(QStringLiteral("C2"), 0)), all);
        const qint64 cursor = p1.value(QStringLiteral("next_cursor")).toInteger();
        QCOMPARE(pull(QStringLiteral("C1"), cursor).value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(pull(QStringLiteral("C1"), cursor).value(QStringLiteral("next_cursor")).toInteger(), cursor);

        // Importing the same file again changes nothing; F2 listed under C2 now: every center keeps holding it.
        auto same = importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now);
        QCOMPARE(same->unchanged, 1);
        auto moved = importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("F2"), 2)}, m_now);
        QCOMPARE(moved->reassigned, 1);
        QCOMPARE(kinds(pull(QStringLiteral("C1"), cursor)), QStringList{QStringLiteral("form:F2")});
        QVERIFY(withdrawForms(*m_db, {QStringLiteral("F1"), QStringLiteral("NOPE")}, m_now)->updated == 1);
        // From the beginning the log is compact: one row per form (its latest state).
        QCOMPARE(kinds(pull(QStringLiteral("C2"), 0)),
                 (QStringList{QStringLiteral("form:F3"), QStringLiteral("death:"), QStringLiteral("form:F2"),
                              QStringLiteral("withdrawal:F1")}));

        // Conflict notices reach both centers.
        QVERIFY(importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("F5"), 5)}, m_now).ok());
        const qint64 c1 = pull(QStringLiteral("C1"), 0).value(QStringLiteral("next_cursor")).toInteger();
        const qint64 c2 = pull(QStringLiteral("C2"), 0).value(QStringLiteral("next_cursor")).toInteger();
        push(QStringLiteral("C2"), {makeRecord(QStringLiteral("F5"), 5)});
        push(QStringLiteral("C1"), {makeRecord(QStringLiteral("F5"), 5)});
        // Both pull the "certified elsewhere" notice of C2's record, then their conflict notice.
        QJsonArray n1 = pull(QStringLiteral("C1"), c1).value(QStringLiteral("changes")).toArray();
        QJsonArray n2 = pull(QStringLiteral("C2"), c2).value(QStringLiteral("changes")).toArray();
        QCOMPARE(n1.size(), 2);
        QCOMPARE(n2.size(), 2);
        QCOMPARE(n1[0][QStringLiteral("certified")][QStringLiteral("center")].toString(), QStringLiteral("C2"));
        QCOMPARE(n1[0][QStringLiteral("kind")].toString(), QStringLiteral("withdrawal"));
        QCOMPARE(n2[0], n1[0]);
        n1.removeFirst();
        n2.removeFirst();
        QCOMPARE(n1[0][QStringLiteral("conflict")][QStringLiteral("role")].toString(), QStringLiteral("second"));
        QCOMPARE(n2[0][QStringLiteral("conflict")][QStringLiteral("role")].toString(), QStringLiteral("first"));
        QCOMPARE(n2[0][QStringLiteral("conflict")][QStringLiteral("other_center")].toString(), QStringLiteral("C1"));
        // Every page decodes with the shared codec.
        auto decoded = protocol::decodePullResponse(
            protocol::parseEnvelope(pullPage(*m_db, QStringLiteral("C1"), 0, 10).value()).value());
        QVERIFY(decoded.ok());
    }

    void certifiedElsewhere_data()
    {
        addBackends();
    }
    void certifiedElsewhere()
    {
        FRESH();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        const qint64 c1 = pull(QStringLiteral("C1"), 0).value(QStringLiteral("next_cursor")).toInteger();
        // C1's form, certified at C2: accepted (the form is the county's, the ID matches), and C1 hears of it.
        auto r = push(QStringLiteral("C2"), {makeRecord(QStringLiteral("F1"), 1)});
        QCOMPARE(r[0].status, PushStatus::Accepted);
        auto page = protocol::decodePullResponse(
            protocol::parseEnvelope(pullPage(*m_db, QStringLiteral("C1"), c1, 100).value()).value());
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), 1);
        const protocol::Change &c = page->changes[0];
        QCOMPARE(c.kind, protocol::ChangeKind::Withdrawal);
        QCOMPARE(c.formNo, QStringLiteral("F1"));
        QCOMPARE(c.certified.center, QStringLiteral("C2"));
        QCOMPARE(c.certified.centerName, QStringLiteral("二"));
        QCOMPARE(c.certified.cycle, 2026);
        QCOMPARE(c.certified.date, QDate(2026, 5, 10));
        // A correction does not announce again; re-importing the form keeps the notice in the log.
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1, 2026)}, m_now).ok());
        auto changed = makeForm(QStringLiteral("F1"), 1);
        changed.person.address = QStringLiteral("新地址");
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {changed}, m_now).ok());
        QCOMPARE(kinds(pull(QStringLiteral("C1"), c1)),
                 (QStringList{QStringLiteral("withdrawal:F1"), QStringLiteral("form:F1")}));
    }

    void mismatchRateLimit_data()
    {
        addBackends();
    }
    void mismatchRateLimit()
    {
        FRESH();
        QList<Form> forms;
        for (int i = 1; i <= 10; ++i)
            forms << makeForm(QStringLiteral("M%1").arg(i), i);
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), forms, m_now).ok());
        // Five wrong IDs in one batch are answered id_mismatch; from then on every record of a county form from
        // that center is rate_limited, right or wrong, so the answers stop telling which pairs are right.
        QList<protocol::PushRecord> probes;
        for (int i = 1; i <= 7; ++i)
            probes << makeRecord(QStringLiteral("M%1").arg(i), 100 + i);
        auto r = push(QStringLiteral("C1"), probes);
        QCOMPARE(r.size(), 7);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(r[i].reason, QStringLiteral("id_mismatch"));
        QCOMPARE(r[5].reason, QStringLiteral("rate_limited"));
        QCOMPARE(r[6].reason, QStringLiteral("rate_limited"));
        const auto right = makeRecord(QStringLiteral("M8"), 8);
        r = push(QStringLiteral("C1"), {right});
        QCOMPARE(r[0].status, PushStatus::Rejected);
        QCOMPARE(r[0].reason, QStringLiteral("rate_limited"));
        QVERIFY(r[0].message.contains(QStringLiteral("2026-05-11 08:00")));
        // The answer names the time for the client's automatic retry, on the wire too.
        QCOMPARE(r[0].retryAfter, QDateTime(QDate(2026, 5, 11), QTime(8, 0), Qt::UTC));
        auto wire = protocol::decodePushResult(protocol::encodePushResult(r[0]));
        QVERIFY(wire.ok());
        QCOMPARE(wire->retryAfter, r[0].retryAfter);
        QVERIFY(!protocol::encodePushResult(r[0]).value(QStringLiteral("retry_after")).toString().isEmpty());
        protocol::PushResult other = r[0];
        other.retryAfter = {};
        QVERIFY(!protocol::encodePushResult(other).contains(QStringLiteral("retry_after")));
        // Nothing was stored; another center is not limited; a paper record of a form the county does not hold
        // involves no ID check and still goes through.
        QCOMPARE(text(QStringLiteral("SELECT COUNT(*) FROM certifications")), QStringLiteral("0"));
        QCOMPARE(push(QStringLiteral("C2"), {makeRecord(QStringLiteral("M9"), 9)})[0].status, PushStatus::Accepted);
        QCOMPARE(push(QStringLiteral("C1"), {paperRecord(QStringLiteral("P1"), 1)})[0].status, PushStatus::Accepted);
        // The window is rolling: 24 hours after the first mismatch the same record is accepted.
        auto later = processPush(*m_db, QStringLiteral("C1"), recordValues({right}), m_now.addSecs(24 * 3600 + 1));
        QVERIFY(later.ok());
        QCOMPARE(later->results[0].status, PushStatus::Accepted);
    }

    void paperReview_data()
    {
        addBackends();
    }
    void paperReview()
    {
        FRESH();
        // Paper registrations of forms the county does not hold: stored for review; the first stands.
        QCOMPARE(push(QStringLiteral("C2"), {paperRecord(QStringLiteral("P1"), 1)})[0].status, PushStatus::Accepted);
        QCOMPARE(push(QStringLiteral("C1"), {paperRecord(QStringLiteral("P1"), 1)})[0].status, PushStatus::Conflict);
        QCOMPARE(push(QStringLiteral("C2"), {paperRecord(QStringLiteral("P2"), 77)})[0].status, PushStatus::Accepted);
        QCOMPARE(text(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE review = 'pending'")),
                 QStringLiteral("3"));
        // The county's list arrives: P1 matches (it now stands for the county's form, and every center is told),
        // P2 carries another ID than the list (flagged; it does not pre-empt the county's form).
        const qint64 c1 = pull(QStringLiteral("C1"), 0).value(QStringLiteral("next_cursor")).toInteger();
        QVERIFY(importForms(*m_db, QStringLiteral("C1"),
                            {makeForm(QStringLiteral("P1"), 1), makeForm(QStringLiteral("P2"), 2)}, m_now)
                    .ok());
        QCOMPARE(text(QStringLiteral("SELECT review FROM certifications WHERE form_no = 'P2'")),
                 QStringLiteral("mismatch"));
        QCOMPARE(text(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE form_no = 'P1' AND review = "
                                     "'matched'")),
                 QStringLiteral("2"));
        QCOMPARE(kinds(pull(QStringLiteral("C1"), c1)),
                 (QStringList{QStringLiteral("form:P1"), QStringLiteral("form:P2"), QStringLiteral("withdrawal:P1")}));
        QCOMPARE(push(QStringLiteral("C1"), {makeRecord(QStringLiteral("P2"), 2)})[0].status, PushStatus::Accepted);
        QCOMPARE(push(QStringLiteral("C1"), {makeRecord(QStringLiteral("P1"), 1)})[0].status, PushStatus::Conflict);
        // A paper record of a form the county holds is checked like any other.
        auto wrong = paperRecord(QStringLiteral("P1"), 5);
        wrong.cycle = 2027;
        QCOMPARE(push(QStringLiteral("C2"), {wrong})[0].reason, QStringLiteral("id_mismatch"));
    }

    void doubleReassignment_data()
    {
        addBackends();
    }
    void doubleReassignment()
    {
        FRESH();
        QVERIFY(recordEnrolment(*m_db, QStringLiteral("C3"), QStringLiteral("三"), QStringLiteral("a3"), m_now, m_now));
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F1"), 1)}, m_now).ok());
        const qint64 c1 = pull(QStringLiteral("C1"), 0).value(QStringLiteral("next_cursor")).toInteger();
        // C1 → C2 → C3 while C1 is offline, then withdrawn: C1 must still learn of the withdrawal.
        QCOMPARE(importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("F1"), 1)}, m_now)->reassigned, 1);
        QCOMPARE(importForms(*m_db, QStringLiteral("C3"), {makeForm(QStringLiteral("F1"), 1)}, m_now)->reassigned, 1);
        QCOMPARE(kinds(pull(QStringLiteral("C1"), c1)), QStringList{QStringLiteral("form:F1")});
        QCOMPARE(withdrawForms(*m_db, {QStringLiteral("F1")}, m_now)->updated, 1);
        QCOMPARE(kinds(pull(QStringLiteral("C1"), c1)), QStringList{QStringLiteral("withdrawal:F1")});
        // A withdrawal addressed to one center (a schema-1 log) survives later moves of the form until pulled:
        // the bug deleted it when the form moved on again.
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), {makeForm(QStringLiteral("F9"), 9)}, m_now).ok());
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO changes(center_code, kind, ref, payload) VALUES "
                                         "('C1', 'withdrawal', 'F9', '{\"form_no\":\"F9\",\"kind\":\"withdrawal\"}')"))
                    .ok());
        QVERIFY(importForms(*m_db, QStringLiteral("C2"), {makeForm(QStringLiteral("F9"), 9)}, m_now).ok());
        QVERIFY(importForms(*m_db, QStringLiteral("C3"), {makeForm(QStringLiteral("F9"), 9)}, m_now).ok());
        QVERIFY(kinds(pull(QStringLiteral("C1"), c1)).contains(QStringLiteral("withdrawal:F9")));
        QVERIFY(!kinds(pull(QStringLiteral("C2"), c1)).contains(QStringLiteral("withdrawal:F9")));
    }

    void pullPaging_data()
    {
        addBackends();
    }
    void pullPaging()
    {
        FRESH();
        QList<Form> forms;
        for (int i = 0; i < 250; ++i)
            forms << makeForm(QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), i);
        QVERIFY(importForms(*m_db, QStringLiteral("C1"), forms, m_now).ok());
        qint64 cursor = 0;
        int seen = 0, pages = 0;
        bool more = true;
        while (more) {
            const QJsonObject page = pull(QStringLiteral("C1"), cursor, 100);
            const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
            for (const QJsonValue &c : changes)
                QVERIFY(c.toObject().value(QStringLiteral("seq")).toInteger() > cursor);
            seen += int(changes.size());
            cursor = page.value(QStringLiteral("next_cursor")).toInteger();
            more = page.value(QStringLiteral("more")).toBool();
            QVERIFY(++pages <= 3);
        }
        QCOMPARE(seen, 250);
        QCOMPARE(pages, 3);
    }

    void revocation_data()
    {
        addBackends();
    }
    void revocation()
    {
        FRESH();
        auto id = identityForSerial(*m_db, QStringLiteral("a1"));
        QVERIFY(id->known && !id->revoked);
        QCOMPARE(id->code, QStringLiteral("C1"));
        QCOMPARE(revokeCenter(*m_db, QStringLiteral("C1"), m_now).value(), 1);
        QVERIFY(identityForSerial(*m_db, QStringLiteral("a1"))->revoked);
        QVERIFY(!identityForSerial(*m_db, QStringLiteral("a2"))->revoked);
        QVERIFY(!identityForSerial(*m_db, QStringLiteral("zz"))->known);
        QCOMPARE(revokeCenter(*m_db, QStringLiteral("C9"), m_now).error().code, ErrorCode::UnknownCenter);
    }
};

QTEST_GUILESS_MAIN(TestCountyStore)
#include "tst_county_store.moc"
