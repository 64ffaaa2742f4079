// Key escrow from the program: Settings → Sync → "Escrow the key to the county" against a real county process. The
// button is off for a clerk; with no county escrow key the tab says what the county must do and the key file stays
// as it was; after `escrow init` the click writes the escrow slot (off the GUI thread) and says so.
#include "syncdeployment.h"
#include "uiharness.h"

#include "services/session.h"
#include "settings/synctab.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class TestUiEscrow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escrowButton()
    {
        std::unique_ptr<SyncDeployment> d;
        QString skip, why;
        QVERIFY2(startCounty(CountyBackend::Sqlite, &d, &skip, &why), qPrintable(why));
        QVERIFY(d);
        auto center = d->addCenter(QStringLiteral("C41"), QStringLiteral("托管四一中心"));
        QVERIFY(center);
        const QString keysPath = center->dbPath() + QStringLiteral(".keys");
        SystemClock clock;
        ScriptedPrompter prompter;

        auto clerk = Session::open(center->dbPath(), QStringLiteral("clerk"),
                                   SyncCenter::passwordOf(QStringLiteral("clerk")), clock);
        QVERIFY(clerk.ok());
        {
            SyncTab tab(*clerk.value(), prompter);
            QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("syncEscrow"))->isEnabled());
        }

        auto admin = Session::open(center->dbPath(), QStringLiteral("admin"),
                                   SyncCenter::passwordOf(QStringLiteral("admin")), clock);
        QVERIFY(admin.ok());
        SyncTab tab(*admin.value(), prompter);
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("syncEscrow"));
        auto *message = tab.findChild<QLabel *>(QStringLiteral("syncTabMessage"));
        QVERIFY(button->isEnabled());
        QSignalSpy finished(&tab, &SyncTab::escrowFinished);

        // No county key yet: refused with the county's next step, nothing written.
        const QByteArray before = readFile(keysPath);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(message->text().contains(QStringLiteral("escrow init")), qPrintable(message->text()));
        QCOMPARE(readFile(keysPath), before);
        QVERIFY(button->isEnabled());

        QCOMPARE(d->county().run({QStringLiteral("escrow"), QStringLiteral("init")}, "county-escrow-pass-1\n").exitCode,
                 0);
        QVERIFY(d->county().restart());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY2(message->text().contains(QStringLiteral("escrowed")), qPrintable(message->text()));
        const QJsonObject slot =
            QJsonDocument::fromJson(readFile(keysPath)).object().value(QStringLiteral("escrow")).toObject();
        QCOMPARE(slot.value(QStringLiteral("center")).toString(), QStringLiteral("C41"));
        QCOMPARE(slot.value(QStringLiteral("key_id")).toString().size(), 64);
    }
};

QTEST_MAIN(TestUiEscrow)
#include "tst_ui_escrow.moc"
