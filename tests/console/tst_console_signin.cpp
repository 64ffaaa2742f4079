// The county console's remembered sign-in (issue 16, "one settings object"): the server address and the bundle's
// path go through the WorkstationSettings the program hands to SignInDialog, in a file this test owns (test mode
// on besides, so nothing can reach the real user configuration). Only a successful sign-in is remembered, the
// password never is, and the command-line values override the remembered ones.
#include "console/signindialog.h"
#include "consoleserve.h"
#include "core/workstationsettings.h"
#include "reportseed.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::console;
using namespace certdesk::countytest;

class TestConsoleSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    Serve m_serve;

    QString iniPath() const { return m_tmp.filePath(QStringLiteral("console.ini")); }
    QString bundlePath() const { return m_dir + QStringLiteral("/wangjian.p12"); }

    static QLineEdit *field(SignInDialog &d, const char *name)
    {
        auto *e = d.findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!e)
            qFatal("no field %s", name);
        return e;
    }

    static void fill(SignInDialog &d, const QString &server, const QString &bundle, const QByteArray &password)
    {
        field(d, "server")->setText(server);
        field(d, "bundle")->setText(bundle);
        field(d, "password")->setText(QString::fromLatin1(password));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("county"));
        QVERIFY(seedCounty(m_dir));
        QVERIFY(m_serve.start(m_dir));
    }

    void cleanupTestCase() { m_serve.stop(); }

    void refusedSignInRemembersNothing()
    {
        QFile::remove(iniPath());
        WorkstationSettings settings(iniPath());
        SignInDialog d(settings);
        QVERIFY(field(d, "server")->text().isEmpty());
        QVERIFY(field(d, "bundle")->text().isEmpty());
        fill(d, m_serve.url, bundlePath(), "not-the-password");
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(!d.takeClient());
        QVERIFY(field(d, "password")->text().isEmpty());
        QVERIFY(settings.consoleServer().isEmpty());
        QVERIFY(settings.consoleBundle().isEmpty());
    }

    void signInRoundTripsThroughTheSettingsFile()
    {
        QFile::remove(iniPath());
        {
            WorkstationSettings settings(iniPath());
            SignInDialog d(settings);
            fill(d, QStringLiteral("  ") + m_serve.url + QStringLiteral(" "), bundlePath(), kSupervisorPassword);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QVERIFY(d.takeClient());
            QCOMPARE(settings.consoleServer(), m_serve.url); // trimmed
            QCOMPARE(settings.consoleBundle(), bundlePath());
        }
        // A new object on the same file (the next start) offers them; the password is in no file.
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("[console]"));
        QVERIFY(!ini.contains(kSupervisorPassword));
        WorkstationSettings next(iniPath());
        QCOMPARE(next.consoleServer(), m_serve.url);
        QCOMPARE(next.consoleBundle(), bundlePath());
        SignInDialog d(next);
        QCOMPARE(d.server(), m_serve.url);
        QCOMPARE(d.bundle(), bundlePath());
        QVERIFY(field(d, "password")->text().isEmpty());
    }

    void commandLineOverridesRemembered()
    {
        WorkstationSettings settings(iniPath());
        settings.setConsoleServer(QStringLiteral("https://remembered.example:8443"));
        settings.setConsoleBundle(QStringLiteral("/remembered/wangjian.p12"));
        SignInDialog both(settings, QStringLiteral("https://given.example:8443"), QStringLiteral("/given/b.p12"));
        QCOMPARE(both.server(), QStringLiteral("https://given.example:8443"));
        QCOMPARE(both.bundle(), QStringLiteral("/given/b.p12"));
        SignInDialog serverOnly(settings, QStringLiteral("https://given.example:8443"));
        QCOMPARE(serverOnly.bundle(), QStringLiteral("/remembered/wangjian.p12"));
    }

    void consoleAndCounterKeysKeptApart()
    {
        // One class, two programs' keys: the counter's values do not leak into the console's and back.
        QFile::remove(iniPath());
        WorkstationSettings settings(iniPath());
        settings.setPrinter(QStringLiteral("HP LaserJet"));
        settings.setConsoleServer(QStringLiteral("https://county.example:8443"));
        QCOMPARE(settings.printer(), QStringLiteral("HP LaserJet"));
        QCOMPARE(settings.consoleServer(), QStringLiteral("https://county.example:8443"));
        QVERIFY(settings.consoleBundle().isEmpty());
        settings.setConsoleBundle(QString());
        QVERIFY(settings.consoleBundle().isEmpty());
    }
};

QTEST_MAIN(TestConsoleSignIn)
#include "tst_console_signin.moc"
