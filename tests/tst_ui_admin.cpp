// Supervisor and admin screens: import (bad rows, good file, cancel), workload, settings and accounts.
#include "importer/importdialog.h"
#include "services/accounts.h"
#include "services/certification.h"
#include "services/reports.h"
#include "sessionaccess.h"
#include "settings/settingsdialog.h"
#include "store/database.h"
#include "store/syncstore.h"
#include "testerrorcode.h"
#include "testutil.h"
#include "uiharness.h"
#include "workload/workloadpage.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

void certify(Session &session, const Form &form, bool alive, const InfoChange &change = {})
{
    CertifyRequest r{form.formNo, form.checkCode, form.person.idNo};
    r.alive = alive;
    r.change = change;
    auto record = CertificationService(session).certify(r);
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
}

// The first form of tests/data/forms_utf8.csv.
bool goodFormPresent(Session &session)
{
    return CertificationService(session).lookupForm(QStringLiteral("FN-2026-0001"), QStringLiteral("AB12CD34")).ok();
}

bool canSignIn(const TestCenter &center, const QString &user, const QString &password)
{
    return Session::open(center.dbPath, user, password, center.clock).ok();
}

void saveShot(QWidget *w, const char *name)
{
    const QByteArray dir = qgetenv("CERTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests
    w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

int rowOf(const QTableWidget *table, const QString &user)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == user)
            return r;
    return -1;
}

} // namespace

class TstUiAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importBadRowThenGoodFile();
    void importCancelled();
    void importMenuOpensTheDialog();
    void lockClosesAnOpenDialog();
    void workloadMatchesReport();
    void settingsSaved();
    void accounts();
};

void TstUiAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing of the real profile, whatever a dialog opens
}

void TstUiAdmin::importBadRowThenGoodFile()
{
    TestCenter center;
    center.addUser(QStringLiteral("sup1"), Role::Supervisor);
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("sup1")));
    Session &session = *h.window->session();
    ImportDialog dialog(h.context, session, ImportKind::Forms, h.window.get());
    dialog.show();
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("importErrors"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY(errors && summary);

    dialog.startImport(dataPath(QStringLiteral("forms_one_bad_row.csv")));
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->count(), 1);
    QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("line 6: ")), qPrintable(errors->item(0)->text()));
    QVERIFY(summary->text().contains(QStringLiteral("Nothing was imported")));
    // All or nothing: the good rows of that file are not there either.
    auto refused = CertificationService(session).lookupForm(QStringLiteral("FN-B-0001"), QStringLiteral("C1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NoSuchForm);
    saveShot(&dialog, "import.png");

    // The good file through the chooser (the scripted prompter answers the file dialog).
    h.prompter.files << dataPath(QStringLiteral("forms_utf8.csv"));
    dialog.findChild<QPushButton *>(QStringLiteral("chooseFileButton"))->click();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(!errors->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("added: 5;")), qPrintable(summary->text()));
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(goodFormPresent(session));

    // The same file again: nothing new, nothing wrong.
    dialog.startImport(dataPath(QStringLiteral("forms_utf8.csv")));
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(finished.at(2).at(0).toBool(), true);
    QVERIFY2(summary->text().contains(QStringLiteral("added: 0; already present: 5")), qPrintable(summary->text()));

    // A forced encoding that does not fit is refused with the service's message.
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    dialog.startImport(dataPath(QStringLiteral("forms_gb18030.csv")));
    QTRY_COMPARE(finished.count(), 4);
    QCOMPARE(finished.at(3).at(0).toBool(), false);
    QVERIFY(!summary->text().isEmpty());
}

void TstUiAdmin::importCancelled()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    Session &session = *h.window->session();
    ImportDialog dialog(h.context, session, ImportKind::Forms, h.window.get());
    dialog.show();
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    QVERIFY(!cancel->isEnabled());

    // Cancel at the first progress step: the worker waits for the GUI to show it, then sees the cancel.
    QList<int> steps;
    auto connection = connect(&dialog, &ImportDialog::progressed, &dialog, [&](int done, int) {
        steps << done;
        QVERIFY(cancel->isEnabled());
        cancel->click();
    });
    dialog.startImport(dataPath(QStringLiteral("forms_utf8.csv")));
    QTRY_COMPARE(finished.count(), 1);
    disconnect(connection);
    QCOMPARE(steps, QList<int>{0});
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!goodFormPresent(session));

    // Cancel before the worker reached its first step: same outcome.
    dialog.startImport(dataPath(QStringLiteral("forms_utf8.csv")));
    cancel->click();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(!goodFormPresent(session));

    // Escape (reject) while running cancels, then closes once the worker has rolled back.
    dialog.startImport(dataPath(QStringLiteral("forms_utf8.csv")));
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(finished.count(), 3);
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!goodFormPresent(session));

    // The dialog still works afterwards.
    dialog.show();
    dialog.startImport(dataPath(QStringLiteral("forms_utf8.csv")));
    QTRY_COMPARE(finished.count(), 4);
    QCOMPARE(finished.at(3).at(0).toBool(), true);
    QVERIFY(goodFormPresent(session));

    // Destroyed while importing: the worker is stopped and joined, nothing half-done remains.
    {
        auto other = std::make_unique<ImportDialog>(h.context, session, ImportKind::Deaths, h.window.get());
        other->startImport(dataPath(QStringLiteral("deaths.csv")));
    }
}

