// The county server under load and abuse (issue 13 §3): database work runs on worker threads, so a request waiting on
// the database does not stall another center's; connections over the cap are answered 503 "busy"; an idle connection
// is closed after the (injected) timeout; a revoked certificate is refused from its request head, before any body.
#include "countydb.h"
#include "countyserver.h"
#include "countytest.h"
#include "pki.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

namespace {
const QByteArray kBundlePassword = "bundle-pass";
}

class TestCountyLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<CountyDb> m_db;
    std::unique_ptr<CountyServer> m_server;
    quint16 m_port = 0;

    QString p12(const QString &center) const { return m_dir + QStringLiteral("/") + center + QStringLiteral(".p12"); }
    QSslConfiguration tls(const QString &center) const
    {
        return clientTls(m_dir + QStringLiteral("/ca.pem"), p12(center), QString::fromLatin1(kBundlePassword));
    }
    QString url(const char *path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

    bool startServer(const ServerLimits &limits)
    {
        m_server.reset();
        m_db.reset();
        auto config = loadConfig(DataDir{m_dir});
        if (!config)
            return false;
        auto db = CountyDb::open(DataDir{m_dir}, config.value());
        if (!db)
            return false;
        m_db = std::move(db).value();
        m_server = std::make_unique<CountyServer>(*m_db, config.value());
        m_server->setLimits(limits);
        auto port = m_server->start(DataDir{m_dir}, QHostAddress::LocalHost, 0);
        if (!port)
            return false;
        m_port = port.value();
        return true;
    }

    // A TLS connection with the center's certificate, handshake done (or null).
    std::unique_ptr<QSslSocket> connectAs(const QString &center)
    {
        auto s = std::make_unique<QSslSocket>();
        s->setSslConfiguration(tls(center));
        s->setPeerVerifyName(QStringLiteral("127.0.0.1"));
        QSignalSpy encrypted(s.get(), &QSslSocket::encrypted);
        s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        // The server runs on this thread: wait in the event loop, never in a blocking waitFor…().
        if (!encrypted.wait(10000)) {
            qWarning("handshake: %s", qPrintable(s->errorString()));
            return nullptr;
        }
        return s;
    }

    // One HTTP answer (head and Content-Length body), or what came before the server closed / `timeoutMs` passed.
    static QByteArray readAnswer(QSslSocket *s, int timeoutMs = 10000)
    {
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            got += s->readAll();
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = got.toLower().indexOf("content-length:");
                const qint64 length =
                    at >= 0 ? got.mid(at + 15, got.indexOf("\r\n", at) - at - 15).trimmed().toLongLong() : 0;
                if (got.size() >= end + 4 + length)
                    break;
            }
            QSignalSpy more(s, &QSslSocket::readyRead);
            if (!more.wait(100) && s->state() != QAbstractSocket::ConnectedState && !s->bytesAvailable())
                break;
        }
        return got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("county"));
        QCOMPARE(runCounty(m_dir, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                                   QStringLiteral("--county-name"), QStringLiteral("测试县")})
                     .exitCode,
                 0);
        for (const QString &center : {QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")})
            QCOMPARE(runCounty(m_dir,
                               {QStringLiteral("enroll"), QStringLiteral("--center"), center, QStringLiteral("--name"),
                                center, QStringLiteral("--out"), p12(center)},
                               kBundlePassword + "\n")
                         .exitCode,
                     0);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    void slowQueryDoesNotStallOtherCenters()
    {
        QVERIFY(startServer(ServerLimits{}));
        // Another process holds the SQLite write lock: C1's push waits for it on a worker (up to the busy timeout).
        auto config = loadConfig(DataDir{m_dir});
        auto locker = CountyDb::open(DataDir{m_dir}, config.value());
        QVERIFY(locker);
        QVERIFY(locker.value()->run(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QNetworkAccessManager nam;
        QNetworkRequest push{QUrl(url(protocol::kPathPush))};
        push.setSslConfiguration(tls(QStringLiteral("C1")));
        push.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *slow =
            nam.post(push, protocol::serialize(protocol::encodePushRequest({{makeRecord(QStringLiteral("F1"), 1)}})));
        // Meanwhile C2 asks for something that needs reads only: it is answered while the push still waits.
        QNetworkAccessManager other;
        QNetworkRequest quick{QUrl(url("/api/v1/reports/overview"))};
        quick.setSslConfiguration(tls(QStringLiteral("C2")));
        QNetworkReply *fast = other.get(quick);
        QTRY_VERIFY_WITH_TIMEOUT(fast->isFinished(), 8000);
        QCOMPARE(fast->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403); // a center reads no reports
        QVERIFY(!slow->isFinished());
        locker.value()->rollback();
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 15000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
        delete fast;
    }

    void idleConnectionIsClosed()
    {
        ServerLimits limits;
        limits.idleTimeoutMs = 300;
        QVERIFY(startServer(limits));
        auto s = connectAs(QStringLiteral("C1"));
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE(m_server->openConnections(), 0);
        // A connection in use is not idle: a request answered, then closed only after the timeout again.
        auto t = connectAs(QStringLiteral("C1"));
        QVERIFY(t);
        t->write("GET /api/v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(readAnswer(t.get()).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE_WITH_TIMEOUT(t->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void connectionsOverTheCapAreRefused()
    {
        ServerLimits limits;
        limits.maxConnections = 2;
        QVERIFY(startServer(limits));
        auto a = connectAs(QStringLiteral("C1"));
        auto b = connectAs(QStringLiteral("C2"));
        QVERIFY(a && b);
        QTRY_COMPARE(m_server->openConnections(), 2);
        auto c = connectAs(QStringLiteral("C3"));
        QVERIFY(c);
        c->write("GET /api/v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QByteArray refused = readAnswer(c.get());
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains("\"busy\""));
        // The two within the cap are served; once one closes, a new connection is served again.
        a->write("GET /api/v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(readAnswer(a.get()).startsWith("HTTP/1.1 200"));
        b->disconnectFromHost();
        c.reset();
        QTRY_COMPARE(m_server->openConnections(), 1);
        auto d = connectAs(QStringLiteral("C3"));
        QVERIFY(d);
        d->write("GET /api/v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(readAnswer(d.get()).startsWith("HTTP/1.1 200"));
    }

    void revokedRefusedBeforeTheBody()
    {
        ServerLimits limits;
        limits.revocationRefreshMs = 100;
        QVERIFY(startServer(limits));
        auto s = connectAs(QStringLiteral("C3"));
        QVERIFY(s);
        const QString serial =
            normaliseSerial(QString::fromLatin1(s->sslConfiguration().localCertificate().serialNumber()));
        QVERIFY(!m_server->isRefusedSerial(serial));
        // Revoked by the command line (another process) while the server runs and the connection is open.
        QCOMPARE(
            runCounty(m_dir, {QStringLiteral("revoke"), QStringLiteral("--center"), QStringLiteral("C3")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->isRefusedSerial(serial), 5000);
        // A push announcing 1 MB whose body never comes: refused from its head at once.
        s->write("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 1000000\r\n\r\n");
        const QByteArray answer = readAnswer(s.get(), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(answer.contains("\"revoked\""));
    }
};

QTEST_GUILESS_MAIN(TestCountyLimits)
#include "tst_county_limits.moc"
