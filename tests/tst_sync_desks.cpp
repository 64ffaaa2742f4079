// A center with several counters (issue 17 §1): two desks of one center, each with its own encrypted database and
// its own certificate enrolled under the same center code, against one real certdesk-county process: on SQLite and
// on PostgreSQL (a private cluster; skipped where PostgreSQL is missing, a failure with CERTDESK_REQUIRE_POSTGRES=1).
// Certified at desk A and synced on both, the form is refused at desk B, whose workload shows A's record marked by
// desk. Without a link between them, the second certification becomes a conflict the county settles.

#include "core/workstationsettings.h"
#include "sessionaccess.h"
#include "syncdeployment.h"

#include "core/clock.h"
#include "firstrun/firstrunwizard.h"
#include "firstrun/joindialog.h"
#include "services/certification.h"
#include "services/session.h"
#include "store/deskstore.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kCenter = QStringLiteral("C21");
const QString kDeskA = QStringLiteral("窗口1");
const QString kDeskB = QStringLiteral("窗口2");

// Rows of a workload as (desk, clerk) → alive.
QMap<QString, int> aliveByDesk(const QJsonArray &rows)
{
    QMap<QString, int> out;
    for (const QJsonValue &row : rows)
        out[row[QStringLiteral("desk")].toString()] += row[QStringLiteral("alive")].toInt();
    return out;
}

} // namespace

class SyncDesksTest : public QObject
{
    Q_OBJECT

private:
    // One county process with two desks of center kCenter, per backend ("sqlite", "postgresql").
    struct Center
    {
        std::unique_ptr<SyncDeployment> county;
        std::unique_ptr<SyncCenter> a;
        std::unique_ptr<SyncCenter> b;
        QList<Form> forms;
        QString skipReason;
    };
    std::map<QString, Center> m_centers;
    QDate m_today;

    Center &center()
    {
        QFETCH(QString, backend);
        return m_centers[backend];
    }

