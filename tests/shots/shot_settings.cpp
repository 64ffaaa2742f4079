// Screenshots of the Settings dialog, tab by tab, in zh_CN with the font a Debian counter PC shows Chinese in
// (CERTDESK_SHOTS=folder; the admin guide, docs/zh_CN/admin-guide.md, shows them). Not a test: `cmake --build build
// --target screenshots` runs it.

#include "fixture.h"
#include "uiharness.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class ShotSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render();
};

void ShotSettings::render()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOTS");
    QVERIFY2(!dir.isEmpty(), "set CERTDESK_SHOTS to a folder (the screenshots target does)");
    QVERIFY(useChineseCounterLook());

    TestCenter center;
    center.addUser(QStringLiteral("lijb"), Role::Clerk, QStringLiteral("李经办"));
    center.addUser(QStringLiteral("wangzg"), Role::Supervisor, QStringLiteral("王主管"));
    // In the order of the tabs (Alt+1 … Alt+6); the guide names the files.
    const QStringList names = {QStringLiteral("center"),  QStringLiteral("accounts"), QStringLiteral("printing"),
                               QStringLiteral("readers"), QStringLiteral("sync"),     QStringLiteral("backup")};
    QVERIFY(visitSettingsTabs(center, [&](QDialog &dialog, QTabWidget &tabs, int i) {
        QCOMPARE(tabs.count(), names.size());
        const QString file = QDir(dir).filePath(QStringLiteral("settings-%1.png").arg(names[i]));
        QVERIFY2(dialog.grab().save(file), qPrintable(file));
    }));
}

QTEST_MAIN(ShotSettings)
#include "shot_settings.moc"
