// Screenshots for the clerk's guide (docs/zh_CN/clerk-guide.md, docs/zh_CN/images), in zh_CN with the font a Debian
// counter PC shows Chinese in, at the counter window's 1366×768: the sign-in page with the forgotten-password help,
// today's records with one opened, the Sync tab with a conflict and a rejection. CERTDESK_SHOTS=folder; not a test:
// `cmake --build build --target screenshots` runs it.

#include "core/errorcode.h"
#include "counterharness.h"
#include "fakecounty.h"
#include "sync/synccontroller.h"
#include "testpki.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class ShotGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render();
};

void ShotGuide::render()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOTS");
    QVERIFY2(!dir.isEmpty(), "set CERTDESK_SHOTS to a folder (the screenshots target does)");
    QVERIFY(useChineseCounterLook());

    TestPki pki;
    FakeCounty county; // outlives the window and its sync worker
    Counter c;
    // At the county: the fourth form was certified first at another center, the fifth's ID differs from its form.
    county.certifiedElsewhere(c.forms[3].formNo, c.forms[3].cycle, QStringLiteral("C07"));
    county.rejectFormNos.insert(c.forms[4].formNo, errorCodeWord(ErrorCode::IdMismatch));
    QVERIFY(configureTestSync(c.center, pki));
    c.ui = std::make_unique<UiHarness>(c.center); // the window reads the sync settings when it is built
    SyncTiming timing;
    timing.probeMs = 60 * 60 * 1000; // the certifications nudge it; no hourly probe during the shots
    useFakeCounty(*c.ui, county, timing);
    SyncController *sync = c.ui->window->syncController();
    c.ui->window->resize(1366, 768);
    const auto shot = [&](const char *name) {
        for (int i = 0; i < 5;
             ++i) // layout requests post further ones up the parents, as the event loop would run them
            QApplication::processEvents();
        return c.ui->window->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    };

    c.button("unlockForgotButton")->click();
    QVERIFY(shot("unlock-forgot.png"));

    QVERIFY(c.ui->signIn(kClerk));
    QTRY_VERIFY(sync->runs() >= 1 && !sync->isRunning());
    // Five people a few minutes apart; the first moved house.
    for (int i = 0; i < 5; ++i) {
        c.center.clock.advanceSecs(4 * 60 + 37 * i);
        c.load(c.forms[i]);
        if (i == 0) {
            c.press(Qt::Key_F6);
            UiHarness::typeChinese(c.edit("newAddress"), QStringLiteral("广州市天河区体育西路103号"));
            c.edit("newPostcode")->setFocus();
            c.ui->typeSlowly(QStringLiteral("510620"));
        }
        c.press(Qt::Key_F5);
        QVERIFY2(c.current(c.forms[i]), qPrintable(c.message()));
        c.press(Qt::Key_F12);
    }
    auto *problems = c.ui->find<QTableView>("syncProblems");
    QTRY_COMPARE(problems->model()->rowCount(), 2);
    QTRY_VERIFY(!sync->isRunning());

    c.press(Qt::Key_F3);
    auto *table = c.ui->find<QTableView>("todayTable");
    QCOMPARE(table->model()->rowCount(), 5);
    table->setFocus();
    table->selectRow(4); // the oldest: the one with the new address
    c.press(Qt::Key_Return);
    QVERIFY(shot("today.png"));

    auto *tabs = c.ui->find<QTabWidget>("workspaceTabs");
    tabs->setCurrentWidget(c.ui->find<QWidget>("syncPanel"));
    problems->setFocus();
    problems->selectRow(1);
    QVERIFY(shot("sync.png"));
}

QTEST_MAIN(ShotGuide)
#include "shot_guide.moc"
