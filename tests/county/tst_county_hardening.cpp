// County fixes of the security review (safekeeping issue): enrollment bundles resist offline guessing (PKCS#12
// iterations and AES-256, read back with the openssl tool), and the PostgreSQL URL's sslmode reaches libpq.
#include "countyconfig.h"
#include "countydb.h"
#include "countytest.h"

#include <QRegularExpression>
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
        QCOMPARE(r.error().code, QStringLiteral("database_url"));
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

QTEST_GUILESS_MAIN(TestCountyHardening)
#include "tst_county_hardening.moc"
