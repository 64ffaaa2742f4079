// Key escrow end to end with a real county (SQLite and PostgreSQL rows): `escrow init` at the county, the center's
// deposit (hello's escrow_key → the escrow slot of <db>.keys), `escrow recover` adding a new recovery slot that
// reopens the database, the recovery recorded in `escrow log`, and every refusal: no county key yet, a weak or
// missing passphrase, a wrong passphrase, an unknown center, another center's key file, a key file without a slot,
// a slot whose center was edited, and a CA directory without the escrow key.

#include "syncdeployment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

namespace {
const QByteArray kPassphrase = "county-escrow-passphrase-1\n";
} // namespace

class SyncEscrowTest : public SyncBackendSuite
{
    Q_OBJECT

private:
    static CliResult admin(SyncCenter &center, const QStringList &args, const QString &secret)
    {
        return runCli(
            QStringList{QStringLiteral("--db"), center.dbPath(), QStringLiteral("--user"), QStringLiteral("admin")} +
                args,
            stdinLines({secret}));
    }
    static QJsonObject keysJson(const QString &dbPath)
    {
        return QJsonDocument::fromJson(readFile(dbPath + QStringLiteral(".keys"))).object();
    }

private Q_SLOTS:
    void initTestCase() { startBackends(); }

    void init() { skipRowWithoutCounty(); }

    void escrowRoundTrip_data() { backendRows(); }

    void escrowRoundTrip()
    {
        SyncDeployment &d = deployment();
        CountyProcess &county = d.county();

        auto center = d.addCenter(QStringLiteral("C31"), QStringLiteral("托管三一中心"));
        QVERIFY(center);
        auto other = d.addCenter(QStringLiteral("C32"), QStringLiteral("托管三二中心"));
        QVERIFY(other);
        const QString adminPassword = SyncCenter::passwordOf(QStringLiteral("admin"));

        // The county has no escrow key yet: the deposit says so and the key file stays without a slot.
        CliResult r = admin(*center, {QStringLiteral("escrow"), QStringLiteral("deposit")}, adminPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("escrow init")), qPrintable(r.describe()));
        QVERIFY(!keysJson(center->dbPath()).contains(QStringLiteral("escrow")));
        // A clerk may not deposit.
        r = runCli({QStringLiteral("--db"), center->dbPath(), QStringLiteral("--user"), QStringLiteral("clerk"),
                    QStringLiteral("escrow"), QStringLiteral("deposit")},
                   stdinLines({SyncCenter::passwordOf(QStringLiteral("clerk"))}));
        QCOMPARE(r.exitCode, 1);

