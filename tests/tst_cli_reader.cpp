// certdesk-admin reader list / reader read against the pty simulator.
#include "clirunner.h"
#include "samsimprocess.h"
#include "services/demo.h"

#include <QtTest>

using namespace certdesk::test;

namespace {

QSet<QString> keys(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *n : names)
        set.insert(QString::fromUtf8(n));
    return set;
}

} // namespace

class TestCliReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readJsonHasExactlyTheContractKeys()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start({QStringLiteral("--card"), QStringLiteral(CERTDESK_TEST_DATA "/cards/resident.json")}));
        const CliResult r = runCli(cliArgs("reader", "read", "--port", sim.link(), "--json"));
        CLI_EXPECT_EXIT(r, 0);
        bool ok = false;
        const QJsonObject o = r.json(&ok);
        QVERIFY(ok);
        QCOMPARE(jsonKeys(o), keys({"name", "sex", "nation", "birth", "address", "id_no", "issuer", "valid_from",
                                    "valid_to", "card_type", "source"}));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("演示李桂兰"));
        QCOMPARE(o.value(QLatin1String("sex")).toString(), QStringLiteral("F"));
        QCOMPARE(o.value(QLatin1String("nation")).toString(), QStringLiteral("回"));
        QCOMPARE(o.value(QLatin1String("birth")).toString(), QStringLiteral("1948-11-02"));
        QCOMPARE(o.value(QLatin1String("address")).toString(), QStringLiteral("演示省演示市演示区幸福路12号"));
        QCOMPARE(o.value(QLatin1String("id_no")).toString(), QStringLiteral("110105194811020023"));
        QCOMPARE(o.value(QLatin1String("issuer")).toString(), QStringLiteral("演示市公安局演示分局"));
        QCOMPARE(o.value(QLatin1String("valid_from")).toString(), QStringLiteral("2016-04-01"));
        QCOMPARE(o.value(QLatin1String("valid_to")).toString(), QStringLiteral("长期"));
        QCOMPARE(o.value(QLatin1String("card_type")).toString(), QStringLiteral("resident"));
        QCOMPARE(o.value(QLatin1String("source")).toString(), sim.link());
        QVERIFY(r.err.isEmpty()); // personal data only on stdout, and only because it was asked for
    }

    // tests/data/cards/demo.json is the first sample person of `certdesk-admin demo`, so the README demo can read
    // a card at the counter and find that person's forms.
    void demoCardMatchesFirstDemoPerson()
    {
        const QJsonObject person = QJsonDocument::fromJson(certdesk::demoFormsJson(1, QDate(2026, 5, 10), 20121127u))
                                       .object()
                                       .value(QLatin1String("forms"))
                                       .toArray()
                                       .first()
                                       .toObject();
        const QJsonObject card =
            QJsonDocument::fromJson(readFile(QStringLiteral(CERTDESK_TEST_DATA "/cards/demo.json"))).object();
        QCOMPARE(card.value(QLatin1String("id_no")), person.value(QLatin1String("id_no")));
        QCOMPARE(card.value(QLatin1String("name")), person.value(QLatin1String("name")));
        QCOMPARE(card.value(QLatin1String("birth")).toString().left(7),
                 person.value(QLatin1String("birth")).toString());
        const QString sex = card.value(QLatin1String("sex")).toString() == QLatin1String("M") ? QStringLiteral("男")
                                                                                              : QStringLiteral("女");
        QCOMPARE(sex, person.value(QLatin1String("sex")).toString());
    }

    void readUsesTheConfiguredPort()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start({QStringLiteral("--card-type"), QStringLiteral("hkmotw")}));
        // The port as the GUI's settings page stores it for this PC, in a settings file of the test's own.
        QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("CertDesk")));
        QVERIFY(writeFile(config.filePath(QStringLiteral("CertDesk/certdesk.conf")),
                          "[devices]\nsam_port=" + sim.link().toUtf8() + "\n"));
        const QByteArray home = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // inherited by certdesk-admin
        const CliResult r = runCli(cliArgs("reader", "read", "--json"));
        const CliResult list = runCli(cliArgs("reader", "list"));
        if (home.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", home);
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.json().value(QLatin1String("card_type")).toString(), QStringLiteral("hkmotw"));
        QCOMPARE(r.json().value(QLatin1String("source")).toString(), sim.link());
        CLI_EXPECT_EXIT(list, 0);
        QVERIFY2(list.outText().contains(sim.link() + QStringLiteral("\tready")), qPrintable(list.describe()));
    }

    void readForeignCardJson()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start({QStringLiteral("--card-type"), QStringLiteral("foreign2017")}));
        const CliResult r = runCli(cliArgs("reader", "read", "--port", sim.link(), "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("card_type")).toString(), QStringLiteral("foreign2017"));
        QCOMPARE(o.value(QLatin1String("nation")).toString(), QStringLiteral("CAN"));
        QCOMPARE(o.value(QLatin1String("id_no")).toString(), QStringLiteral("CAN110050030701"));
        QVERIFY(o.value(QLatin1String("address")).isNull());
    }

    void readTextFlagsExpiredCard()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start({QStringLiteral("--card"), QStringLiteral(CERTDESK_TEST_DATA "/cards/expired.json")}));
        const CliResult r = runCli(cliArgs("reader", "read", "--port", sim.link()));
        CLI_EXPECT_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("440106195206150038")), qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(QStringLiteral("expired")), qPrintable(r.describe()));
    }

    void readWithoutCardIsRefused()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start());
        const CliResult r = runCli(cliArgs("reader", "read", "--port", sim.link(), "--wait", "1", "--json"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(QStringLiteral("No card read")), qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("place a card")), qPrintable(r.describe()));
    }

    void readMissingPortIsRefused()
    {
        const CliResult r = runCli(cliArgs("reader", "read", "--port", "/nonexistent/ttyX", "--wait", "1"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("Cannot open")), qPrintable(r.describe()));
    }

    void usageErrors()
    {
        CLI_EXPECT_EXIT(runCli(cliArgs("reader", "read", "--wait", "0")), 2);
        CLI_EXPECT_EXIT(runCli(cliArgs("reader", "read", "--wait", "soon")), 2);
        CLI_EXPECT_EXIT(runCli(cliArgs("reader", "read", "extra")), 2);
        CLI_EXPECT_EXIT(runCli(cliArgs("reader", "list", "extra")), 2);
    }

    void listWithoutConfiguredPort()
    {
        // No USB reader on a CI machine: the list may be empty, but it is a valid answer, not an error.
        const CliResult r = runCli(cliArgs("reader", "list", "--json"));
        CLI_EXPECT_EXIT(r, 0);
        bool ok = false;
        QVERIFY(r.json(&ok).value(QLatin1String("readers")).isArray());
        QVERIFY(ok);
    }

    void listIncludesConfiguredPort()
    {
        SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)};
        QVERIFY(sim.start());
        const CliResult r = runCli(cliArgs("reader", "list", "--port", sim.link(), "--json"));
        CLI_EXPECT_EXIT(r, 0);
        const QJsonArray readers = r.json().value(QLatin1String("readers")).toArray();
        bool found = false;
        for (const QJsonValue &v : readers) {
            const QJsonObject o = v.toObject();
            QCOMPARE(jsonKeys(o), keys({"kind", "device", "description", "ready", "status"}));
            if (o.value(QLatin1String("device")).toString() == sim.link()) {
                found = true;
                QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("serial"));
                QVERIFY(o.value(QLatin1String("ready")).toBool());
                QVERIFY(o.value(QLatin1String("status")).toString().contains(QStringLiteral("05.01-20200101")));
            }
        }
        QVERIFY2(found, qPrintable(r.describe()));

        sim.command(QStringLiteral("fault stall"));
        const CliResult text = runCli(cliArgs("reader", "list", "--port", sim.link()));
        CLI_EXPECT_EXIT(text, 0);
        QVERIFY2(text.outText().contains(sim.link() + QStringLiteral("\tnot ready")), qPrintable(text.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliReader)
#include "tst_cli_reader.moc"
