// The supervisors' reports (docs/county-reports.md) over real mutual TLS, in-process server on SQLite and
// PostgreSQL: the role check both ways, a revoked supervisor, the figures of every report against the seeded
// records (reportseed.h), review marks and their refusals, and the command line of enroll-supervisor / revoke.
#include "countydb.h"
#include "countyserver.h"
#include "reportseed.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

namespace {
struct County
{
    QString dir;
    std::unique_ptr<CountyDb> db;
    std::unique_ptr<CountyServer> server;
    quint16 port = 0;
    QString base() const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }
    Reply get(const QString &who, const QString &pathAndQuery) const
    {
        return request(seedTls(dir, who), base() + pathAndQuery, "GET");
    }
    Reply post(const QString &who, const QString &path, const QJsonObject &body) const
    {
        return request(seedTls(dir, who), base() + path, "POST", QJsonDocument(body).toJson());
    }
};

QJsonObject row(const QJsonArray &a, const QString &key, const QString &value)
{
    for (const QJsonValue &v : a)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}
} // namespace

class TestCountyReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<test::PgCluster> m_pg;
    QString m_pgWhy;
    County m_sqlite;
    County m_postgres;

    bool setUp(County *c, const QString &name, const QString &dbUrl)
    {
        c->dir = m_tmp.filePath(name);
        if (!seedCounty(c->dir, dbUrl))
            return false;
        auto config = loadConfig(DataDir{c->dir});
        auto db = CountyDb::open(DataDir{c->dir}, config.value());
        if (!db)
            return false;
        c->db = std::move(db).value();
        c->server = std::make_unique<CountyServer>(*c->db, config.value());
        auto port = c->server->start(DataDir{c->dir}, QHostAddress::LocalHost, 0);
        if (!port)
            return false;
        c->port = port.value();
        return seedPushes(c->dir, c->base());
    }

    County &county()
    {
        QFETCH(bool, postgres);
        return postgres ? m_postgres : m_sqlite;
    }

    void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

