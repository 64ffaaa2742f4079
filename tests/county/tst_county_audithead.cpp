// The audit head of each push (issue 13 §3, docs/sync-protocol.md "Audit head"), at the county's store level on
// SQLite and PostgreSQL: a desk's first head is taken, a normal run of pushes extends it (the county recomputes the
// links), a rewritten or shortened chain is refused with nothing stored and the refusal kept, links that do not reach
// the stored head are a gap, an older client is served until its certificate has sent a head, and a reset forgets.
#include "auditheads.h"
#include "countydb.h"
#include "countydbsuite.h"
#include "countystore.h"
#include "countytest.h"
#include "pushprocessor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;
using protocol::AuditClaim;
using protocol::AuditHead;
using protocol::AuditLink;

namespace {

// A desk's audit chain as AuditLog makes it: entry i (1-based) at links[i-1].
struct Chain
{
    QList<AuditLink> links;

    void append(const QString &action, const QString &detail)
    {
        AuditLink l;
        l.seq = links.size() + 1;
        l.at = QStringLiteral("2026-05-10T08:00:%1.000Z").arg(l.seq % 60, 2, 10, QLatin1Char('0'));
        l.actor = QStringLiteral("li");
        l.action = action;
        l.detail = detail;
        l.hash = protocol::auditEntryHash(prevOf(l.seq), l.seq, l.at, l.actor, l.action, l.detail);
        links.append(l);
    }
    QString prevOf(qint64 seq) const { return seq <= 1 ? protocol::kAuditGenesis : links.at(seq - 2).hash; }
    void grow(int n)
    {
        for (int i = 0; i < n; ++i)
            append(QStringLiteral("certify"), QStringLiteral("{\"n\":%1}").arg(links.size()));
    }
    // What the key holder does: edit entry `seq` and recompute every hash after it, head included.
    void rewrite(qint64 seq)
    {
        links[seq - 1].detail = QStringLiteral("{\"edited\":true}");
        for (qint64 s = seq; s <= links.size(); ++s) {
            AuditLink &l = links[s - 1];
            l.hash = protocol::auditEntryHash(prevOf(s), s, l.at, l.actor, l.action, l.detail);
        }
    }
    AuditHead head() const { return {links.size(), links.isEmpty() ? protocol::kAuditGenesis : links.last().hash}; }
    // The claim a client makes when the county last acknowledged `from` (links capped at `cap`).
    AuditClaim claim(qint64 from, int cap = protocol::kMaxAuditLinks) const
    {
        AuditClaim c;
        c.head = head();
        c.from = from;
        c.links = links.mid(from, cap);
        return c;
    }
};

} // namespace

