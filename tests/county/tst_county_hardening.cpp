// County fixes of the security review (safekeeping issue): enrollment bundles resist offline guessing (PKCS#12
// iterations and AES-256, read back with the openssl tool), and the PostgreSQL URL's sslmode reaches libpq.
#include "countyconfig.h"
#include "countydb.h"
#include "countytest.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::county;
using namespace certdesk::countytest;

class TestCountyHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundlesUseManyIterations();
    void sslModeIsParsed();
    void sslModeReachesLibpq();
    void caKeyLivesApartAndServeRunsWithoutIt();
    void serverCertNamesTheRealHostAndRenews();
    void certificatesLastThreeAndFiveYears();
};

void TestCountyHardening::bundlesUseManyIterations()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed to read the bundle's parameters");
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("county"));
    QCOMPARE(runCounty(dir, {QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                             QStringLiteral("--county-name"), QStringLiteral("测试县")})
                 .exitCode,
             0);
    const QString p12 = tmp.filePath(QStringLiteral("c1.p12"));
    QCOMPARE(runCounty(dir,
                       {QStringLiteral("enroll"), QStringLiteral("--center"), QStringLiteral("C1"),
                        QStringLiteral("--name"), QStringLiteral("一"), QStringLiteral("--out"), p12},
                       "bundle-pass\n")
                 .exitCode,
             0);
    QProcess info;
    info.start(openssl, {QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                         QStringLiteral("-in"), p12, QStringLiteral("-passin"), QStringLiteral("pass:bundle-pass")});
    QVERIFY(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardError() + info.readAllStandardOutput());
    QCOMPARE(info.exitCode(), 0);
    // "MAC: sha256, Iteration 600000" and, for the key and certificate bags, "…AES-256-CBC, Iteration 600000".
    const QRegularExpression iteration(QStringLiteral("Iteration (\\d+)"));
    int seen = 0;
    for (auto it = iteration.globalMatch(text); it.hasNext(); ++seen)
        QVERIFY2(it.next().captured(1).toInt() >= 600000, qPrintable(text));
    QVERIFY2(seen >= 2, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("AES-256-CBC")), qPrintable(text));
}