void TstUiAdmin::importMenuOpensTheDialog()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    auto *action = h.window->findChild<QAction *>(QStringLiteral("actionImportForms"));
    QVERIFY(action && action->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, h.window.get(), [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        seen = dialog && dialog->objectName() == QStringLiteral("importDialog");
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

void TstUiAdmin::lockClosesAnOpenDialog()
{
    // The idle lock can fire while a modal dialog is open: the dialog must go with the personal data.
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    bool wasOpen = false;
    QTimer::singleShot(0, h.window.get(), [&] {
        wasOpen = QApplication::activeModalWidget() != nullptr;
        h.window->lock();
    });
    h.window->openSettings(); // returns once lock() has closed it
    QVERIFY(wasOpen);
    QVERIFY(!h.window->session());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(h.signIn(QStringLiteral("admin")));

    // A question box open inside the dialog (its own window and event loop) goes too, unanswered.
    int answer = -2;
    QTimer::singleShot(0, h.window.get(), [&] {
        auto *settings = QApplication::activeModalWidget();
        QTimer::singleShot(0, h.window.get(), [&] { h.window->lock(); });
        QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("Disable?"),
                        QMessageBox::Yes | QMessageBox::No, settings);
        answer = box.exec();
    });
    h.window->openSettings();
    QVERIFY(answer != QMessageBox::Yes && answer != -2);
    QVERIFY(!h.window->session());
    QVERIFY(!QApplication::activeModalWidget());
}

void TstUiAdmin::workloadMatchesReport()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("王一经办"));
    center.addUser(QStringLiteral("clerk2"), Role::Clerk, QStringLiteral("李二经办"));
    center.addUser(QStringLiteral("sup1"), Role::Supervisor);
    const QList<Form> forms = center.seedForms(7);
    {
        auto c1 = center.open(QStringLiteral("clerk1"));
        auto c2 = center.open(QStringLiteral("clerk2"));
        QVERIFY(c1 && c2);
        center.clock.set(QDateTime(QDate(2026, 5, 9), QTime(9, 0)));
        certify(*c1, forms[0], true);
        center.clock.set(QDateTime(QDate(2026, 5, 10), QTime(9, 30)));
        InfoChange moved;
        moved.address = QStringLiteral("测试市新区幸福路8号");
        certify(*c1, forms[1], true, moved);
        certify(*c1, forms[2], true);
        certify(*c2, forms[3], false);
        // A refusal (another person's ID presented: a real refusal) counts for clerk2.
        CertifyRequest wrong{forms[4].formNo, forms[4].checkCode, forms[5].person.idNo};
        QVERIFY(!CertificationService(*c2).certify(wrong).ok());
        // A withdrawn form leaves the cycle's forms due.
        Transaction tx(SessionAccess::db(*c1));
        auto withdrawn = setFormStatus(SessionAccess::db(*c1), forms[6].formNo, QStringLiteral("withdrawn"));
        QVERIFY(withdrawn && withdrawn.value());
        QVERIFY(tx.commit());
        center.clock.set(QDateTime(QDate(2026, 5, 10), QTime(10, 0)));
    }

    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("sup1")));
    auto *tabs = h.find<QTabWidget>("workspaceTabs");
    auto *page = h.find<WorkloadPage>("workloadPage");
    QVERIFY(tabs->isTabVisible(tabs->indexOf(page)));
    tabs->setCurrentWidget(page);
    auto *from = h.find<QDateEdit>("workloadFrom");
    auto *to = h.find<QDateEdit>("workloadTo");
    auto *table = h.find<QTableView>("workloadTable");
    QCOMPARE(from->date(), QDate(2026, 5, 1));
    QCOMPARE(to->date(), QDate(2026, 5, 10));
    page->refresh();

    // The columns of the printed report: 附表1 / 附表2 apart, corrections and refusals apart, full names.
    auto expected = ReportService(*h.window->session()).workload(from->date(), to->date());
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), 3); // 05-09 clerk1, 05-10 clerk1, 05-10 clerk2
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->columnCount(), 10);
    QCOMPARE(model->rowCount(), expected->size() + 1);
    constexpr int kCounts = 8;
    int totals[kCounts] = {};
    for (int r = 0; r < expected->size(); ++r) {
        const WorkloadRow &w = expected->at(r);
        const int counts[kCounts] = {w.onlineAlive,    w.onlineDeceased, w.mailAlive, w.mailDeceased,
                                     w.addressChanges, w.corrections,    w.refusals,  w.alive + w.deceased};
        QCOMPARE(model->index(r, 0).data().toString(), w.date.toString(Qt::ISODate));
        QCOMPARE(model->index(r, 1).data().toString(), w.clerkName);
        for (int c = 0; c < kCounts; ++c) {
            QCOMPARE(model->index(r, 2 + c).data().toInt(), counts[c]);
            totals[c] += counts[c];
        }
    }
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("王一经办")); // never the login
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("李二经办"));
    const int last = model->rowCount() - 1;
    QCOMPARE(model->index(last, 0).data().toString(), QStringLiteral("Total"));
    for (int c = 0; c < kCounts; ++c)
        QCOMPARE(model->index(last, 2 + c).data().toInt(), totals[c]);
    QCOMPARE(QList<int>(totals, totals + kCounts), (QList<int>{3, 1, 0, 0, 1, 0, 1, 4}));

    // The daily chart: one stacked bar per day of the range (alive / deceased / information changes), its
    // values read back from the series, and the same numbers in the table beside it.
    auto *view = h.find<QChartView>("workloadChart");
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->chart()->series().size(), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    QList<qreal> alive(10, 0), deceased(10, 0), changes(10, 0);
    alive[8] = 1; // 05-09
    alive[9] = 2; // 05-10
    deceased[9] = 1;
    changes[9] = 1;
    const QList<QList<qreal>> bars{alive, deceased, changes};
    for (int set = 0; set < 3; ++set) {
        QCOMPARE(series->barSets()[set]->count(), 10);
        for (int day = 0; day < 10; ++day)
            QCOMPARE(series->barSets()[set]->at(day), bars[set][day]);
    }
    auto *days = h.find<QTableView>("workloadDays");
    QCOMPARE(days->model()->rowCount(), 10);
    QCOMPARE(days->model()->index(9, 0).data().toString(), QStringLiteral("2026-05-10"));
    for (int set = 0; set < 3; ++set)
        QCOMPARE(days->model()->index(9, 1 + set).data().toInt(), int(bars[set][9]));

    // The progress line: 7 forms of the cycle, 1 withdrawn → 6 due, 4 certified (3 alive, 1 deceased), 2 left.
    const QString progress = h.find<QLabel>("workloadProgress")->text();
    QVERIFY2(progress.contains(QStringLiteral("Cycle 2026: 6 forms due, 4 certified (3 alive, 1 deceased), 2 "
                                              "remaining.")),
             qPrintable(progress));
    QVERIFY2(progress.contains(QStringLiteral("1 withdrawn")), qPrintable(progress));
    h.window->resize(1366, 768);
    saveShot(h.window.get(), "workload.png");

    // Narrowing the range reloads at once.
    from->setDate(QDate(2026, 5, 10));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(2, 9).data().toInt(), 3); // the day's certifications, both clerks
    QCOMPARE(qobject_cast<QStackedBarSeries *>(view->chart()->series().constFirst())->barSets()[0]->count(), 1);
    // A backwards range is refused with the service's message.
    from->setDate(QDate(2026, 5, 11));
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(h.find<QLabel>("workloadMessage")->isVisible());
    QCOMPARE(days->model()->rowCount(), 0);
    // Locking clears it.
    from->setDate(QDate(2026, 5, 1));
    QVERIFY(model->rowCount() > 0);
    h.window->lock();
    QCOMPARE(model->rowCount(), 0);
}