#define NEED_BACKEND()                                                                                                 \
    do {                                                                                                               \
        QFETCH(bool, postgres);                                                                                        \
        if (postgres && !m_postgres.server)                                                                            \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL unavailable: ") + m_pgWhy));                                   \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(setUp(&m_sqlite, QStringLiteral("sqlite"), QString()));
        m_pg = std::make_unique<test::PgCluster>();
        if (m_pg->start(&m_pgWhy) && m_pg->createDatabase(QStringLiteral("county"))) {
            QVERIFY(setUp(&m_postgres, QStringLiteral("pg"), m_pg->url(QStringLiteral("county"))));
        } else {
            QVERIFY2(!test::PgCluster::requiredHere(), qPrintable(m_pgWhy));
            qWarning("PostgreSQL tests will be skipped: %s", qPrintable(m_pgWhy));
        }
    }

    void cleanupTestCase()
    {
        m_sqlite = County();
        m_postgres = County();
        m_pg.reset();
    }

    void rolesAreSeparate_data()
    {
        backends();
    }
    void rolesAreSeparate()
    {
        NEED_BACKEND();
        const County &c = county();
        // A center cannot read reports...
        Reply r = c.get(QStringLiteral("C1"), QStringLiteral("/api/v1/reports/overview"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(c.post(QStringLiteral("C1"), QStringLiteral("/api/v1/reports/review/mark"),
                        {{QStringLiteral("protocol"), 1},
                         {QStringLiteral("item"), QStringLiteral("x:y")},
                         {QStringLiteral("note"), QStringLiteral("n")}})
                     .status,
                 403);
        // ...and a supervisor cannot push, pull or say hello as a center.
        QCOMPARE(c.get(QStringLiteral("wangjian"), QLatin1String(protocol::kPathHello)).status, 403);
        Reply push = c.post(QStringLiteral("wangjian"), QLatin1String(protocol::kPathPush),
                            protocol::encodePushRequest({{makeRecord(QStringLiteral("A4"), 4)}}));
        QCOMPARE(push.status, 403);
        QCOMPARE(push.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(c.post(QStringLiteral("wangjian"), QLatin1String(protocol::kPathPull), protocol::encodePullRequest({}))
                     .status,
                 403);
        QCOMPARE(c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/overview")).status, 200);
        QCOMPARE(c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/nothing")).status, 404);
        QCOMPARE(c.post(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/overview"), {}).status, 405);
    }

    void overviewFigures_data()
    {
        backends();
    }
    void overviewFigures()
    {
        NEED_BACKEND();
        Reply r = county().get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/overview?today=2026-05-12"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("cycle")).toInt(), 2026);
        QCOMPARE(o.value(QStringLiteral("window_end")).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(o.value(QStringLiteral("days_left")).toInt(), 49);
        QVERIFY(o.value(QStringLiteral("data_as_of")).isNull()); // C3 never synced: the total's age is unknown
        const QJsonArray centers = o.value(QStringLiteral("centers")).toArray();
        const QJsonObject c1 = row(centers, QStringLiteral("center"), QStringLiteral("C1"));
        QCOMPARE(c1.value(QStringLiteral("forms")).toInt(), 6);
        QCOMPARE(c1.value(QStringLiteral("withdrawn")).toInt(), 1);
        QCOMPARE(c1.value(QStringLiteral("deceased")).toInt(), 1);
        QCOMPARE(c1.value(QStringLiteral("due")).toInt(), 4);
        QCOMPARE(c1.value(QStringLiteral("alive")).toInt(), 2);
        QCOMPARE(c1.value(QStringLiteral("remaining")).toInt(), 2);
        QCOMPARE(c1.value(QStringLiteral("share")).toDouble(), 0.5);
        QCOMPARE(c1.value(QStringLiteral("pace")).toDouble(), 0.2); // 3 in 14 days
        QCOMPARE(c1.value(QStringLiteral("projected_finish")).toString(), QStringLiteral("2026-05-22"));
        QVERIFY(!c1.value(QStringLiteral("last_sync")).toString().isEmpty());
        const QJsonObject c2 = row(centers, QStringLiteral("center"), QStringLiteral("C2"));
        QCOMPARE(c2.value(QStringLiteral("due")).toInt(), 4);
        QCOMPARE(c2.value(QStringLiteral("alive")).toInt(), 3); // the conflicting A1 record does not stand
        QCOMPARE(c2.value(QStringLiteral("remaining")).toInt(), 1);
        const QJsonObject c3 = row(centers, QStringLiteral("center"), QStringLiteral("C3"));
        QCOMPARE(c3.value(QStringLiteral("forms")).toInt(), 0);
        QVERIFY(c3.value(QStringLiteral("last_sync")).isNull());
        const QJsonObject t = o.value(QStringLiteral("total")).toObject();
        QCOMPARE(t.value(QStringLiteral("due")).toInt(), 8);
        QCOMPARE(t.value(QStringLiteral("alive")).toInt(), 5);
        QCOMPARE(t.value(QStringLiteral("remaining")).toInt(), 3);
        QCOMPARE(t.value(QStringLiteral("deceased")).toInt(), 1);
        QCOMPARE(county().get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/overview?today=x")).status,
                 400);
    }

    void workloadByClerk_data()
    {
        backends();
    }
    void workloadByClerk()
    {
        NEED_BACKEND();
        const County &c = county();
        Reply r =
            c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/workload?from=2026-05-10&to=2026-05-11"));
        QCOMPARE(r.status, 200);
        const QJsonArray days = r.json().value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].toObject().value(QStringLiteral("alive")).toInt(), 1);
        QCOMPARE(days[1].toObject().value(QStringLiteral("alive")).toInt(), 5); // wang 1 + zhao 4 (conflict counts)
        QCOMPARE(days[1].toObject().value(QStringLiteral("deceased")).toInt(), 1);
        QCOMPARE(days[1].toObject().value(QStringLiteral("info_changes")).toInt(), 1);
        const QJsonArray clerks = r.json().value(QStringLiteral("clerks")).toArray();
        QCOMPARE(clerks.size(), 3);
        const QJsonObject li = row(clerks, QStringLiteral("clerk"), QStringLiteral("li"));
        QCOMPARE(li.value(QStringLiteral("clerk_name")).toString(), QStringLiteral("李经办"));
        QCOMPARE(li.value(QStringLiteral("alive")).toInt(), 1);
        QCOMPARE(li.value(QStringLiteral("deceased")).toInt(), 1);
        // One center only; by arrival: everything arrived today.
        r = c.get(QStringLiteral("wangjian"),
                  QStringLiteral("/api/v1/reports/workload?from=2026-05-10&to=2026-05-11&center=C1"));
        QCOMPARE(r.json().value(QStringLiteral("clerks")).toArray().size(), 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = c.get(QStringLiteral("wangjian"),
                  QStringLiteral("/api/v1/reports/workload?from=%1&to=%1&by=arrival").arg(today));
        QCOMPARE(r.json().value(QStringLiteral("by")).toString(), QStringLiteral("arrival"));
        QCOMPARE(r.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("alive")).toInt(), 6);
        // Refusals of bad input.
        for (const char *q : {"from=2026-05-12&to=2026-05-10", "from=bad", "by=sometime", "center=NOPE"})
            QVERIFY(c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/workload?") + QLatin1String(q))
                        .status >= 400);
    }

    void centersReport_data()
    {
        backends();
    }
    void centersReport()
    {
        NEED_BACKEND();
        Reply r = county().get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/centers"));
        QCOMPARE(r.status, 200);
        const QJsonArray centers = r.json().value(QStringLiteral("centers")).toArray();
        QCOMPARE(centers.size(), 3);
        // The silent center first: C3 never made contact.
        QCOMPARE(centers[0].toObject().value(QStringLiteral("center")).toString(), QStringLiteral("C3"));
        QVERIFY(centers[0]
                    .toObject()
                    .value(QStringLiteral("silent_reasons"))
                    .toArray()
                    .contains(QStringLiteral("no_contact")));
        QCOMPARE(centers[0].toObject().value(QStringLiteral("band")).toString(), QStringLiteral("alert"));
        const QJsonObject c1 = row(centers, QStringLiteral("center"), QStringLiteral("C1"));
        QCOMPARE(c1.value(QStringLiteral("band")).toString(), QStringLiteral("ok"));
        QCOMPARE(c1.value(QStringLiteral("received_today")).toInt(), 3);
        QCOMPARE(c1.value(QStringLiteral("waiting")).toInt(), 7);
        QCOMPARE(c1.value(QStringLiteral("program_version")).toString(), QStringLiteral("0.1.0-test"));
        const double offset = c1.value(QStringLiteral("clock_offset_ms")).toDouble();
        QVERIFY2(offset > 60000 && offset < 120000, qPrintable(QString::number(offset)));
        QVERIFY(!c1.value(QStringLiteral("cert_not_after")).toString().isEmpty());
        QVERIFY(!c1.value(QStringLiteral("silent")).toBool());
        const QJsonObject c2 = row(centers, QStringLiteral("center"), QStringLiteral("C2"));
        QCOMPARE(c2.value(QStringLiteral("received_today")).toInt(), 4);
        QVERIFY(c2.value(QStringLiteral("waiting")).isNull()); // C2 never reported its outbox
    }

    void reviewInbox_data()
    {
        backends();
    }
    void reviewInbox()
    {
        NEED_BACKEND();
        const County &c = county();
        const QString sup = QStringLiteral("wangjian");
        Reply r = c.get(sup, QStringLiteral("/api/v1/reports/review"));
        QCOMPARE(r.status, 200);
        QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        const QJsonObject conflict = row(items, QStringLiteral("kind"), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("form_no")).toString(), QStringLiteral("A1"));
        QCOMPARE(conflict.value(QStringLiteral("center")).toString(), QStringLiteral("C2"));
        const QJsonObject override = row(items, QStringLiteral("kind"), QStringLiteral("override"));
        QCOMPARE(override.value(QStringLiteral("detail")).toObject().value(QStringLiteral("supervisor")).toString(),
                 QStringLiteral("刘主任"));
        QCOMPARE(override.value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("死亡通知有误"));
        const int before = int(items.size());
        const QString id = conflict.value(QStringLiteral("id")).toString();
        const auto mark = [&](const QString &item, const QString &note) {
            return c.post(
                sup, QStringLiteral("/api/v1/reports/review/mark"),
                {{QStringLiteral("protocol"), 1}, {QStringLiteral("item"), item}, {QStringLiteral("note"), note}});
        };
        QCOMPARE(mark(id, QString()).status, 400);                                         // a note is required
        QCOMPARE(mark(QStringLiteral("conflict:nope"), QStringLiteral("ok")).status, 404); // unknown item
        Reply m = mark(id, QStringLiteral("已电话核实，以C1为准"));
        QCOMPARE(m.status, 200);
        QCOMPARE(m.json().value(QStringLiteral("reviewed_by")).toString(), sup);
        QCOMPARE(mark(id, QStringLiteral("again")).status, 409);
        items = c.get(sup, QStringLiteral("/api/v1/reports/review")).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), before - 1);
        items =
            c.get(sup, QStringLiteral("/api/v1/reports/review?all=1")).json().value(QStringLiteral("items")).toArray();
        const QJsonObject marked = row(items, QStringLiteral("id"), id);
        QCOMPARE(marked.value(QStringLiteral("note")).toString(), QStringLiteral("已电话核实，以C1为准"));
        auto audit = c.db->run(QStringLiteral("SELECT supervisor, action, item FROM supervisor_audit"));
        QVERIFY(audit.ok());
        QVERIFY(audit->next());
        QCOMPARE(audit->value(0).toString(), sup);
        QCOMPARE(audit->value(2).toString(), id);
    }

    void openForms_data()
    {
        backends();
    }
    void openForms()
    {
        NEED_BACKEND();
        const County &c = county();
        Reply r = c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/open?center=C1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray forms = r.json().value(QStringLiteral("forms")).toArray();
        QCOMPARE(forms.size(), 2);
        QCOMPARE(forms[0].toObject().value(QStringLiteral("form_no")).toString(), QStringLiteral("A5")); // nearest due
        QCOMPARE(forms[0].toObject().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-10-31"));
        const QString masked = forms[0].toObject().value(QStringLiteral("id_masked")).toString();
        QCOMPARE(masked, idNumber(5).left(6) + QStringLiteral("********") + idNumber(5).right(4));
        QVERIFY(!r.body.contains(idNumber(5).toUtf8()));
        QCOMPARE(c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/open")).status, 400);
        QCOMPARE(c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/open?center=NOPE")).status, 404);
    }

    void feedbackFile_data()
    {
        backends();
    }
    void feedbackFile()
    {
        NEED_BACKEND();
        const County &c = county();
        Reply r =
            c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/feedback?from=2026-05-01&to=2026-05-31"));
        QCOMPARE(r.status, 200);
        Run cli = runCounty(c.dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                    QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("file")).toString().toUtf8(), cli.out);
    }

    // Last: revokes the supervisor of the SQLite county.
    void revokedSupervisorRefused()
    {
        const County &c = m_sqlite;
        QCOMPARE(runCounty(c.dir, {QStringLiteral("revoke"), QStringLiteral("--supervisor"), QStringLiteral("nobody")})
                     .exitCode,
                 1);
        QCOMPARE(runCounty(c.dir, {QStringLiteral("revoke")}).exitCode, 2);
        QCOMPARE(runCounty(c.dir, {QStringLiteral("revoke"), QStringLiteral("--supervisor"), QStringLiteral("x"),
                                   QStringLiteral("--center"), QStringLiteral("C1")})
                     .exitCode,
                 2);
        Run r =
            runCounty(c.dir, {QStringLiteral("revoke"), QStringLiteral("--supervisor"), QStringLiteral("wangjian")});
        QCOMPARE(r.exitCode, 0);
        Reply refused = c.get(QStringLiteral("wangjian"), QStringLiteral("/api/v1/reports/overview"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(c.get(QStringLiteral("C1"), QLatin1String(protocol::kPathHello)).status, 200); // centers unaffected
    }

    void enrollSupervisorRefusals()
    {
        const QString dir = m_sqlite.dir;
        const QString out = m_tmp.filePath(QStringLiteral("s2.p12"));
        const QStringList args{QStringLiteral("enroll-supervisor"), QStringLiteral("--name"), QStringLiteral("张三"),
                               QStringLiteral("--out"), out};
        QCOMPARE(runCounty(dir, args).exitCode, 2);            // no password on stdin
        QCOMPARE(runCounty(dir, args, "short\n").exitCode, 1); // too short
        QCOMPARE(runCounty(dir,
                           {QStringLiteral("enroll-supervisor"), QStringLiteral("--name"), QStringLiteral("a b"),
                            QStringLiteral("--out"), out},
                           kSupervisorPassword + "\n")
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runCounty(dir, args, kSupervisorPassword + "\n").exitCode, 0);
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QSslConfiguration tls =
            clientTls(dir + QStringLiteral("/ca.pem"), out, QString::fromLatin1(kSupervisorPassword));
        QCOMPARE(tls.localCertificate().subjectInfo(QSslCertificate::OrganizationalUnitName).value(0),
                 QStringLiteral("certdesk-supervisor"));
        QCOMPARE(tls.localCertificate().subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("张三"));
    }
};

QTEST_GUILESS_MAIN(TestCountyReports)
#include "tst_county_reports.moc"
