// certdesk-admin sync configure / sync [--once] [--json] against an in-process county over mutual TLS:
// the contract's JSON keys, exit codes and the bundle password on stdin.
#include "clirunner.h"
#include "fixture.h"
#include "minicounty.h"
#include "sessionaccess.h"

#include "services/certification.h"
#include "store/syncstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPassword = QStringLiteral("bundle-secret");

// Like runCli, but the test's event loop keeps running meanwhile: the county lives in this process.
CliResult runLive(const QStringList &args, const QByteArray &stdinData)
{
    CliResult result;
    result.args = args;
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(CERTDESK_ADMIN_BIN), args);
    if (!process.waitForStarted(10000))
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestSyncClientCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCenter> m_center;
    TestPki m_pki;
    QString m_bundle;

    QStringList as(const QString &user, const QStringList &rest)
    {
        return QStringList{QStringLiteral("--db"), m_center->dbPath, QStringLiteral("--user"), user} + rest;
    }
    QByteArray passwordOf(const QString &user, const QString &more = QString())
    {
        QStringList lines{TestCenter::passwordOf(user)};
        if (!more.isNull())
            lines << more;
        return stdinLines(lines);
    }
    CliResult configure(quint16 port, const QString &bundlePassword = kPassword)
    {
        return runLive(
            as(QStringLiteral("admin"), cliArgs("sync", "configure", "--server",
                                                QStringLiteral("https://127.0.0.1:%1").arg(port), "--p12", m_bundle)),
            passwordOf(QStringLiteral("admin"), bundlePassword));
    }