void TstUiAdmin::settingsSaved()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    Session &session = *h.window->session();
    SettingsDialog dialog(h.context, session, h.window.get());
    dialog.show();
    const auto field = [&](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"));
    auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("setIdleMinutes"));
    QVERIFY(message && save && idle);
    QCOMPARE(field("setCode")->text(), QStringLiteral("T001"));
    QVERIFY(field("setCode")->isReadOnly());
    QCOMPARE(field("setName")->text(), session.center().name);
    QCOMPARE(idle->minimum(), 1);
    QCOMPARE(idle->maximum(), 120);

    field("setName")->clear();
    UiHarness::typeChinese(field("setName"), QStringLiteral("新城街道社保服务中心"));
    QCOMPARE(field("setName")->text(), QStringLiteral("新城街道社保服务中心"));
    field("setContact")->setText(QStringLiteral("李明"));
    field("setPhone")->setText(QStringLiteral("010-88886666"));
    field("setPrinter")->setText(QStringLiteral("Counter-Printer-1"));
    idle->setValue(9);
    saveShot(&dialog, "settings.png");
    save->click();
    QCOMPARE(message->text(), QStringLiteral("Saved."));
    QCOMPARE(session.center().name, QStringLiteral("新城街道社保服务中心"));
    QCOMPARE(session.center().idleLockMinutes, 9);
    auto fresh = center.open(QStringLiteral("admin"));
    QVERIFY(fresh);
    QCOMPARE(fresh->center().name, QStringLiteral("新城街道社保服务中心"));
    QCOMPARE(fresh->center().contact, QStringLiteral("李明"));
    QCOMPARE(fresh->center().idleLockMinutes, 9);
    QCOMPARE(h.settings.printer(), QStringLiteral("Counter-Printer-1"));

    // A window ending before it starts is refused, and nothing is saved.
    field("setWindowStart")->setText(QStringLiteral("06-30"));
    field("setWindowEnd")->setText(QStringLiteral("04-01"));
    idle->setValue(30);
    save->click();
    QVERIFY(message->text().contains(QStringLiteral("window")));
    QCOMPARE(center.open(QStringLiteral("admin"))->center().windowStart, QStringLiteral("04-01"));
    QCOMPARE(center.open(QStringLiteral("admin"))->center().idleLockMinutes, 9);
    field("setWindowStart")->setText(QStringLiteral("13-01"));
    save->click();
    QVERIFY(message->text().contains(QStringLiteral("window")));

    // The rolling policy makes the window fields irrelevant.
    auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("setPolicy"));
    policy->setCurrentIndex(policy->findData(QStringLiteral("rolling")));
    QVERIFY(!field("setWindowStart")->isEnabled());
}