void TestCountyHardening::sslModeIsParsed()
{
    auto t = parsePostgresUrl(QStringLiteral(
        "postgresql://county@db.example:5433/certdesk?sslmode=verify-full&sslrootcert=/etc/pg/root.crt"));
    QVERIFY(t.ok());
    QCOMPARE(t->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(t->sslRootCert, QStringLiteral("/etc/pg/root.crt"));
    QVERIFY(parsePostgresUrl(QStringLiteral("postgresql://county@h:5432/d")).ok());
    QVERIFY(parsePostgresUrl(QStringLiteral("postgresql://county@h:5432/d"))->sslMode.isEmpty());
    for (const char *bad :
         {"postgresql://c@h:5432/d?sslmode=sometimes", "postgresql://c@h:5432/d?sslmode=",
          "postgresql://c@h:5432/d?sslrootcert=/a%3Bsslmode%3Ddisable", "postgresql://c@h:5432/d?sslrootcert=/a%20b"}) {
        auto r = parsePostgresUrl(QString::fromLatin1(bad));
        QVERIFY2(!r.ok(), bad);
        QCOMPARE(r.error().code, ErrorCode::DatabaseUrl);
    }
}

// The throw-away cluster has no TLS: sslmode=require must make libpq refuse it, which shows the mode is passed on
// (before the fix the URL's sslmode was dropped and the connection silently went unencrypted).
void TestCountyHardening::sslModeReachesLibpq()
{
    test::PgCluster pg;
    QString why;
    if (!pg.start(&why)) {
        if (test::PgCluster::requiredHere())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QVERIFY(pg.createDatabase(QStringLiteral("ssl")));
    QTemporaryDir tmp;
    CountyConfig plain{QStringLiteral("X1"), QStringLiteral("县"), pg.url(QStringLiteral("ssl"))};
    auto ok = CountyDb::open(DataDir{tmp.path()}, plain);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
    ok.value().reset();
    CountyConfig strict = plain;
    strict.databaseUrl += QStringLiteral("?sslmode=require");
    auto refused = CountyDb::open(DataDir{tmp.path()}, strict);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("SSL")), qPrintable(refused.error().message));
}

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QSslCertificate serverCertOf(const QString &dir)
{
    const auto certs = QSslCertificate::fromPath(dir + s("/server.pem"), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

} // namespace

void TestCountyHardening::caKeyLivesApartAndServeRunsWithoutIt()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(s("county"));
    const QString ca = tmp.filePath(s("ca-offline"));
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("init"), s("--county-code"), s("X1"), s("--county-name"), s("县")})
                 .exitCode,
             0);
    QVERIFY(!QFile::exists(data + s("/ca.key")));
    QVERIFY(QFile::exists(ca + s("/ca.key")));
    QCOMPARE(QFileInfo(ca + s("/ca.key")).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    // enroll needs the CA key: refused without --ca-dir, done with it.
    const QStringList enroll{
        s("enroll"), s("--center"), s("C1"), s("--name"), s("一"), s("--out"), tmp.filePath(s("c1.p12"))};
    const Run without = runCounty(data, enroll, "bundle-pass\n");
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(QString::fromUtf8(without.err).contains(s("ca.key")), without.err.constData());
    QVERIFY(!QFile::exists(tmp.filePath(s("c1.p12"))));
    QCOMPARE(runCounty(data, QStringList{s("--ca-dir"), ca} + enroll, "bundle-pass\n").exitCode, 0);

    // serve starts from the data directory alone and does not warn; with ca.key beside it, it warns.
    QProcess serve;
    serve.start(s(CERTDESK_COUNTY_BIN), {s("--data"), data, s("serve"), s("--listen"), s("127.0.0.1:0")});
    QVERIFY(serve.waitForStarted());
    QByteArray out;
    QTRY_VERIFY2_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("listening on"),
                              serve.readAllStandardError().constData(), 30000);
    QVERIFY(!serve.readAllStandardError().contains("CA key"));
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));

    const QString together = tmp.filePath(s("together"));
    QCOMPARE(runCounty(together, {s("init"), s("--county-code"), s("X2"), s("--county-name"), s("县")}).exitCode, 0);
    QProcess warned;
    warned.start(s(CERTDESK_COUNTY_BIN), {s("--data"), together, s("serve"), s("--listen"), s("127.0.0.1:0")});
    QVERIFY(warned.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += warned.readAllStandardError()).contains("CA key"), 30000);
    warned.terminate();
    QVERIFY(warned.waitForFinished(30000));
}

void TestCountyHardening::serverCertNamesTheRealHostAndRenews()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(s("county"));
    const QString ca = tmp.filePath(s("ca"));
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("init"), s("--county-code"), s("X1"), s("--county-name"), s("县")})
                 .exitCode,
             0);
    const QString firstSerial = QString::fromLatin1(serverCertOf(data).serialNumber());
    const Run issued = runCounty(data, {s("--ca-dir"), ca, s("server-cert"), s("--dns"), s("certdesk.county.example"),
                                        s("--dns"), s("county-backup.example"), s("--ip"), s("10.1.2.3")});
    QCOMPARE(issued.exitCode, 0);
    QSslCertificate cert = serverCertOf(data);
    QVERIFY(!cert.isNull());
    auto names = cert.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
    QVERIFY(names.values(QSsl::DnsEntry).contains(s("certdesk.county.example")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(s("county-backup.example")));
    QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList{s("10.1.2.3")});
    QVERIFY(QString::fromLatin1(cert.serialNumber()) != firstSerial);
    QCOMPARE(QFileInfo(data + s("/server.key")).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("renew")}).exitCode, 0);
    const QSslCertificate renewed = serverCertOf(data);
    QVERIFY(renewed.serialNumber() != cert.serialNumber());
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    for (auto kind : {QSsl::DnsEntry, QSsl::IpAddressEntry})
        QCOMPARE(sorted(renewed.subjectAlternativeNames().values(kind)), sorted(names.values(kind)));

    // Refusals: no name, a bad name or address (usage); no CA key (refused); the certificate stays as it was.
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("server-cert")}).exitCode, 2);
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("server-cert"), s("--dns"), s("bad name")}).exitCode, 2);
    QCOMPARE(
        runCounty(data, {s("--ca-dir"), ca, s("server-cert"), s("--dns"), s("ok.example"), s("--ip"), s("999.1.2.3")})
            .exitCode,
        2);
    QCOMPARE(runCounty(data, {s("server-cert"), s("--dns"), s("ok.example")}).exitCode, 1);
    QCOMPARE(serverCertOf(data).serialNumber(), renewed.serialNumber());
}