class TestCountyAuditHead : public countytest::CountyDbSuite
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(8, 0), Qt::UTC);
    int m_form = 0;

    // A fresh county database with center C1 enrolled.
    bool openFresh(bool postgres)
    {
        return openFreshDb(postgres) &&
               recordEnrolment(*m_db, QStringLiteral("C1"), QStringLiteral("一"), QStringLiteral("s1"), m_now, m_now)
                   .ok();
    }

    // One push of a fresh paper record (stored when the push goes through) with the claim; the error or the head.
    Result<AuditHead> push(const QString &serial, const AuditClaim &claim, AuditHead *county = nullptr)
    {
        AuditHead accepted;
        AuditHead refusedWith;
        const int form = ++m_form;
        auto r =
            processPush(*m_db, QStringLiteral("C1"), recordValues({paperRecord(QStringLiteral("P%1").arg(form), form)}),
                        m_now, [&]() -> Status {
                            auto h = acceptAuditHead(*m_db, serial, QStringLiteral("C1"), claim, m_now, &refusedWith);
                            if (!h)
                                return h.error();
                            accepted = h.value();
                            return {};
                        });
        if (county)
            *county = refusedWith;
        if (!r) {
            if (r.error().code == ErrorCode::AuditRewritten || r.error().code == ErrorCode::AuditGap ||
                r.error().code == ErrorCode::AuditMissing)
                (void)recordAuditRefusal(*m_db, serial, QStringLiteral("C1"), r.error().codeWord(), refusedWith,
                                         claim.head, m_now);
            return r.error();
        }
        if (r->results.value(0).status != protocol::PushStatus::Accepted)
            return Error::internal(QStringLiteral("record not accepted"));
        return accepted;
    }

    qint64 scalar(const QString &sql)
    {
        auto q = m_db->run(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

#define FRESH()                                                                                                        \
    do {                                                                                                               \
        QFETCH(bool, postgres);                                                                                        \
        COUNTY_SKIP_WITHOUT_POSTGRES(postgres);                                                                        \
        QVERIFY(openFresh(postgres));                                                                                  \
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

    void codecRoundTrip()
    {
        Chain c;
        c.grow(3);
        protocol::PushRequest req{{makeRecord(QStringLiteral("F1"), 1)}, c.claim(1)};
        auto back = protocol::decodePushRequest(protocol::encodePushRequest(req));
        QVERIFY(back);
        QCOMPARE(back->audit.head.seq, 3);
        QCOMPARE(back->audit.head.hash, c.head().hash);
        QCOMPARE(back->audit.from, 1);
        QCOMPARE(back->audit.links.size(), 2);
        QCOMPARE(back->audit.links[1].detail, c.links[2].detail);
        // Links that skip an entry, go past the head, or a malformed hash: a bad request.
        QJsonObject o = protocol::encodePushRequest(req);
        QJsonObject audit = o.value(QStringLiteral("audit")).toObject();
        QJsonArray links = audit.value(QStringLiteral("links")).toArray();
        links.removeAt(0);
        audit.insert(QStringLiteral("links"), links);
        o.insert(QStringLiteral("audit"), audit);
        QVERIFY(!protocol::decodeAuditClaim(o));
        audit = protocol::encodeAuditClaim(c.claim(1));
        audit.insert(QStringLiteral("seq"), 2);
        o.insert(QStringLiteral("audit"), audit);
        QVERIFY(!protocol::decodeAuditClaim(o));
        audit = protocol::encodeAuditClaim(c.claim(3));
        audit.insert(QStringLiteral("hash"), QStringLiteral("XYZ"));
        o.insert(QStringLiteral("audit"), audit);
        QVERIFY(!protocol::decodeAuditClaim(o));
        // No member: a null claim (an older client).
        o.remove(QStringLiteral("audit"));
        QVERIFY(protocol::decodeAuditClaim(o)->isNull());
    }

    void normalPushesExtendTheHead_data()
    {
        addBackends();
    }
    void normalPushesExtendTheHead()
    {
        FRESH();
        Chain c;
        c.grow(5);
        // The first head of a certificate is taken as it comes (no links).
        auto h = push(QStringLiteral("s1"), c.claim(5));
        QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
        QCOMPARE(h->seq, 5);
        // Each later push carries the links since the acknowledged head; the county recomputes them.
        for (int round = 0; round < 3; ++round) {
            const qint64 acked = h->seq;
            c.grow(4);
            h = push(QStringLiteral("s1"), c.claim(acked));
            QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
            QCOMPARE(h.value().seq, c.head().seq);
            QCOMPARE(h.value().hash, c.head().hash);
        }
        // A lost answer: the client still starts from an older head; the links cover the county's, so it goes on.
        c.grow(2);
        h = push(QStringLiteral("s1"), c.claim(10));
        QVERIFY(h);
        QCOMPARE(h->seq, c.head().seq);
        // The same head again (nothing new at the desk) is accepted unchanged.
        h = push(QStringLiteral("s1"), c.claim(c.head().seq));
        QVERIFY(h);
        QCOMPARE(h->seq, c.head().seq);
        // More links than one push carries: the county keeps the last one it checked, and the next push goes on.
        const qint64 acked = h->seq;
        c.grow(7);
        h = push(QStringLiteral("s1"), c.claim(acked, 3));
        QVERIFY(h);
        QCOMPARE(h->seq, acked + 3);
        QCOMPARE(h->hash, c.links[acked + 2].hash);
        h = push(QStringLiteral("s1"), c.claim(h->seq));
        QVERIFY(h);
        QCOMPARE(h->seq, c.head().seq);
        QCOMPARE(scalar(QStringLiteral("SELECT seq FROM audit_heads WHERE serial = 's1'")), c.head().seq);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_head_events")), 0);
    }

    void rewrittenChainIsRefused_data()
    {
        addBackends();
    }
    void rewrittenChainIsRefused()
    {
        FRESH();
        Chain c;
        c.grow(6);
        QVERIFY(push(QStringLiteral("s1"), c.claim(6)));
        c.grow(3);
        // The key holder edits entry 4 (before the county's head #6) and recomputes the chain: its links from #6 on
        // no longer start from the hash the county holds.
        Chain forged = c;
        forged.rewrite(4);
        const qint64 stored = scalar(QStringLiteral("SELECT COUNT(*) FROM certifications"));
        AuditHead county;
        auto h = push(QStringLiteral("s1"), forged.claim(6), &county);
        QVERIFY(!h);
        QCOMPARE(h.error().code, ErrorCode::AuditRewritten);
        QCOMPARE(county.seq, 6);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certifications")), stored); // nothing stored
        // Starting the links earlier does not help: the link at #6 is compared with the county's hash.
        QCOMPARE(push(QStringLiteral("s1"), forged.claim(2)).error().code, ErrorCode::AuditRewritten);
        // Links whose hashes do not follow from their entries (a forged link after the head).
        Chain bad = c;
        bad.links[7].detail = QStringLiteral("{\"other\":1}");
        QCOMPARE(push(QStringLiteral("s1"), bad.claim(6)).error().code, ErrorCode::AuditRewritten);
        // The same seq with another hash, and a shorter chain (entries dropped or an older copy of the database).
        Chain same = c;
        same.links.resize(6);
        same.rewrite(6);
        QCOMPARE(push(QStringLiteral("s1"), same.claim(6)).error().code, ErrorCode::AuditRewritten);
        Chain shorter = c;
        shorter.links.resize(4);
        QCOMPARE(push(QStringLiteral("s1"), shorter.claim(4)).error().code, ErrorCode::AuditRewritten);
        // The county kept its head and every refusal.
        QCOMPARE(scalar(QStringLiteral("SELECT seq FROM audit_heads WHERE serial = 's1'")), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_head_events WHERE event = 'audit_rewritten'")), 5);
        auto rows = listAuditHeads(*m_db);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).refusals, 5);
        // The genuine chain still goes on.
        QCOMPARE(push(QStringLiteral("s1"), c.claim(6))->seq, 9);
    }

    void gapAndOlderClients_data()
    {
        addBackends();
    }
    void gapAndOlderClients()
    {
        FRESH();
        Chain c;
        c.grow(4);
        // An older client (no head) from a certificate that never sent one: served as before, nothing kept.
        auto h = push(QStringLiteral("s1"), AuditClaim{});
        QVERIFY(h);
        QVERIFY(h->isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_heads")), 0);
        QVERIFY(push(QStringLiteral("s1"), c.claim(4)));
        // Once it has sent a head, a push without one is refused (a downgrade would skip the check).
        AuditHead county;
        h = push(QStringLiteral("s1"), AuditClaim{}, &county);
        QCOMPARE(h.error().code, ErrorCode::AuditMissing);
        QCOMPARE(county.seq, 4);
        // The client believes the county holds more than it does: a gap, which names the county's head.
        c.grow(6);
        h = push(QStringLiteral("s1"), c.claim(7), &county);
        QCOMPARE(h.error().code, ErrorCode::AuditGap);
        QCOMPARE(county.seq, 4);
        QCOMPARE(push(QStringLiteral("s1"), c.claim(1, 2)).error().code, ErrorCode::AuditGap);
        QCOMPARE(push(QStringLiteral("s1"), c.claim(4))->seq, 10);
        // Each desk certificate has its own head: a second desk of the center starts its own.
        Chain other;
        other.grow(2);
        QVERIFY(recordEnrolment(*m_db, QStringLiteral("C1"), QStringLiteral("一"), QStringLiteral("s2"), m_now, m_now)
                    .ok());
        QCOMPARE(push(QStringLiteral("s2"), other.claim(2))->seq, 2);
        // The operator forgets the center's heads after a restore there: the next push starts a new head.
        Chain restored;
        restored.grow(3);
        QCOMPARE(push(QStringLiteral("s1"), restored.claim(3)).error().code, ErrorCode::AuditRewritten);
        QCOMPARE(resetAuditHeads(*m_db, QStringLiteral("C1"), m_now).value(), 2);
        QCOMPARE(push(QStringLiteral("s1"), restored.claim(3))->seq, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_head_events WHERE event = 'reset'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestCountyAuditHead)
#include "tst_county_audithead.moc"