    // A desk of center kCenter: its own database, its own certificate (a second enrolment under the same code).
    static std::unique_ptr<SyncCenter> addDesk(SyncDeployment &county, const QString &desk, const QString &bundleName)
    {
        auto center = std::make_unique<SyncCenter>(kCenter, QStringLiteral("测试多窗口中心"));
        if (!center->valid())
            return nullptr;
        const QString p12 = county.filePath(bundleName);
        if (!county.county().enroll(kCenter, QStringLiteral("测试多窗口中心"), p12, SyncDeployment::bundlePassword()))
            return nullptr;
        const CliResult configured =
            center->admin({QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--server"),
                           county.county().url(), QStringLiteral("--p12"), p12, QStringLiteral("--desk"), desk},
                          {SyncDeployment::bundlePassword()});
        if (!configured.succeeded()) {
            qWarning("%s", qPrintable(configured.describe()));
            return nullptr;
        }
        return center;
    }

    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const auto &[name, kind] : countyBackends())
            QTest::newRow(qPrintable(name)) << name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_today = QDate::currentDate();
        for (const auto &[name, kind] : countyBackends()) {
            Center &c = m_centers[name];
            QString why;
            QVERIFY2(startCounty(kind, &c.county, &c.skipReason, &why), qPrintable(name + QStringLiteral(": ") + why));
            if (!c.county)
                continue;
            c.a = addDesk(*c.county, kDeskA, QStringLiteral("desk-a.p12"));
            c.b = addDesk(*c.county, kDeskB, QStringLiteral("desk-b.p12"));
            QVERIFY(c.a && c.b);
            // Two certificates of one center at the county.
            QCOMPARE(c.county->countyScalar(
                         QStringLiteral("SELECT count(*) FROM certificates WHERE center_code = '%1'").arg(kCenter)),
                     2);
            c.forms = syncForms(QStringLiteral("DK"), 6, m_today);
            QVERIFY(c.county->importForms(c.forms, kCenter));
            for (SyncCenter *desk : {c.a.get(), c.b.get()}) {
                const CliResult pulled = desk->sync();
                CLI_EXPECT_EXIT(pulled, 0);
                QCOMPARE(desk->formCount(), 6);
            }
        }
    }

    void init()
    {
        if (!QTest::currentDataTag())
            return;
        const Center &c = m_centers[QString::fromUtf8(QTest::currentDataTag())];
        if (!c.county)
            QSKIP(qPrintable(c.skipReason));
    }

    void certifiedAtOneDeskRefusedAtTheOther_data() { backendRows(); }
    void certifiedAtOneDeskRefusedAtTheOther()
    {
        Center &c = center();
        QVERIFY(c.a->certify({c.forms[0]}));
        // Before B has synced, B knows nothing of it (the offline case, below).
        const CliResult pushed = c.a->sync();
        CLI_EXPECT_EXIT(pushed, 0);
        QCOMPARE(pushed.json().value(QStringLiteral("accepted")).toInt(), 1);
        // The county knows which desk made it.
        QStringList rows;
        QVERIFY(c.county->countyQuery(
            QStringLiteral("SELECT desk FROM certifications WHERE form_no = '%1'").arg(c.forms[0].formNo), &rows));
        QCOMPARE(rows, QStringList{kDeskA});

        CLI_EXPECT_EXIT(c.b->sync(), 0);
        QCOMPARE(c.b->refusalOf(c.forms[0]), QStringLiteral("already_certified"));
        // The message names the other desk and its clerk.
        SystemClock clock;
        auto clerk = Session::open(c.b->dbPath(), QStringLiteral("clerk"),
                                   SyncCenter::passwordOf(QStringLiteral("clerk")), clock);
        QVERIFY(clerk);
        CertifyRequest again{c.forms[0].formNo, c.forms[0].checkCode, c.forms[0].person.idNo};
        auto refused = CertificationService(*clerk.value()).certify(again);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(kDeskA), qPrintable(refused.error().message));
        clerk.value().reset();

        // B's workload (the supervisor's tab) shows A's record, marked by desk; nothing of B's own yet.
        const QJsonArray rowsB = c.b->workloadJson(m_today, m_today);
        QCOMPARE(aliveByDesk(rowsB).value(kDeskA), 1);
        QCOMPARE(aliveByDesk(rowsB).value(kDeskB), 0);
        // A pulls its own record back and ignores it: its workload counts it once, unmarked (no other desk yet).
        CLI_EXPECT_EXIT(c.a->sync(), 0);
        const QJsonArray rowsA = c.a->workloadJson(m_today, m_today);
        QCOMPARE(rowsA.size(), 1);
        QCOMPARE(rowsA[0][QStringLiteral("alive")].toInt(), 1);
        QVERIFY(!rowsA[0].toObject().contains(QStringLiteral("desk")));

        // B certifies another form: once synced, both desks' workloads show both desks.
        QVERIFY(c.b->certify({c.forms[1]}));
        CLI_EXPECT_EXIT(c.b->sync(), 0);
        CLI_EXPECT_EXIT(c.a->sync(), 0);
        QCOMPARE(c.a->refusalOf(c.forms[1]), QStringLiteral("already_certified"));
        const QMap<QString, int> both = aliveByDesk(c.a->workloadJson(m_today, m_today));
        QCOMPARE(both.value(kDeskA), 1);
        QCOMPARE(both.value(kDeskB), 1);
    }

    void noLinkBecomesAConflictTheCountySettles_data() { backendRows(); }
    void noLinkBecomesAConflictTheCountySettles()
    {
        Center &c = center();
        // Both desks certify the same form before either has synced (no county link in between).
        QVERIFY(c.a->certify({c.forms[2]}));
        QVERIFY(c.b->certify({c.forms[2]}));
        const CliResult first = c.a->sync();
        CLI_EXPECT_EXIT(first, 0);
        QCOMPARE(first.json().value(QStringLiteral("accepted")).toInt(), 1);
        const CliResult second = c.b->sync();
        CLI_EXPECT_EXIT(second, 0);
        QCOMPARE(second.json().value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(c.b->outboxConflicts(), 1);
        // The county flags it for its supervisors: the first record stands.
        QStringList rows;
        QVERIFY(c.county->countyQuery(QStringLiteral("SELECT desk, status FROM certifications WHERE form_no = '%1' "
                                                     "ORDER BY id")
                                          .arg(c.forms[2].formNo),
                                      &rows));
        QCOMPARE(rows, (QStringList{kDeskA + QStringLiteral("|accepted"), kDeskB + QStringLiteral("|conflict")}));
    }

    void countyKeepsTheCenterSettingsForAJoiningDesk_data() { backendRows(); }
    void countyKeepsTheCenterSettingsForAJoiningDesk()
    {
        Center &c = center();
        // Every pull reports the rules the desks share; the county serves them with hello (the join wizard).
        QStringList rows;
        QVERIFY(c.county->countyQuery(
            QStringLiteral("SELECT cycle_policy, idle_lock_minutes FROM centers WHERE code = '%1'").arg(kCenter),
            &rows));
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows[0].startsWith(QStringLiteral("rolling|")), qPrintable(rows[0]));
    }

    void joinWizardTakesTheCenterFromTheCounty_data() { backendRows(); }
    void joinWizardTakesTheCenterFromTheCounty()
    {
        Center &c = center();
        // A third desk joins through the first-run wizard: its bundle, the county's profile of the center.
        const QString p12 = c.county->filePath(QStringLiteral("desk-c.p12"));
        QVERIFY(c.county->county().enroll(kCenter, QStringLiteral("测试多窗口中心"), p12,
                                          SyncDeployment::bundlePassword()));
        QTemporaryDir dir;
        SystemClock clock;
        ScriptedPrompter prompter;
        WorkstationSettings settings(dir.filePath(QStringLiteral("workstation.ini")));
        UiContext context{dir.filePath(QStringLiteral("desk-c.db")),
                          clock,
                          prompter,
                          settings,
                          [] { return qint64(0); },
                          SyncCenter::kIterations};
        FirstRunWizard wizard(context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto edit = [&](const char *name) { return wizard.findChild<QLineEdit *>(QString::fromLatin1(name)); };
        QString refusal;
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *d = qobject_cast<JoinDialog *>(QApplication::activeModalWidget());
            if (!d || answered || d->isBusy())
                return;
            const auto field = [d](const char *name) { return d->findChild<QLineEdit *>(QString::fromLatin1(name)); };
            const auto message = d->findChild<QLabel *>(QStringLiteral("joinMessage"));
            field("joinServer")->setText(c.county->county().url());
            field("joinBundle")->setText(p12);
            field("joinDesk")->setText(QStringLiteral("窗口3"));
            if (refusal.isEmpty() && message->text().isEmpty()) {
                field("joinPassword")->setText(QStringLiteral("wrong-password"));
                d->connectToCounty(); // refused: the bundle does not open
                return;
            }
            if (refusal.isEmpty()) {
                refusal = message->text();
                field("joinPassword")->setText(SyncDeployment::bundlePassword());
                d->connectToCounty();
                answered = true;
            }
        });
        poll.start();
        wizard.findChild<QAbstractButton *>(QStringLiteral("joinCenterButton"))->click();
        QVERIFY(answered);
        QVERIFY2(refusal.contains(QStringLiteral("password")), qPrintable(refusal));
        // The center page holds the county's code (read-only) and name; the policy page the shared rules.
        QCOMPARE(edit("wizCenterCode")->text(), kCenter);
        QVERIFY(edit("wizCenterCode")->isReadOnly());
        QCOMPARE(edit("wizCenterName")->text(), QStringLiteral("测试多窗口中心"));
        QVERIFY(wizard.centerConfig().policy == CyclePolicy::Rolling);
        const auto forward = [&] {
            for (auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
                if (QAbstractButton *b = wizard.button(which); b->isVisible())
                    return b->click();
        };
        forward();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::PolicyPageId));
        forward();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPageId));
        edit("wizAdminUser")->setText(QStringLiteral("admin"));
        edit("wizAdminFullName")->setText(QStringLiteral("Admin C"));
        edit("wizAdminPassword")->setText(SyncCenter::passwordOf(QStringLiteral("admin")));
        edit("wizAdminPassword2")->setText(SyncCenter::passwordOf(QStringLiteral("admin")));
        forward();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(FirstRunWizard::RecoveryPageId), 60000);
        QVERIFY2(prompter.shown.isEmpty(), qPrintable(prompter.shown.join(u'\n')));
        wizard.findChild<QCheckBox *>(QStringLiteral("wizRecoveryStored"))->setChecked(true);
        forward();

        // The new desk is configured for the county under its own name, and after one sync it refuses what the
        // other desks certified.
        const CliResult synced = runProgram(QStringLiteral(CERTDESK_ADMIN_BIN),
                                            {QStringLiteral("--db"), context.dbPath, QStringLiteral("--user"),
                                             QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("--json")},
                                            stdinLines({SyncCenter::passwordOf(QStringLiteral("admin"))}));
        CLI_EXPECT_EXIT(synced, 0);
        QCOMPARE(synced.json().value(QStringLiteral("pulled_forms")).toInt(), 6);
        auto admin = Session::open(context.dbPath, QStringLiteral("admin"),
                                   SyncCenter::passwordOf(QStringLiteral("admin")), clock);
        QVERIFY(admin);
        QCOMPARE(deskName(SessionAccess::db(*admin.value())).value(), QStringLiteral("窗口3"));
        // (an admin does not certify: the record the counter refuses by is there, from desk A)
        auto other = findDeskCertification(SessionAccess::db(*admin.value()), c.forms[0].formNo, c.forms[0].cycle);
        QVERIFY(other && other->has_value());
        QCOMPARE(other->value().desk, kDeskA);
    }

    void refusals_data() { backendRows(); }
    void refusals()
    {
        Center &c = center();
        // A desk name over 64 characters is refused; nothing changes.
        const CliResult tooLong = c.a->admin({QStringLiteral("sync"), QStringLiteral("configure"),
                                              QStringLiteral("--server"), c.county->county().url(),
                                              QStringLiteral("--p12"), c.county->filePath(QStringLiteral("desk-a.p12")),
                                              QStringLiteral("--desk"), QString(65, QLatin1Char('x'))},
                                             {SyncDeployment::bundlePassword()});
        CLI_EXPECT_EXIT(tooLong, 1);
    }

    void cleanupTestCase()
    {
        for (auto &[name, c] : m_centers) {
            c.a.reset();
            c.b.reset();
            c.county.reset();
        }
    }
};

QTEST_MAIN(SyncDesksTest)
#include "tst_sync_desks.moc"