        // escrow init: passphrase missing (usage), too short (refused), then made; never replaced.
        QCOMPARE(county.run({QStringLiteral("escrow"), QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(county.run({QStringLiteral("escrow"), QStringLiteral("init")}, "short\n").exitCode, 1);
        r = county.run({QStringLiteral("escrow"), QStringLiteral("init")}, kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(county.run({QStringLiteral("escrow"), QStringLiteral("init")}, kPassphrase).exitCode, 1);
        const QString escrowKey = QDir(county.dataDir()).filePath(QStringLiteral("escrow.key"));
        QCOMPARE(QFile::permissions(escrowKey) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(readFile(escrowKey).contains("ENCRYPTED PRIVATE KEY"));
        QVERIFY(county.restart());

        // The deposit: the slot appears, bound to C31 and the county key; a second run changes nothing.
        r = admin(*center, {QStringLiteral("escrow"), QStringLiteral("deposit"), QStringLiteral("--json")},
                  adminPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("center")).toString(), QStringLiteral("C31"));
        QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), true);
        const QString keyId = r.json().value(QStringLiteral("key_id")).toString();
        QCOMPARE(keyId.size(), 64);
        const QJsonObject slot = keysJson(center->dbPath()).value(QStringLiteral("escrow")).toObject();
        QCOMPARE(slot.value(QStringLiteral("kind")).toString(), QStringLiteral("escrow"));
        QCOMPARE(slot.value(QStringLiteral("scheme")).toString(), QStringLiteral("rsa-oaep-sha256"));
        QCOMPARE(slot.value(QStringLiteral("center")).toString(), QStringLiteral("C31"));
        QCOMPARE(slot.value(QStringLiteral("key_id")).toString(), keyId);
        r = admin(*center, {QStringLiteral("escrow"), QStringLiteral("deposit"), QStringLiteral("--json")},
                  adminPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), false);

        // The center loses its key file's secrets: a copy is brought to the county. Refusals first.
        QTemporaryDir carry;
        const QString keys = carry.filePath(QStringLiteral("C31.keys"));
        QVERIFY(QFile::copy(center->dbPath() + QStringLiteral(".keys"), keys));
        const QStringList recover{QStringLiteral("escrow"), QStringLiteral("recover"), QStringLiteral("--center"),
                                  QStringLiteral("C31"),    QStringLiteral("--keys"),  keys};
        QCOMPARE(county.run(recover).exitCode, 2); // no passphrase on stdin
        r = county.run(recover, "wrong-passphrase-123\n");
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        r = county.run({QStringLiteral("escrow"), QStringLiteral("recover"), QStringLiteral("--center"),
                        QStringLiteral("C99"), QStringLiteral("--keys"), keys},
                       kPassphrase);
        QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("C99")), qPrintable(r.describe()));
        r = county.run({QStringLiteral("escrow"), QStringLiteral("recover"), QStringLiteral("--center"),
                        QStringLiteral("C32"), QStringLiteral("--keys"), keys},
                       kPassphrase);
        QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("C31")), qPrintable(r.describe()));
        r = county.run({QStringLiteral("escrow"), QStringLiteral("recover"), QStringLiteral("--center"),
                        QStringLiteral("C32"), QStringLiteral("--keys"), other->dbPath() + QStringLiteral(".keys")},
                       kPassphrase);
        QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("escrow slot")), qPrintable(r.describe()));
        // A slot whose center was edited does not open: the center code is bound into the OAEP label.
        {
            QJsonObject root = keysJson(center->dbPath());
            QJsonObject edited = root.value(QStringLiteral("escrow")).toObject();
            edited.insert(QStringLiteral("center"), QStringLiteral("C32"));
            root.insert(QStringLiteral("escrow"), edited);
            const QString forged = carry.filePath(QStringLiteral("forged.keys"));
            QVERIFY(writeFile(forged, QJsonDocument(root).toJson()));
            r = county.run({QStringLiteral("escrow"), QStringLiteral("recover"), QStringLiteral("--center"),
                            QStringLiteral("C32"), QStringLiteral("--keys"), forged},
                           kPassphrase);
            QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("does not open")),
                     qPrintable(r.describe()));
        }
        // Without the CA directory (where the escrow private key lives) nobody recovers.
        QTemporaryDir emptyCa;
        r = county.run(QStringList{QStringLiteral("--ca-dir"), emptyCa.path()} + recover, kPassphrase);
        QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("CA operator")), qPrintable(r.describe()));
        QCOMPARE(readFile(keys), readFile(center->dbPath() + QStringLiteral(".keys"))); // refusals changed nothing

        // The recovery: a new recovery code for admin, recorded in the county's escrow log.
        r = county.run(recover + QStringList{QStringLiteral("--json")}, kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QStringLiteral("account")).toString(), QStringLiteral("admin"));
        const QString code = r.json().value(QStringLiteral("recovery_code")).toString();
        QCOMPARE(code.size(), 29);
        QVERIFY(QFile::remove(center->dbPath() + QStringLiteral(".keys")));
        QVERIFY(QFile::copy(keys, center->dbPath() + QStringLiteral(".keys")));
        // The old password still opens its own slot; the new code opens the admin's recovery slot.
        r = runCli({QStringLiteral("--db"), center->dbPath(), QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("verify")},
                   stdinLines({code}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = county.run({QStringLiteral("escrow"), QStringLiteral("log"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray log = r.json().value(QStringLiteral("recoveries")).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0)[QStringLiteral("center")].toString(), QStringLiteral("C31"));
        QCOMPARE(log.at(0)[QStringLiteral("account")].toString(), QStringLiteral("admin"));
        QCOMPARE(log.at(0)[QStringLiteral("key_id")].toString(), keyId);
        QVERIFY(!log.at(0)[QStringLiteral("operator")].toString().isEmpty());
        QVERIFY(!r.out.contains(code.toLatin1())); // the code is shown once, never logged
    }
};

QTEST_GUILESS_MAIN(SyncEscrowTest)
#include "tst_sync_escrow.moc"
