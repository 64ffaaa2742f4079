// Sync settings (the .p12 imported into the encrypted database, refusals) and the HTTPS transport against an
// in-process county over mutual TLS: the pinned CA, a server from another CA, no server, a failing server.
#include "fakecounty.h"
#include "fixture.h"
#include "minicounty.h"
#include "sessionaccess.h"
#include "testpki.h"

#include "services/certification.h"
#include "store/syncstore.h"
#include "sync/httptransport.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"
#include "testerrorcode.h"

#include <QFile>
#include <QSslSocket>
#include <QTest>

using namespace certdesk;

class TestSyncClientTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCenter> m_center;
    std::unique_ptr<Session> m_admin;
    test::TestPki m_pki;
    const QString m_bundlePassword = QStringLiteral("bundle-secret");

    Status configure(const QString &url, const QByteArray &p12, const QString &password)
    {
        return SyncSettings(*m_admin).configure(url, p12, password);
    }

    QString serverUrl(quint16 port) { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

private Q_SLOTS:
    void init()
    {
        m_center = std::make_unique<test::TestCenter>();
        m_admin = m_center->open(QStringLiteral("admin"));
        QVERIFY(m_admin);
    }

    void cleanup()
    {
        m_admin.reset();
        m_center.reset();
    }

    void configureImportsTheBundleIntoTheEncryptedDatabase()
    {
        const QByteArray p12 = m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword);
        QVERIFY(!p12.isEmpty());
        const Status s = configure(QStringLiteral("https://county.example:8443/"), p12, m_bundlePassword);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        auto c = SyncSettings(*m_admin).credentials();
        QVERIFY(c.ok() && c->has_value());
        const SyncCredentials &cred = c->value();
        QCOMPARE(cred.server.toString(), QStringLiteral("https://county.example:8443"));
        QCOMPARE(cred.certificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("T001"));
        QVERIFY(!cred.key.isNull());
        QCOMPARE(cred.ca, QList<QSslCertificate>{QSslCertificate(m_pki.caPem())});
        const QSslConfiguration tls = cred.tlsConfiguration();
        QCOMPARE(tls.caCertificates(), cred.ca); // pinned: nothing from the system store
        QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(cred.configuredBy, QStringLiteral("admin"));
        // Key and certificate exist only inside the encrypted file.
        m_admin.reset();
        QFile db(m_center->dbPath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray raw = db.readAll();
        QVERIFY(!raw.contains("PRIVATE KEY"));
        QVERIFY(!raw.contains("BEGIN CERTIFICATE"));
        QFile wal(m_center->dbPath + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("PRIVATE KEY"));
        m_admin = m_center->open(QStringLiteral("admin"));
        auto q = SessionAccess::db(*m_admin).prepare("SELECT count(*) FROM audit WHERE action = 'sync_configure'");
        QVERIFY(q.ok() && q->step().value());
        QCOMPARE(q->int64(0), 1);
    }

    void configureRefusals()
    {
        const QByteArray good = m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword);
        const QString url = QStringLiteral("https://county.example:8443");
        auto code = [&](const Status &s) { return s.ok() ? QStringLiteral("ok") : s.error().codeWord(); };
        QCOMPARE(code(configure(QStringLiteral("http://county.example"), good, m_bundlePassword)),
                 QStringLiteral("bad_url"));
        QCOMPARE(code(configure(QStringLiteral("county.example"), good, m_bundlePassword)), QStringLiteral("bad_url"));
        QCOMPARE(code(configure(url, good, QStringLiteral("wrong"))), QStringLiteral("bad_bundle"));
        QCOMPARE(code(configure(url, QByteArray("not a bundle"), m_bundlePassword)), QStringLiteral("bad_bundle"));
        QCOMPARE(
            code(configure(url, m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword, false), m_bundlePassword)),
            QStringLiteral("no_ca"));
        QCOMPARE(code(configure(url, m_pki.centerP12(QStringLiteral("C02"), m_bundlePassword), m_bundlePassword)),
                 QStringLiteral("wrong_center"));
        QCOMPARE(code(configure(url,
                                m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword, true,
                                                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)),
                                m_bundlePassword)),
                 QStringLiteral("expired"));
        m_center->addUser(QStringLiteral("super"), Role::Supervisor);
        auto super = m_center->open(QStringLiteral("super"));
        QCOMPARE(code(SyncSettings(*super).configure(url, good, m_bundlePassword)), QStringLiteral("permission"));
        // Nothing was stored by any of them.
        auto c = SyncSettings(*m_admin).credentials();
        QVERIFY(c.ok() && !c->has_value());
    }

    void pushAndPullOverMutualTls()
    {
        test::FakeCounty county;
        test::MiniCounty server(m_pki, county);
        QVERIFY(server.port() != 0);
        QVERIFY(configure(serverUrl(server.port()), m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword),
                          m_bundlePassword)
                    .ok());
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk);
        const QList<Form> forms = m_center->seedForms(3);
        auto clerk = m_center->open(QStringLiteral("clerk"));
        for (const Form &f : forms) {
            CertifyRequest r{f.formNo, f.checkCode, f.person.idNo};
            QVERIFY(CertificationService(*clerk).certify(r).ok());
        }
        county.addDeath({forms[2].person.idNo, forms[2].person.name, QDate(2026, 5, 1), QStringLiteral("民政")});
        auto cred = SyncSettings(*clerk).credentials();
        HttpTransport transport(cred->value(), 10000);
        BatchSizer batch;
        const SyncReport r = SyncEngine(*clerk, transport, batch).run(false);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.accepted, 3);
        QCOMPARE(r.pulledDeaths, 1);
        QCOMPARE(county.storedCount(), 3);
        QVERIFY(!server.clientSubjects.isEmpty());
        QCOMPARE(server.clientSubjects.constFirst(), QStringLiteral("T001"));
        QCOMPARE(outboxCounts(SessionAccess::db(*clerk))->acked, 3);

        // A failing county: the records stay, nothing is charged to a record that was sent with others.
        server.status = 500;
        auto pull = transport.pull({});
        QVERIFY(!pull.ok());
        QCOMPARE(pull.error().code, ErrorCode::ServerError);
    }

    void serverFromAnotherCaIsRefused()
    {
        test::TestPki other(QStringLiteral("Impostor CA"));
        test::FakeCounty county;
        test::MiniCounty impostor(other, county);
        QVERIFY(configure(serverUrl(impostor.port()), m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword),
                          m_bundlePassword)
                    .ok());
        auto cred = SyncSettings(*m_admin).credentials();
        HttpTransport transport(cred->value(), 10000);
        auto r = transport.pull({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::CertificateRefused);
        QCOMPARE(r.error().kind, Error::Kind::Refused);
    }

    void noServerIsALinkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        QVERIFY(configure(serverUrl(port), m_pki.centerP12(QStringLiteral("T001"), m_bundlePassword), m_bundlePassword)
                    .ok());
        auto cred = SyncSettings(*m_admin).credentials();
        HttpTransport transport(cred->value(), 5000);
        auto r = transport.push({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY(isLinkError(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestSyncClientTls)
#include "tst_syncclient_tls.moc"
