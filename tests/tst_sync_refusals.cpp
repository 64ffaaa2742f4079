// Who the county refuses, and bad requests: no client certificate, a certificate of another county's CA, a
// revoked center (taking effect on the running server), malformed and oversized bodies (4xx, and the server
// still serves). Every raw attempt uses a new QNetworkAccessManager, so no TLS session is reused. SQLite and
// PostgreSQL rows as in tst_sync_flow.

#include "httpsprobe.h"
#include "syncdeployment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

class SyncRefusalsTest : public QObject
{
    Q_OBJECT

private:
    struct Backend
    {
        std::unique_ptr<SyncDeployment> deployment;
        QString skipReason;
        ClientBundle bundle; // C21, enrolled at set-up
    };
    std::map<QString, Backend> m_backends;

    Backend &current()
    {
        QFETCH(QString, backend);
        return m_backends[backend];
    }
    void backendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    static QString errorCode(const HttpAnswer &a)
    {
        return QJsonDocument::fromJson(a.body)
            .object()
            .value(QStringLiteral("error"))[QStringLiteral("code")]
            .toString();
    }
    // The enrolled center still gets its hello: the server survived whatever came before.
    static void verifyStillServing(SyncDeployment &d, const ClientBundle &bundle)
    {
        QVERIFY2(d.county().isRunning(), d.county().output().constData());
        const HttpAnswer hello =
            httpsRequest(d.county().url() + QStringLiteral("/api/v1/hello"), probeConfig(bundle.caChain, bundle));
        QVERIFY2(hello.status == 200, qPrintable(hello.describe()));
        QCOMPARE(QJsonDocument::fromJson(hello.body).object().value(QStringLiteral("center_code")).toString(),
                 QStringLiteral("C21"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const auto &[name, kind] : countyBackends()) {
            Backend b;
            QString why;
            QVERIFY2(startCounty(kind, &b.deployment, &b.skipReason, &why),
                     qPrintable(name + QStringLiteral(": ") + why));
            if (b.deployment) {
                const QString p12 = b.deployment->enroll(QStringLiteral("C21"), QStringLiteral("测试廿一中心"));
                QVERIFY(!p12.isEmpty());
                b.bundle = loadBundle(p12, SyncDeployment::bundlePassword());
                QVERIFY(b.bundle.valid());
                QVERIFY(!b.bundle.caChain.isEmpty());
            }
            m_backends[name] = std::move(b);
        }
    }

    void init()
    {
        if (!QTest::currentDataTag())
            return;
        // Tags are "backend" or "backend:case".
        const Backend &b = m_backends[QString::fromUtf8(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0)];
        if (!b.deployment)
            QSKIP(qPrintable(b.skipReason));
    }

    void enrolledCenterIsServed_data() { backendRows(); }
    void enrolledCenterIsServed()
    {
        Backend &b = current();
        verifyStillServing(*b.deployment, b.bundle);
    }

    void refusesWithoutClientCertificate_data() { backendRows(); }
    void refusesWithoutClientCertificate()
    {
        Backend &b = current();
        const QString url = b.deployment->county().url();
        for (const QString &path : {QStringLiteral("/api/v1/hello"), QStringLiteral("/api/v1/pull")}) {
            const HttpAnswer a = httpsRequest(
                url + path, probeConfig(b.bundle.caChain),
                path.endsWith(QStringLiteral("pull")) ? QByteArray("{\"protocol\":1,\"cursor\":0}") : QByteArray());
            // Either the handshake fails, or (defensively) 401 no_certificate: never an answer with data.
            QVERIFY2(a.status == 0 || a.status == 401, qPrintable(a.describe()));
            QVERIFY2(!a.body.contains("county_code") && !a.body.contains("changes"), qPrintable(a.describe()));
        }
        verifyStillServing(*b.deployment, b.bundle);
    }

    void refusesAnotherCountysCertificate_data() { backendRows(); }
    void refusesAnotherCountysCertificate()
    {
        Backend &b = current();
        SyncDeployment &d = *b.deployment;
        // Another county, its own CA, a center with the same code as an enrolled one.
        CountyProcess other(d.filePath(QStringLiteral("other-county")));
        QVERIFY(other.init(QStringLiteral("370199"), QStringLiteral("另一县社保局")));
        const QString foreignP12 = d.filePath(QStringLiteral("foreign-C21.p12"));
        QVERIFY(other.enroll(QStringLiteral("C21"), QStringLiteral("冒名中心"), foreignP12,
                             SyncDeployment::bundlePassword()));
        const ClientBundle foreign = loadBundle(foreignP12, SyncDeployment::bundlePassword());
        QVERIFY(foreign.valid());
        QVERIFY(foreign.certificate != b.bundle.certificate);

        // Raw: the foreign certificate, even while trusting our county's CA for the server.
        const HttpAnswer a =
            httpsRequest(d.county().url() + QStringLiteral("/api/v1/hello"), probeConfig(b.bundle.caChain, foreign));
        QVERIFY2(a.status == 0 || a.status == 401 || a.status == 403, qPrintable(a.describe()));
        QVERIFY2(!a.body.contains("county_code"), qPrintable(a.describe()));

        // The client with that bundle: it pins the other CA, and the server refuses its certificate anyway.
        SyncCenter center(QStringLiteral("C21"), QStringLiteral("冒名中心"));
        QVERIFY(center.valid());
        const QList<Form> forms = syncForms(QStringLiteral("FX"), 2, QDate::currentDate());
        QVERIFY(center.importForms(forms));
        QVERIFY(center.certify(forms));
        const CliResult configured = center.configure(d.county().url(), foreignP12, SyncDeployment::bundlePassword());
        if (configured.exitCode == 0) {
            const CliResult r = center.sync();
            QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        }
        QCOMPARE(center.outboxStates().value(QStringLiteral("acked")), 0);
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications WHERE form_no LIKE 'FX-%'")), 0);
        verifyStillServing(d, b.bundle);
    }

    void refusesRevokedCenter_data() { backendRows(); }
    void refusesRevokedCenter()
    {
        Backend &b = current();
        SyncDeployment &d = *b.deployment;
        const QList<Form> forms = syncForms(QStringLiteral("RV"), 3, QDate::currentDate());
        auto center = d.addCenter(QStringLiteral("C22"), QStringLiteral("测试廿二中心"));
        QVERIFY(center);
        QVERIFY(d.importForms(forms, QStringLiteral("C22")));
        CLI_EXPECT_EXIT(center->sync(), 0);
        QCOMPARE(center->formCount(), 3);
        const ClientBundle bundle = loadBundle(d.filePath(QStringLiteral("C22.p12")), SyncDeployment::bundlePassword());
        const QString hello = d.county().url() + QStringLiteral("/api/v1/hello");
        QCOMPARE(httpsRequest(hello, probeConfig(bundle.caChain, bundle)).status, 200);

        // Revoked while the server runs: the very next request is refused, no restart needed.
        QVERIFY(d.county().revoke(QStringLiteral("C22")));
        const HttpAnswer a = httpsRequest(hello, probeConfig(bundle.caChain, bundle));
        QVERIFY2(a.status == 403 || a.status == 0, qPrintable(a.describe()));
        if (a.status == 403)
            QCOMPARE(errorCode(a), QStringLiteral("revoked"));

        QVERIFY(center->certify(forms.mid(0, 2)));
        const CliResult r = center->sync();
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(center->outboxStates().value(QStringLiteral("acked")), 0);
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications WHERE center_code = 'C22'")), 0);
        verifyStillServing(d, b.bundle); // other centers are unaffected
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray record = R"({"uuid":"6f1c2a4e-0000-4000-8000-000000000001","form_no":"X","cycle":2026,)"
                                  R"("id_no":"11010519491231002X","alive":true,"method":"manual","clerk":"c",)"
                                  R"("certified_at":"2026-05-10T08:30:00.000Z","local_date":"2026-05-10"})";
        QByteArray tooMany = R"({"protocol":1,"records":[)";
        for (int i = 0; i < 2001; ++i)
            tooMany += (i ? "," : "") + record;
        tooMany += "]}";
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(qPrintable(backend + QLatin1Char(':') + QLatin1String(name)));
            };
            *row("not json") << backend << QByteArray("{\"protocol\":1,") << 400 << QStringLiteral("bad_json");
            *row("not an object") << backend << QByteArray("[1,2]") << 400 << QStringLiteral("bad_json");
            *row("binary") << backend << QByteArray("\x00\xff\xfe{", 4) << 400 << QStringLiteral("bad_json");
            *row("no records") << backend << QByteArray("{\"protocol\":1}") << 400 << QStringLiteral("bad_request");
            *row("records not an array") << backend << QByteArray("{\"protocol\":1,\"records\":{}}") << 400
                                         << QStringLiteral("bad_request");
            *row("other protocol") << backend << ("{\"protocol\":2,\"records\":[" + record + "]}") << 400
                                   << QStringLiteral("unsupported_protocol");
            *row("too many records") << backend << tooMany << 400 << QStringLiteral("bad_request");
        }
    }
    void malformedBodies()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Backend &b = m_backends[backend];
        if (!b.deployment)
            QSKIP(qPrintable(b.skipReason));
        SyncDeployment &d = *b.deployment;
        const qint64 before = d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications"));
        const HttpAnswer a = httpsRequest(d.county().url() + QStringLiteral("/api/v1/push"),
                                          probeConfig(b.bundle.caChain, b.bundle), body);
        QVERIFY2(a.status == status, qPrintable(a.describe()));
        QCOMPARE(errorCode(a), code);
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications")), before);
        verifyStillServing(d, b.bundle);
    }

    // Larger than 8 MiB: refused from the headers, before the body is buffered, with 413 too_large.
    void oversizedBody_data() { backendRows(); }
    void oversizedBody()
    {
        Backend &b = current();
        SyncDeployment &d = *b.deployment;
        const qint64 before = d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications"));
        const QByteArray head = "POST /api/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                "Content-Length: " +
                                QByteArray::number(9 * 1024 * 1024) + "\r\n\r\n";
        const QByteArray answer =
            rawHttpsExchange(d.county().host(), d.county().port(), probeConfig(b.bundle.caChain, b.bundle),
                             head + QByteArray(64 * 1024, ' '));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(300).constData());
        QVERIFY2(answer.contains("too_large"), answer.constData());

        // The whole 9 MiB sent by an ordinary client: an answer of 413, or the connection closed on it (the
        // server stops reading); never stored, never a crash.
        const HttpAnswer a = httpsRequest(d.county().url() + QStringLiteral("/api/v1/push"),
                                          probeConfig(b.bundle.caChain, b.bundle), QByteArray(9 * 1024 * 1024, ' '));
        QVERIFY2(a.status == 413 || (a.status == 0 && a.error == QNetworkReply::RemoteHostClosedError),
                 qPrintable(a.describe()));
        if (a.status == 0)
            qInfo("9 MiB upload: the connection was closed before the 413 was read (%s)", qPrintable(a.describe()));
        QCOMPARE(d.countyScalar(QStringLiteral("SELECT count(*) FROM certifications")), before);
        verifyStillServing(d, b.bundle);
    }
};

QTEST_GUILESS_MAIN(SyncRefusalsTest)
#include "tst_sync_refusals.moc"
