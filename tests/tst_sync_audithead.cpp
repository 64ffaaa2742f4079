// The audit head travels to the county (issue 13 §3), end to end: a center's pushes carry its audit head and the
// links since the head the county acknowledged; the county keeps the head per desk certificate. Then the key holder
// rewrites a past entry and recomputes the whole chain (`verify` passes at the center): the next push is refused
// (audit_rewritten, said in Chinese at the counter), nothing is charged to the records, and the county shows it.

#include "sessionaccess.h"
#include "syncdeployment.h"

#include "core/clock.h"
#include "services/session.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/syncstore.h"
#include "sync/syncengine.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kCenter = QStringLiteral("C31");

QProcessEnvironment zhEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    return env;
}

} // namespace

class SyncAuditHeadTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncDeployment> m_county;
    std::unique_ptr<SyncCenter> m_center;
    QList<Form> m_forms;

    std::unique_ptr<Session> open()
    {
        SystemClock clock;
        auto s = Session::open(m_center->dbPath(), QStringLiteral("admin"),
                               SyncCenter::passwordOf(QStringLiteral("admin")), clock);
        return s ? std::move(s).value() : nullptr;
    }

    // The county's head of this center (seq|hash), and the center's own entry at that seq and its acknowledged seq.
    QString countyHead()
    {
        QStringList rows;
        if (!m_county->countyQuery(
                QStringLiteral("SELECT seq, hash FROM audit_heads WHERE center_code = '%1'").arg(kCenter), &rows))
            return QStringLiteral("<error>");
        return rows.join(QLatin1Char(';'));
    }
    QString centerEntry(qint64 seq)
    {
        auto s = open();
        if (!s)
            return QStringLiteral("<no session>");
        auto q = SessionAccess::db(*s).prepare("SELECT hash FROM audit WHERE seq = ?");
        q->bind(1, seq);
        return q->step().value() ? QString::number(seq) + QLatin1Char('|') + q->text(0) : QStringLiteral("<none>");
    }
    qint64 acknowledged()
    {
        auto s = open();
        return s ? syncValue(SessionAccess::db(*s), QLatin1String(SyncEngine::kCountyAuditSeq)).value().toLongLong()
                 : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString skip;
        QString why;
        QVERIFY2(startCounty(CountyBackend::Sqlite, &m_county, &skip, &why), qPrintable(why));
        QVERIFY2(m_county, qPrintable(skip));
        m_center = m_county->addCenter(kCenter, QStringLiteral("测试审计中心"));
        QVERIFY(m_center);
        m_forms = syncForms(QStringLiteral("AH"), 6, QDate::currentDate());
        QVERIFY(m_county->importForms(m_forms, kCenter));
        CLI_EXPECT_EXIT(m_center->sync(), 0);
    }

    void pushesCarryTheHead()
    {
        // The first push: the county takes the head as it comes; the answer's head is kept by the center.
        QVERIFY(m_center->certify({m_forms[0]}));
        CLI_EXPECT_EXIT(m_center->sync(), 0);
        const qint64 first = acknowledged();
        QVERIFY(first > 0);
        QCOMPARE(countyHead(), centerEntry(first));
        // A normal run of pushes: each carries the links since the acknowledged head, and the county's head follows.
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(m_center->certify({m_forms[i]}));
            const CliResult r = m_center->sync();
            CLI_EXPECT_EXIT(r, 0);
            QCOMPARE(r.json().value(QStringLiteral("accepted")).toInt(), 1);
        }
        const qint64 later = acknowledged();
        QVERIFY(later > first);
        QCOMPARE(countyHead(), centerEntry(later));
    }

    void rewrittenChainIsRefused()
    {
        // The key holder rewrites an entry the county has already seen, then recomputes every hash and the head.
        {
            auto s = open();
            QVERIFY(s);
            QVERIFY(SessionAccess::db(*s)
                        .exec("DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'mallory' WHERE seq = 2")
                        .ok());
            auto q = SessionAccess::db(*s).prepare("SELECT seq, at, actor, action, detail FROM audit ORDER BY seq");
            QVERIFY(q);
            QString prev(64, QLatin1Char('0'));
            QList<std::pair<qint64, std::pair<QString, QString>>> fixed;
            while (q->step().value()) {
                const QString h =
                    AuditLog::entryHash(prev, q->int64(0), q->text(1), q->text(2), q->text(3), q->text(4));
                fixed.append({q->int64(0), {prev, h}});
                prev = h;
            }
            for (const auto &[seq, hashes] : fixed) {
                auto u = SessionAccess::db(*s).prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
                QVERIFY(u);
                QVERIFY(u->bindAll(hashes.first, hashes.second, seq).run().ok());
            }
            auto h = SessionAccess::db(*s).prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'");
            QVERIFY(h->bind(1, QString::number(fixed.last().first) + QLatin1Char(':') + prev).run().ok());
            QCOMPARE(s->audit().verify().value(), fixed.last().first); // the center alone cannot tell
        }
        const QString before = countyHead();
        QVERIFY(m_center->certify({m_forms[3]}));
        const CliResult refused = m_center->sync(false, zhEnv());
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
        QVERIFY2(refused.errText().contains(QStringLiteral("审计")) && refused.errText().contains(QStringLiteral("县")),
                 qPrintable(refused.describe()));
        // Nothing of it stored at the county, its head unchanged, the refusal on record; the record is not charged.
        QCOMPARE(countyHead(), before);
        QCOMPARE(m_county->countyScalar(
                     QStringLiteral("SELECT COUNT(*) FROM certifications WHERE form_no = '%1'").arg(m_forms[3].formNo)),
                 0);
        QCOMPARE(m_county->countyScalar(
                     QStringLiteral("SELECT COUNT(*) FROM audit_head_events WHERE event = 'audit_rewritten'")),
                 1);
        const QMap<QString, int> states = m_center->outboxStates();
        QCOMPARE(states.value(QStringLiteral("rejected")), 0);
        QCOMPARE(states.value(QStringLiteral("quarantined")), 0);
        // The county's operator sees it in `audit heads`, and after looking forgets the head: the desk goes on.
        const CliResult heads =
            m_county->county().run({QStringLiteral("audit"), QStringLiteral("heads"), QStringLiteral("--json")});
        CLI_EXPECT_EXIT(heads, 0);
        const QJsonArray rows = heads.json().value(QStringLiteral("heads")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][QStringLiteral("refusals")].toInt(), 1);
        CLI_EXPECT_EXIT(m_county->county().run(
                            {QStringLiteral("audit"), QStringLiteral("reset"), QStringLiteral("--center"), kCenter}),
                        0);
        const CliResult after = m_center->sync();
        CLI_EXPECT_EXIT(after, 0);
        QCOMPARE(after.json().value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(countyHead(), centerEntry(acknowledged()));
    }
};

QTEST_MAIN(SyncAuditHeadTest)
#include "tst_sync_audithead.moc"