void TstUiAdmin::accounts()
{
    TestCenter center;
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("admin")));
    SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
    dialog.show();
    dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(1);
    const auto field = [&](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
    const auto button = [&](const char *name) { return dialog.findChild<QPushButton *>(QString::fromLatin1(name)); };
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("accountsTable"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("accountsMessage"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("newAccountRole"));
    QVERIFY(table && message && role);
    QCOMPARE(table->rowCount(), 1);

    // A weak password is refused by the service.
    field("newAccountName")->setText(QStringLiteral("clerk9"));
    field("newAccountFullName")->setText(QStringLiteral("赵九"));
    role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
    field("newAccountPassword")->setText(QStringLiteral("short"));
    button("addAccountButton")->click();
    QVERIFY(message->text().contains(QStringLiteral("8 characters")));
    QCOMPARE(table->rowCount(), 1);

    field("newAccountPassword")->setText(TestCenter::passwordOf(QStringLiteral("clerk9")));
    button("addAccountButton")->click();
    QCOMPARE(table->rowCount(), 2);
    const int row = rowOf(table, QStringLiteral("clerk9"));
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("赵九"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Clerk"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Active"));
    QVERIFY(canSignIn(center, QStringLiteral("clerk9"), TestCenter::passwordOf(QStringLiteral("clerk9"))));

    // Reset the password of the selected account.
    table->selectRow(row);
    field("resetPasswordNew")->setText(QStringLiteral("new-password-9"));
    button("resetPasswordButton")->click();
    QVERIFY(canSignIn(center, QStringLiteral("clerk9"), QStringLiteral("new-password-9")));

    // Disabling asks first: "no" changes nothing, "yes" disables.
    table->selectRow(rowOf(table, QStringLiteral("clerk9")));
    h.prompter.confirmAnswers << false;
    button("disableAccountButton")->click();
    QCOMPARE(table->item(rowOf(table, QStringLiteral("clerk9")), 3)->text(), QStringLiteral("Active"));
    h.prompter.confirmAnswers << true;
    button("disableAccountButton")->click();
    QCOMPARE(table->item(rowOf(table, QStringLiteral("clerk9")), 3)->text(), QStringLiteral("Disabled"));
    QVERIFY(!canSignIn(center, QStringLiteral("clerk9"), QStringLiteral("new-password-9")));

    // The last admin cannot be disabled: the service's message is shown and the admin still signs in.
    table->selectRow(rowOf(table, QStringLiteral("admin")));
    h.prompter.confirmAnswers << true;
    button("disableAccountButton")->click();
    QVERIFY(message->text().contains(QStringLiteral("admin"), Qt::CaseInsensitive));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("admin")), 3)->text(), QStringLiteral("Active"));
    QVERIFY(center.open(QStringLiteral("admin")) != nullptr);
}

QTEST_MAIN(TstUiAdmin)
#include "tst_ui_admin.moc"
