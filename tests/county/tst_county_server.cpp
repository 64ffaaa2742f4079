// The county server over real mutual TLS (in-process server, QNetworkAccessManager clients with certificates made by
// `certdesk-county enroll`): who is refused, bad and oversized bodies, conflicts between centers, revocation on a
// running server, the `serve` executable's ready line; on SQLite and on PostgreSQL.
#include "countydb.h"
#include "countyserver.h"
#include "countytest.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

namespace {
const QByteArray kBundlePassword = "bundle-pass";

struct County
{
    QString dir;
    std::unique_ptr<CountyDb> db;
    std::unique_ptr<CountyServer> server;
    quint16 port = 0;

    QString url(const char *path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
    }
    QString p12(const QString &center) const { return dir + QStringLiteral("/") + center + QStringLiteral(".p12"); }
    QSslConfiguration tls(const QString &center) const
    {
        return clientTls(dir + QStringLiteral("/ca.pem"), center.isEmpty() ? QString() : p12(center),
                         QString::fromLatin1(kBundlePassword));
    }
};
} // namespace

class TestCountyServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<test::PgCluster> m_pg;
    QString m_pgWhy;
    County m_sqlite;
    County m_postgres;
    QString m_otherCounty;

    bool setUp(County *c, const QString &name, const QString &dbUrl)
    {
        c->dir = m_tmp.filePath(name);
        QStringList init{QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                         QStringLiteral("--county-name"), QStringLiteral("测试县")};
        if (!dbUrl.isEmpty())
            init << QStringLiteral("--database") << dbUrl;
        Run r = runCounty(c->dir, init);
        if (r.exitCode != 0) {
            qWarning("init: %s", r.err.constData());
            return false;
        }
        for (const auto &[center, days] : {std::pair{QStringLiteral("C1"), 30}, std::pair{QStringLiteral("C2"), 30},
                                           std::pair{QStringLiteral("C3"), 30}, std::pair{QStringLiteral("OLD"), 0}}) {
            r = runCounty(c->dir,
                          {QStringLiteral("enroll"), QStringLiteral("--center"), center, QStringLiteral("--name"),
                           center + QStringLiteral("中心"), QStringLiteral("--out"), c->p12(center),
                           QStringLiteral("--days"), QString::number(days)},
                          kBundlePassword + "\n");
            if (r.exitCode != 0) {
                qWarning("enroll: %s", r.err.constData());
                return false;
            }
        }
        r = runCounty(c->dir, {QStringLiteral("import"), QStringLiteral("forms"),
                               QStringLiteral(CERTDESK_TEST_DATA "/forms_utf8.csv"), QStringLiteral("--center"),
                               QStringLiteral("C1")});
        if (r.exitCode != 0) {
            qWarning("import: %s", r.err.constData());
            return false;
        }
        auto config = loadConfig(DataDir{c->dir});
        auto db = CountyDb::open(DataDir{c->dir}, config.value());
        if (!db)
            return false;
        c->db = std::move(db).value();
        c->server = std::make_unique<CountyServer>(*c->db, config.value());
        auto port = c->server->start(DataDir{c->dir}, QHostAddress::LocalHost, 0);
        if (!port) {
            qWarning("start: %s", qPrintable(port.error().message));
            return false;
        }
        c->port = port.value();
        return true;
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

    static QByteArray pushBody(const QList<protocol::PushRecord> &records)
    {
        return protocol::serialize(protocol::encodePushRequest({records}));
    }

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
        // Another county: its CA signed a "C1" too.
        m_otherCounty = m_tmp.filePath(QStringLiteral("other"));
        QCOMPARE(
            runCounty(m_otherCounty, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("Y2"),
                                      QStringLiteral("--county-name"), QStringLiteral("别县")})
                .exitCode,
            0);
        QCOMPARE(runCounty(m_otherCounty,
                           {QStringLiteral("enroll"), QStringLiteral("--center"), QStringLiteral("C1"),
                            QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--out"),
                            m_otherCounty + QStringLiteral("/C1.p12")},
                           kBundlePassword + "\n")
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        m_sqlite = County();
        m_postgres = County();
        m_pg.reset();
    }

    void helloIdentifiesTheCenter_data()
    {
        backends();
    }
    void helloIdentifiesTheCenter()
    {
        NEED_BACKEND();
        const County &c = county();
        Reply r = request(c.tls(QStringLiteral("C1")), c.url(protocol::kPathHello), "GET");
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        auto hello = protocol::decodeHello(r.json());
        QVERIFY(hello.ok());
        QCOMPARE(hello->centerCode, QStringLiteral("C1")); // from the certificate
        QCOMPARE(hello->countyCode, QStringLiteral("X1"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("no certificate") << QString();
        QTest::newRow("another CA") << QStringLiteral("other");
        QTest::newRow("expired") << QStringLiteral("OLD");
    }
    void refused()
    {
        QFETCH(QString, who);
        QSslConfiguration tls;
        if (who.isEmpty())
            tls = m_sqlite.tls(QString());
        else if (who == QStringLiteral("other"))
            tls = clientTls(m_sqlite.dir + QStringLiteral("/ca.pem"), m_otherCounty + QStringLiteral("/C1.p12"),
                            QString::fromLatin1(kBundlePassword));
        else
            tls = m_sqlite.tls(who);
        if (!who.isEmpty())
            QVERIFY(!tls.localCertificate().isNull()); // the bundle itself is fine
        Reply r = request(tls, m_sqlite.url(protocol::kPathHello), "GET");
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
        QVERIFY(r.status != 200);
        QVERIFY(!r.body.contains("center_code"));
        // ...and the server still serves a good center.
        QCOMPARE(request(m_sqlite.tls(QStringLiteral("C1")), m_sqlite.url(protocol::kPathHello), "GET").status, 200);
    }

    void revokeTakesEffectWhileRunning_data()
    {
        backends();
    }
    void revokeTakesEffectWhileRunning()
    {
        NEED_BACKEND();
        const County &c = county();
        QCOMPARE(request(c.tls(QStringLiteral("C3")), c.url(protocol::kPathHello), "GET").status, 200);
        Run r = runCounty(c.dir, {QStringLiteral("revoke"), QStringLiteral("--center"), QStringLiteral("C3")});
        QCOMPARE(r.exitCode, 0);
        Reply after = request(c.tls(QStringLiteral("C3")), c.url(protocol::kPathHello), "GET");
        QCOMPARE(after.status, 403);
        QCOMPARE(after.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("revoked"));
        QCOMPARE(request(c.tls(QStringLiteral("C3")), c.url(protocol::kPathPush), "POST",
                         pushBody({makeRecord(QStringLiteral("R1"), 1)}))
                     .status,
                 403);
        QCOMPARE(
            runCounty(c.dir, {QStringLiteral("revoke"), QStringLiteral("--center"), QStringLiteral("NOPE")}).exitCode,
            1);
    }

    void badBodies_data()
    {
        backends();
    }
    void badBodies()
    {
        NEED_BACKEND();
        const County &c = county();
        const QSslConfiguration tls = c.tls(QStringLiteral("C1"));
        struct Case
        {
            QByteArray body;
            const char *code;
        };
        for (const Case &k : {Case{"{\"protocol\":1,", "bad_json"}, Case{"[]", "bad_json"},
                              Case{"{\"protocol\":7,\"records\":[]}", "unsupported_protocol"},
                              Case{"{\"protocol\":1,\"records\":\"x\"}", "bad_request"},
                              Case{"{\"protocol\":1,\"records\":[]}", "bad_request"}}) {
            Reply r = request(tls, c.url(protocol::kPathPush), "POST", k.body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QLatin1String(k.code));
        }
        QCOMPARE(request(tls, c.url("/api/v1/nothing"), "GET").status, 404);
        QCOMPARE(request(tls, c.url(protocol::kPathPush), "GET").status, 405);
        // An actual 9 MiB upload: the server refuses it from the head but reads the rest away before closing, so
        // an ordinary client still uploading gets the 413 (not "connection closed"); and the server keeps serving.
        const QByteArray big = "{\"protocol\":1,\"records\":[\"" + QByteArray(9 * 1024 * 1024, 'x') + "\"]}";
        QVERIFY(big.size() > protocol::kMaxBodyBytes);
        Reply r = request(tls, c.url(protocol::kPathPush), "POST", big);
        QVERIFY2(r.status == 413, qPrintable(QStringLiteral("status %1, error %2").arg(r.status).arg(r.error)));
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("too_large"));
        QCOMPARE(request(tls, c.url(protocol::kPathHello), "GET").status, 200);
    }

    void refusedFromTheHeaders_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("9 MiB announced") << "POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                QByteArray::number(protocol::kMaxBodyBytes + 1) + "\r\n\r\n{"
                                         << QByteArray("413");
        QTest::newRow("chunked") << QByteArray(
                                        "POST /api/v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << QByteArray("411");
    }
    void refusedFromTheHeaders()
    {
        // A raw client sends only a request head: the answer must come from it, before any body is buffered.
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, status);
        QSslSocket s;
        s.setSslConfiguration(m_sqlite.tls(QStringLiteral("C1")));
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_sqlite.port);
        QTRY_VERIFY_WITH_TIMEOUT(s.isEncrypted(), 10000); // the server runs in this thread: no blocking waits
        s.write(head);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).contains("}") || s.state() == QAbstractSocket::UnconnectedState,
                                 10000);
        got += s.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 " + status), got.constData());
        QCOMPARE(request(m_sqlite.tls(QStringLiteral("C1")), m_sqlite.url(protocol::kPathHello), "GET").status, 200);
    }

    void twoCentersOneForm_data()
    {
        backends();
    }
    void twoCentersOneForm()
    {
        NEED_BACKEND();
        const County &c = county();
        // FN-2026-0001 of forms_utf8.csv: 110101195003150013.
        auto first = makeRecord(QStringLiteral("FN-2026-0001"), 0);
        first.idNo = QStringLiteral("110101195003150013");
        auto second = first;
        second.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Reply a = request(c.tls(QStringLiteral("C1")), c.url(protocol::kPathPush), "POST", pushBody({first}));
        Reply b = request(c.tls(QStringLiteral("C2")), c.url(protocol::kPathPush), "POST", pushBody({second}));
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        auto ra = protocol::decodePushResponse(a.json());
        auto rb = protocol::decodePushResponse(b.json());
        QCOMPARE(ra->results[0].status, protocol::PushStatus::Accepted);
        QCOMPARE(rb->results[0].status, protocol::PushStatus::Conflict);
        QCOMPARE(rb->results[0].otherCenter, QStringLiteral("C1"));
        // Pushing both again changes nothing.
        Reply again = request(c.tls(QStringLiteral("C2")), c.url(protocol::kPathPush), "POST", pushBody({second}));
        QCOMPARE(protocol::decodePushResponse(again.json())->results[0].status, protocol::PushStatus::Duplicate);

        Run list = runCounty(c.dir, {QStringLiteral("conflicts"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(list.out).object()[QStringLiteral("conflicts")].toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0][QStringLiteral("second_uuid")].toString(), second.uuid);

        // Visible on both sides: each center's pull carries a conflict notice about its record.
        for (const auto &[center, role] : {std::pair{QStringLiteral("C1"), QStringLiteral("first")},
                                           std::pair{QStringLiteral("C2"), QStringLiteral("second")}}) {
            Reply p = request(c.tls(center), c.url(protocol::kPathPull), "POST",
                              protocol::serialize(protocol::encodePullRequest({0, 5000})));
            QCOMPARE(p.status, 200);
            auto page = protocol::decodePullResponse(p.json());
            QVERIFY(page.ok());
            QStringList roles;
            for (const auto &ch : page->changes)
                if (ch.kind == protocol::ChangeKind::Conflict)
                    roles << ch.conflict.role;
            QCOMPARE(roles, QStringList{role});
        }
        // The feedback file holds the first record only.
        Run fb = runCounty(c.dir, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--from"),
                                   QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(fb.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(fb.out).object()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][QStringLiteral("center_code")].toString(), QStringLiteral("C1"));
    }

    void pullDeliversTheAssignedForms()
    {
        Reply p = request(m_sqlite.tls(QStringLiteral("C1")), m_sqlite.url(protocol::kPathPull), "POST",
                          protocol::serialize(protocol::encodePullRequest({0, 2})));
        QCOMPARE(p.status, 200);
        auto page = protocol::decodePullResponse(p.json());
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), 2);
        QVERIFY(page->more);
        QCOMPARE(page->changes[0].form.formNo, QStringLiteral("FN-2026-0001"));
        // County-wide service: C2, with no forms listed under it, pulls the same forms.
        Reply other = request(m_sqlite.tls(QStringLiteral("C2")), m_sqlite.url(protocol::kPathPull), "POST",
                              protocol::serialize(protocol::encodePullRequest({0, 2})));
        QCOMPARE(other.status, 200);
        auto otherPage = protocol::decodePullResponse(other.json());
        QVERIFY(otherPage.ok());
        QCOMPARE(otherPage->changes.size(), 2);
        QCOMPARE(otherPage->changes[0].form.formNo, QStringLiteral("FN-2026-0001"));
    }

    void serveExecutable()
    {
        // The real binary on a copy-free second port of the same data: the ready line, then a clean SIGTERM exit.
        QProcess serve;
        serve.start(QStringLiteral(CERTDESK_COUNTY_BIN),
                    {QStringLiteral("--data"), m_sqlite.dir, QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY2(out.startsWith("listening on 127.0.0.1:"), out.constData());
        const quint16 port = quint16(out.trimmed().mid(int(qstrlen("listening on 127.0.0.1:"))).toUInt());
        QVERIFY(port > 0);
        Reply r = request(m_sqlite.tls(QStringLiteral("C2")),
                          QStringLiteral("https://127.0.0.1:%1/api/v1/hello").arg(port), "GET");
        QCOMPARE(r.status, 200);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(!serve.readAllStandardError().contains("110101"));
    }
};

QTEST_GUILESS_MAIN(TestCountyServer)
#include "tst_county_server.moc"
