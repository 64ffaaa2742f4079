// --version on every executable (project(VERSION) + git describe, cmake/version.cmake) and the About dialog
// (version and database schema version).
#include "countyprocess.h"

#include "core/version.h"
#include "shell/aboutdialog.h"
#include "store/schema.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class VersionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionString()
    {
        const QString v = certdesk::versionString();
        QVERIFY2(v.startsWith(QStringLiteral(CERTDESK_PROJECT_VERSION)), qPrintable(v));
        QVERIFY2(!v.contains(QLatin1Char('\n')), qPrintable(v));
    }

    void programs_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("certdesk") << QStringLiteral(CERTDESK_GUI_BIN) << QStringLiteral("certdesk");
        QTest::newRow("certdesk-admin") << QStringLiteral(CERTDESK_ADMIN_BIN) << QStringLiteral("certdesk-admin");
        QTest::newRow("certdesk-county") << QStringLiteral(CERTDESK_COUNTY_BIN) << QStringLiteral("certdesk-county");
    }
    void programs()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        // No display at all: the GUI answers --version before it would open one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const CliResult r = runProgram(program, {QStringLiteral("--version")}, {}, env, 30000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), name + QLatin1Char(' ') + certdesk::versionString() + QLatin1Char('\n'));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void aboutDialog()
    {
        AboutDialog dialog;
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(certdesk::versionString()), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QString::number(latestSchemaVersion())), qPrintable(label->text()));
        QVERIFY(latestSchemaVersion() > 0);
    }
};

QTEST_MAIN(VersionTest)
#include "tst_version.moc"