private Q_SLOTS:
    void init()
    {
        m_center = std::make_unique<TestCenter>();
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk);
        m_bundle = m_center->dir.filePath(QStringLiteral("center.p12"));
        QVERIFY(writeFile(m_bundle, m_pki.centerP12(QStringLiteral("T001"), kPassword)));
    }

    void cleanup() { m_center.reset(); }

    void configureThenSyncJson()
    {
        FakeCounty county;
        MiniCounty server(m_pki, county);
        const QList<Form> forms = m_center->seedForms(4);
        {
            auto clerk = m_center->open(QStringLiteral("clerk"));
            for (int i = 0; i < 3; ++i) {
                CertifyRequest r{forms[i].formNo, forms[i].checkCode, forms[i].person.idNo};
                QVERIFY(CertificationService(*clerk).certify(r).ok());
            }
        }
        county.certifiedElsewhere(forms[1].formNo, forms[1].cycle);
        county.rejectFormNos.insert(forms[2].formNo, QStringLiteral("id_mismatch"));
        county.addDeath({forms[3].person.idNo, forms[3].person.name, QDate(2026, 5, 1), QStringLiteral("民政")});

        // Not configured yet: refused.
        auto before =
            runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--once")), passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(before, 1);
        QVERIFY(before.errText().contains(QStringLiteral("not configured")));

        auto conf = configure(server.port());
        CLI_EXPECT_EXIT(conf, 0);
        QVERIFY(!conf.outText().contains(kPassword));
        // The loose file is not needed any more.
        QVERIFY(QFile::remove(m_bundle));

        auto run = runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--json")), passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(run, 0);
        bool ok = false;
        const QJsonObject json = run.json(&ok);
        QVERIFY2(ok, qPrintable(run.describe()));
        QCOMPARE(jsonKeys(json),
                 (QSet<QString>{QStringLiteral("pushed"), QStringLiteral("accepted"), QStringLiteral("duplicates"),
                                QStringLiteral("conflicts"), QStringLiteral("rejected"), QStringLiteral("pulled_forms"),
                                QStringLiteral("pulled_deaths")}));
        QCOMPARE(json.value(QLatin1String("pushed")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("accepted")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("conflicts")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("duplicates")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("pulled_deaths")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("pulled_forms")).toInt(), 0);
        QCOMPARE(county.storedCount(), 2);

        auto again = runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--once", "--json")),
                             passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().value(QLatin1String("pushed")).toInt(), 0);

        // sync retry --form NO puts the rejected record back into the queue (audited), once.
        auto retried =
            runLive(as(QStringLiteral("clerk"), cliArgs("sync", "retry", "--form", forms[2].formNo, "--json")),
                    passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(retried, 0);
        QCOMPARE(retried.json().value(QLatin1String("form_no")).toString(), forms[2].formNo);
        QCOMPARE(retried.json().value(QLatin1String("requeued")).toArray().size(), 1);
        {
            auto s = m_center->open(QStringLiteral("clerk"));
            QCOMPARE(outboxCounts(SessionAccess::db(*s))->pending, 1);
            QCOMPARE(outboxCounts(SessionAccess::db(*s))->rejected, 0);
        }
        // Nothing left to put back: the same form again, an accepted form, an unknown form → refused (1).
        for (const QString &no : {forms[2].formNo, forms[0].formNo, QStringLiteral("NO-SUCH-FORM")}) {
            auto none = runLive(as(QStringLiteral("clerk"), cliArgs("sync", "retry", "--form", no)),
                                passwordOf(QStringLiteral("clerk")));
            CLI_EXPECT_EXIT(none, 1);
            QVERIFY2(none.errText().contains(QStringLiteral("no set-aside or rejected record")),
                     qPrintable(none.describe()));
        }
        // Usage: no --form, an extra argument.
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("clerk"), cliArgs("sync", "retry")), {}), 2);
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("clerk"), cliArgs("sync", "retry", "--form", "A", "x")), {}), 2);
        // The rejected record goes out again with the next sync (the county still rejects it).
        auto resent = runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--once", "--json")),
                              passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(resent, 0);
        QCOMPARE(resent.json().value(QLatin1String("pushed")).toInt(), 1);
        QCOMPARE(resent.json().value(QLatin1String("rejected")).toInt(), 1);
    }

    void refusalsAndExitCodes()
    {
        FakeCounty county;
        MiniCounty server(m_pki, county);
        // Wrong bundle password: refused, nothing stored.
        auto wrong = configure(server.port(), QStringLiteral("nope"));
        CLI_EXPECT_EXIT(wrong, 1);
        // No bundle password line at all: usage.
        auto missing = runLive(as(QStringLiteral("admin"),
                                  cliArgs("sync", "configure", "--server", "https://127.0.0.1:1", "--p12", m_bundle)),
                               passwordOf(QStringLiteral("admin")));
        CLI_EXPECT_EXIT(missing, 2);
        // A clerk may not configure.
        auto clerk = runLive(as(QStringLiteral("clerk"),
                                cliArgs("sync", "configure", "--server", "https://127.0.0.1:1", "--p12", m_bundle)),
                             passwordOf(QStringLiteral("clerk"), kPassword));
        CLI_EXPECT_EXIT(clerk, 1);
        // Usage errors.
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("admin"), cliArgs("sync", "configure", "--p12", m_bundle)), {}), 2);
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("clerk"), cliArgs("sync", "extra")), {}), 2);
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("admin"),
                                   cliArgs("sync", "configure", "--json", "--server", "https://x", "--p12", m_bundle)),
                                {}),
                        2);
        // Wrong password of the desk's own account: 3.
        CLI_EXPECT_EXIT(runLive(as(QStringLiteral("clerk"), cliArgs("sync")), stdinLines({QStringLiteral("bad")})), 3);

        // Configured, but nothing listens there: 1, "county server unreachable", the record stays queued.
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            deadPort = probe.serverPort();
        }
        CLI_EXPECT_EXIT(configure(deadPort), 0);
        const QList<Form> forms = m_center->seedForms(1);
        {
            auto s = m_center->open(QStringLiteral("clerk"));
            CertifyRequest r{forms[0].formNo, forms[0].checkCode, forms[0].person.idNo};
            QVERIFY(CertificationService(*s).certify(r).ok());
        }
        auto down =
            runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--json")), passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(down, 1);
        QVERIFY2(down.errText().contains(QStringLiteral("county server unreachable")), qPrintable(down.describe()));
        QCOMPARE(down.json().value(QLatin1String("pushed")).toInt(), 0);
        auto s = m_center->open(QStringLiteral("clerk"));
        QCOMPARE(outboxCounts(SessionAccess::db(*s))->pending, 1);

        // A server from another CA: refused (1), not an authentication failure of the desk.
        TestPki other(QStringLiteral("Impostor CA"));
        MiniCounty impostor(other, county);
        CLI_EXPECT_EXIT(configure(impostor.port()), 0);
        auto refused =
            runLive(as(QStringLiteral("clerk"), cliArgs("sync", "--once")), passwordOf(QStringLiteral("clerk")));
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.errText().contains(QStringLiteral("certificate")), qPrintable(refused.describe()));
    }
};

QTEST_GUILESS_MAIN(TestSyncClientCli)
#include "tst_syncclient_cli.moc"