namespace {

// The certificate issued between `before` and `after` lasts `years` calendar years: it ends between before+years and
// after+years (to the second the certificate holds), and it was valid already when issued (clock skew tolerated).
bool lastsYears(const QSslCertificate &cert, const QDateTime &before, const QDateTime &after, int years)
{
    const QDateTime end = cert.expiryDate();
    const bool ok = !cert.isNull() && end >= before.addYears(years).addSecs(-1) &&
                    end <= after.addYears(years).addSecs(1) && cert.effectiveDate() <= before;
    if (!ok)
        qWarning("valid %s .. %s, expected %d years from %s", qPrintable(cert.effectiveDate().toString(Qt::ISODate)),
                 qPrintable(end.toString(Qt::ISODate)), years, qPrintable(before.toString(Qt::ISODate)));
    return ok;
}

} // namespace

// Issue 17: a center's certificate lasts 3 years, the server's 5 (init, server-cert and renew alike), as the county
// guide says; read from the issued certificates themselves (the server's PEM, the center's PKCS#12 bundle).
void TestCountyHardening::certificatesLastThreeAndFiveYears()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(s("county"));
    const QString ca = tmp.filePath(s("ca"));
    QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("init"), s("--county-code"), s("X1"), s("--county-name"), s("县")})
                 .exitCode,
             0);
    QVERIFY(lastsYears(serverCertOf(data), before, QDateTime::currentDateTimeUtc(), 5));

    before = QDateTime::currentDateTimeUtc();
    QCOMPARE(runCounty(data,
                       {s("--ca-dir"), ca, s("server-cert"), s("--dns"), s("county.lan"), s("--ip"), s("192.168.10.5")})
                 .exitCode,
             0);
    QVERIFY(lastsYears(serverCertOf(data), before, QDateTime::currentDateTimeUtc(), 5));
    before = QDateTime::currentDateTimeUtc();
    QCOMPARE(runCounty(data, {s("--ca-dir"), ca, s("renew")}).exitCode, 0);
    QVERIFY(lastsYears(serverCertOf(data), before, QDateTime::currentDateTimeUtc(), 5));

    const QString p12 = tmp.filePath(s("c1.p12"));
    before = QDateTime::currentDateTimeUtc();
    const Run enrolled =
        runCounty(data, {s("--ca-dir"), ca, s("enroll"), s("--center"), s("C1"), s("--name"), s("一"), s("--out"), p12},
                  "bundle-pass\n");
    QCOMPARE(enrolled.exitCode, 0);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QFile bundle(p12);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate center;
    QVERIFY(QSslCertificate::importPkcs12(&bundle, &key, &center, nullptr, "bundle-pass"));
    QCOMPARE(center.subjectInfo(QSslCertificate::CommonName), QStringList{s("C1")});
    QVERIFY(lastsYears(center, before, after, 3));
    // What enroll prints and the county records is the certificate's own end (the day, at least).
    QVERIFY2(enrolled.out.contains(center.expiryDate().date().toString(Qt::ISODate).toLatin1()),
             enrolled.out.constData());
}

QTEST_GUILESS_MAIN(TestCountyHardening)
#include "tst_county_hardening.moc"
