// Today's list: rows from the clerk's certifications, search, correction from the list, lock clears it.
#include "qt/todaymodel.h"
#include "services/certification.h"
#include "today/todaypage.h"
#include "uiharness.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

CertificationRecord certify(Session &session, const Form &form, bool alive)
{
    CertifyRequest r{form.formNo, form.checkCode, form.person.idNo};
    r.alive = alive;
    auto record = CertificationService(session).certify(r);
    if (!record)
        qFatal("certify failed: %s", qPrintable(record.error().message));
    return record.value();
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Keys far apart in time, so the application-wide scanner detector never sees a burst.
void press(UiHarness &h, QWidget *target, Qt::Key key)
{
    h.nowMs += 1000;
    QTest::keyClick(target, key);
}

} // namespace

class TstUiToday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listSearchCorrectAndLock();
    void correctionNeedsAReasonAndValidChange();
};

void TstUiToday::listSearchCorrectAndLock()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("王芳"));
    const QList<Form> forms = center.seedForms(5);
    QList<CertificationRecord> records;
    {
        auto clerk = center.open(QStringLiteral("clerk1"));
        QVERIFY(clerk);
        for (int i = 0; i < 3; ++i)
            records << certify(*clerk, forms[i], true);
    }

    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    auto *page = h.find<TodayPage>("todayPage");
    auto *table = h.find<QTableView>("todayTable");
    auto *search = h.find<QLineEdit>("todaySearch");
    QVERIFY(page && table && search);
    h.find<QTabWidget>("workspaceTabs")->setCurrentWidget(page);
    page->refresh();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(table->font().pointSizeF() >= 14.0);
    // Newest first; the clerk's full name is the 经办人.
    QCOMPARE(cell(table, 0, TodayModel::FormNo), forms[2].formNo);
    QCOMPARE(cell(table, 0, TodayModel::Clerk), QStringLiteral("王芳"));

    // Search: ID number, form number (case-insensitive), name; no match → empty.
    search->setText(forms[1].person.idNo);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, TodayModel::FormNo), forms[1].formNo);
    search->setText(forms[2].formNo.toLower());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, TodayModel::IdNo), forms[2].person.idNo);
    search->setText(forms[0].person.name);
    QVERIFY(table->model()->rowCount() >= 1);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(cell(table, r, TodayModel::Name), forms[0].person.name);
    search->setText(QStringLiteral("no-such-person"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(h.find<QLabel>("todayCount")->text().contains(QStringLiteral("0 of 3")));

    // Enter in the search field opens the first match.
    search->setText(forms[0].formNo);
    search->setFocus();
    press(h, search, Qt::Key_Return);
    QCOMPARE(h.find<QLabel>("detailFormNo")->text(), forms[0].formNo);
    QVERIFY(h.find<QLabel>("detailPerson")->text().contains(forms[0].person.idNo));
    QVERIFY(h.find<QLabel>("detailResult")->text().startsWith(QStringLiteral("Alive")));
    auto *reprint = h.find<QPushButton>("reprintButton");
    QVERIFY(reprint->isEnabled()); // printing itself: tst_ui_print
    QVERIFY(!reprint->toolTip().isEmpty());

    // Enter on a row of the table opens that row, and leaves the focus on Correct.
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    table->selectRow(1);
    press(h, table, Qt::Key_Return);
    QCOMPARE(h.find<QLabel>("detailFormNo")->text(), forms[1].formNo);
    QCOMPARE(QApplication::focusWidget(), h.find<QPushButton>("correctButton"));

    // Correct form 0 to deceased with a new phone, through the keyboard shortcut F7.
    search->setText(forms[0].formNo);
    press(h, search, Qt::Key_Return);
    press(h, table, Qt::Key_F7);
    auto *dialog = h.find<QDialog>("correctionDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    h.find<QLineEdit>("correctionReason")->setText(QStringLiteral("Pressed alive by mistake"));
    h.find<QComboBox>("correctionAlive")->setCurrentIndex(1);
    h.find<QLineEdit>("correctionPhone")->setText(QStringLiteral("13912345678"));
    QSignalSpy changed(page, &TodayPage::recordsChanged);
    h.find<QPushButton>("correctionSave")->click();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(changed.count(), 1);

    // The list shows current records only: still one row for form 0, now the correction.
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, TodayModel::Result), QStringLiteral("Deceased"));
    QCOMPARE(cell(table, 0, TodayModel::Note), QStringLiteral("Corrected"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(h.find<QLabel>("detailCorrection")->text().contains(records[0].uuid));
    auto view = CertificationService(*h.window->session()).lookupForm(forms[0].formNo, forms[0].checkCode);
    QVERIFY(view.ok());
    QVERIFY(view->current.has_value());
    QCOMPARE(view->current->supersedes, records[0].uuid);
    QCOMPARE(view->current->alive, false);
    QCOMPARE(view->current->change.phone, QStringLiteral("13912345678"));
    QCOMPARE(view->current->correctionReason, QStringLiteral("Pressed alive by mistake"));

    if (const QByteArray dir = qgetenv("CERTDESK_SHOTS_DIR"); !dir.isEmpty()) {
        QTest::qWait(50); // let pending layout requests run
        h.window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/today.png"));
    }

    // Locking takes every personal detail off the page.
    search->setText(forms[1].person.name);
    h.window->lock();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(search->text().isEmpty());
    QVERIFY(h.find<QLabel>("detailFormNo")->text().isEmpty());
    QVERIFY(!h.find<QPushButton>("correctButton")->isEnabled());

    // An admin sees the list but is not offered Correct (the service would refuse the role).
    QVERIFY(h.signIn(QStringLiteral("admin")));
    h.find<QTabWidget>("workspaceTabs")->setCurrentWidget(page);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(h.window->focusWidget(), search); // the tab opens on the search field
    table->selectRow(0);
    QCOMPARE(h.find<QLabel>("detailFormNo")->text(), cell(table, 0, TodayModel::FormNo));
    QVERIFY(!h.find<QPushButton>("correctButton")->isEnabled());
}

void TstUiToday::correctionNeedsAReasonAndValidChange()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk1"), Role::Clerk);
    const QList<Form> forms = center.seedForms(2);
    CertificationRecord original;
    {
        auto clerk = center.open(QStringLiteral("clerk1"));
        QVERIFY(clerk);
        original = certify(*clerk, forms[0], true);
    }
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk1")));
    auto *page = h.find<TodayPage>("todayPage");
    h.find<QTabWidget>("workspaceTabs")->setCurrentWidget(page);
    auto *table = h.find<QTableView>("todayTable");
    QCOMPARE(table->model()->rowCount(), 1);
    // Double-click opens the row too.
    const QRect rect = table->visualRect(table->model()->index(0, TodayModel::Name));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(h.find<QLabel>("detailFormNo")->text(), forms[0].formNo);
    h.find<QPushButton>("correctButton")->click();
    auto *dialog = h.find<QDialog>("correctionDialog");
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(h.find<QComboBox>("correctionAlive")->currentIndex(), 0); // starts at the recorded result

    QSignalSpy changed(page, &TodayPage::recordsChanged);
    auto *error = h.find<QLabel>("correctionError");
    auto *save = h.find<QPushButton>("correctionSave");
    // No reason: refused, the dialog stays, nothing stored.
    save->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("reason")));
    // A bad postcode: refused with the service's message.
    h.find<QLineEdit>("correctionReason")->setText(QStringLiteral("Wrong postcode"));
    h.find<QLineEdit>("correctionPostcode")->setText(QStringLiteral("12"));
    save->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(changed.count(), 0);
    if (const QByteArray dir = qgetenv("CERTDESK_SHOTS_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/today-correction.png"));
    }
    auto view = CertificationService(*h.window->session()).lookupForm(forms[0].formNo, forms[0].checkCode);
    QVERIFY(view.ok());
    QCOMPARE(view->current->uuid, original.uuid);

    // Cancel leaves everything as it was; reopening starts clean.
    h.find<QPushButton>("correctionCancel")->click();
    QTRY_VERIFY(!dialog->isVisible());
    h.find<QPushButton>("correctButton")->click();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(h.find<QLineEdit>("correctionReason")->text().isEmpty());
    QVERIFY(!error->isVisible());
    // Locking while the dialog is open closes it.
    h.window->lock();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TstUiToday)
#include "tst_ui_today.moc"
