// The sync in the program: the status bar counts what waits and says when the last sync was, the Sync tab
// lists conflicts and rejections with their reasons, "Sync now" and "Send again" work, the settings tab
// imports the center's bundle. The county is the in-memory FakeCounty behind the real worker thread.
#include "fakecounty.h"
#include "testpki.h"
#include "uiharness.h"

#include "counter/counterpage.h"
#include "services/certification.h"
#include "settings/synctab.h"
#include "store/syncstore.h"
#include "sync/synccontroller.h"
#include "testerrorcode.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kPassword = QStringLiteral("bundle-secret");

struct Desk
{
    explicit Desk(bool configured = true)
    {
        center.addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
        forms = center.seedForms(6);
        if (configured)
            configureTestSync(center, pki);
        ui = std::make_unique<UiHarness>(center);
        SyncTiming timing;
        timing.probeMs = 60 * 60 * 1000; // only what the test triggers
        timing.backoffBaseMs = 100;
        timing.nudgeMs = 300;
        useFakeCounty(*ui, county, timing);
    }

    QString status() const { return ui->find<QLabel>("statusSync")->text(); }
    SyncController *sync() const { return ui->window->syncController(); }
    QStandardItemModel *problems() const
    {
        return qobject_cast<QStandardItemModel *>(ui->find<QTableView>("syncProblems")->model());
    }
    QString certifyElsewhere(int i)
    {
        auto clerk = center.open(kClerk);
        CertifyRequest r{forms[i].formNo, forms[i].checkCode, forms[i].person.idNo};
        auto rec = CertificationService(*clerk).certify(r);
        return rec ? rec->uuid : QString();
    }
    // The clerk's own keys at the counter: form number, check code, ID, then F5 (alive).
    void certifyAtCounter(const Form &f)
    {
        for (const auto &[name, text] : {std::pair{"formInput", f.formNo}, std::pair{"checkCodeInput", f.checkCode},
                                         std::pair{"idInput", f.person.idNo}}) {
            auto *edit = ui->find<QLineEdit>(name);
            edit->clear();
            edit->setFocus();
            ui->typeSlowly(text);
            key(Qt::Key_Return);
        }
        key(Qt::Key_F5);
    }
    void key(int k)
    {
        ui->nowMs += 400;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : ui->window.get();
        QTest::keyClick(target, Qt::Key(k));
    }

    TestPki pki;
    FakeCounty county; // outlives the window and its worker thread
    TestCenter center;
    QList<Form> forms;
    std::unique_ptr<UiHarness> ui;
};

} // namespace

class TestUiSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusBarCountsAndSyncsACertification()
    {
        Desk d;
        QVERIFY(d.ui->signIn(kClerk));
        QVERIFY(d.sync()->isActive());
        QTRY_VERIFY(d.sync()->runs() >= 1 && !d.sync()->isRunning());
        QVERIFY2(d.status().contains(QStringLiteral("0 waiting")), qPrintable(d.status()));
        QVERIFY2(d.status().contains(QStringLiteral("online")), qPrintable(d.status()));
        QVERIFY(d.status().contains(QStringLiteral("2026-05-10 10:00")));

        d.certifyAtCounter(d.forms[0]);
        QVERIFY2(d.status().contains(QStringLiteral("1 waiting")), qPrintable(d.status()));
        QTRY_COMPARE(d.county.storedCount(), 1); // nudged: no need to wait for the hourly probe
        QTRY_VERIFY2(d.status().contains(QStringLiteral("0 waiting")), qPrintable(d.status()));
    }

    void syncPanelListsConflictsAndRejectionsAndRetries()
    {
        Desk d;
        d.county.certifiedElsewhere(d.forms[0].formNo, d.forms[0].cycle, QStringLiteral("C07"));
        d.county.rejectFormNos.insert(d.forms[1].formNo, QStringLiteral("id_mismatch"));
        QVERIFY(!d.certifyElsewhere(0).isEmpty());
        const QString rejected = d.certifyElsewhere(1);
        QVERIFY(!d.certifyElsewhere(2).isEmpty());
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_COMPARE(d.problems()->rowCount(), 2);
        QStandardItemModel *m = d.problems();
        QCOMPARE(m->item(0, 0)->text(), d.forms[0].formNo);
        QCOMPARE(m->item(0, 1)->text(), QStringLiteral("李经办")); // the 经办人 as the today list names them
        QCOMPARE(m->item(0, 3)->text(), QStringLiteral("conflict"));
        QVERIFY(m->item(0, 4)->text().contains(QStringLiteral("C07")));
        QCOMPARE(m->item(1, 3)->text(), QStringLiteral("rejected"));
        // The county's code in words for the clerk, the code kept for the county's staff, its own words in the tip.
        QCOMPARE(m->item(1, 4)->text(), QStringLiteral("the ID number differs from the county's form (id_mismatch)"));
        QCOMPARE(m->item(1, 4)->toolTip(), QStringLiteral("id_mismatch: refused by the fake county"));
        QVERIFY2(d.status().contains(QStringLiteral("2 to review")), qPrintable(d.status()));
        QVERIFY(d.county.storedCount() == 2); // the third went through; nothing blocked

        // The rejected one, fixed at the county, is sent again from the panel.
        auto *retry = d.ui->find<QPushButton>("syncRetryButton");
        auto *table = d.ui->find<QTableView>("syncProblems");
        table->selectRow(0);
        QVERIFY(!retry->isEnabled()); // a conflict stands as it is
        table->selectRow(1);
        QVERIFY(retry->isEnabled());
        d.county.rejectFormNos.clear();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(d.county.timesReceived(rejected), 2);
        QTRY_COMPARE(d.problems()->rowCount(), 1);
    }

    void rejectionWithAnUnknownCodeShowsAsTheCountySaidIt()
    {
        Desk d;
        d.county.rejectFormNos.insert(d.forms[0].formNo, QStringLiteral("a_later_county_code"));
        QVERIFY(!d.certifyElsewhere(0).isEmpty());
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_COMPARE(d.problems()->rowCount(), 1);
        QCOMPARE(d.problems()->item(0, 3)->text(), QStringLiteral("rejected"));
        // A code from a county newer than this program: the county's own words, not a guess at their meaning.
        QCOMPARE(d.problems()->item(0, 4)->text(), QStringLiteral("a_later_county_code: refused by the fake county"));
    }

    void syncNowRunsAtOnce()
    {
        Desk d;
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_VERIFY(d.sync()->runs() >= 1 && !d.sync()->isRunning());
        const int pulls = d.county.pullCalls();
        d.ui->window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"))
            ->setCurrentWidget(d.ui->find<QWidget>("syncPanel"));
        QTest::mouseClick(d.ui->find<QPushButton>("syncNowButton"), Qt::LeftButton);
        QTRY_VERIFY(d.county.pullCalls() > pulls); // the probe is an hour away: only the button explains this
    }

    void linkFailureShowsOfflineAndKeepsTheRecords()
    {
        Desk d;
        const Error down = Error::io(ErrorCode::Unreachable, QStringLiteral("county server unreachable"));
        for (int i = 0; i < 1000; ++i) {
            d.county.failNextPulls.append(down);
            d.county.failNextPushes.append(down);
        }
        QVERIFY(!d.certifyElsewhere(0).isEmpty());
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_VERIFY2(d.status().contains(QStringLiteral("offline")), qPrintable(d.status()));
        QVERIFY2(d.status().contains(QStringLiteral("1 waiting")), qPrintable(d.status()));
        QVERIFY(d.status().contains(QStringLiteral("never")));
        QCOMPARE(d.county.storedCount(), 0);
    }

    // Issue 17: locked, the status bar said "Offline (sync not configured)" on a configured desk. A locked desk does
    // not sync (its database and certificate are closed): that is what it says, configured or not.
    void lockedDeskSaysItDoesNotSync()
    {
        for (const bool configured : {true, false}) {
            Desk d(configured);
            QCOMPARE(d.status(), QStringLiteral("Locked: not syncing"));
            QVERIFY(d.ui->signIn(kClerk));
            QCOMPARE(d.sync()->isActive(), configured);
            QVERIFY2(d.status().contains(QStringLiteral("not configured")) != configured, qPrintable(d.status()));
            d.ui->window->lock();
            QVERIFY(!d.sync()->isActive());
            QCOMPARE(d.status(), QStringLiteral("Locked: not syncing"));
            QCOMPARE(d.ui->find<QLabel>("statusSync")->toolTip(), d.status());
        }
    }

    void notConfiguredWorksOfflineAndTheSettingsTabConfigures()
    {
        Desk d(false);
        QVERIFY(d.ui->signIn(QStringLiteral("admin")));
        QVERIFY(!d.sync()->isActive());
        QVERIFY2(d.status().contains(QStringLiteral("not configured")), qPrintable(d.status()));

        SyncTab tab(*d.ui->window->session(), d.ui->prompter);
        QVERIFY(
            tab.findChild<QLabel *>(QStringLiteral("syncCurrent"))->text().contains(QStringLiteral("not configured")));
        const QString bundle = d.center.dir.filePath(QStringLiteral("center.p12"));
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(d.pki.centerP12(QStringLiteral("T001"), kPassword));
        f.close();
        tab.findChild<QLineEdit *>(QStringLiteral("syncServer"))
            ->setText(QStringLiteral("https://county.example:8443"));
        d.ui->prompter.files = {bundle};
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("syncBrowse")), Qt::LeftButton);
        QCOMPARE(tab.findChild<QLineEdit *>(QStringLiteral("syncBundle"))->text(), bundle);
        tab.findChild<QLineEdit *>(QStringLiteral("syncBundlePassword"))->setText(QStringLiteral("wrong"));
        QVERIFY(!tab.save());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("syncTabMessage"))->text().contains(QStringLiteral("password")));
        tab.findChild<QLineEdit *>(QStringLiteral("syncBundlePassword"))->setText(kPassword);
        QSignalSpy configured(&tab, &SyncTab::configured);
        QVERIFY(tab.save());
        QCOMPARE(configured.count(), 1);
        QVERIFY(tab.findChild<QLineEdit *>(QStringLiteral("syncBundlePassword"))->text().isEmpty());
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("syncCurrent"))->text().contains(QStringLiteral("T001")));
    }
};

QTEST_MAIN(TestUiSync)
#include "tst_ui_sync.moc"
