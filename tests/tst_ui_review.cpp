// Issue 10 §1: the supervisor settles paper reviews in the program. A paper registration names one person; the list
// that arrives later names another under the same number: the item waits in Tools → Paper registrations to
// review, and the supervisor settles it from the keyboard with a note (refused without one), audited.
#include "io/importrows.h"
#include "review/paperreviewdialog.h"
#include "services/demo.h"
#include "services/importer.h"
#include "services/paperforms.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"
#include "uiharness.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace certdesk;
using namespace certdesk::test;

namespace {

int auditCount(Session &session, const char *action)
{
    auto q = SessionAccess::db(session).prepare("SELECT count(*) FROM audit WHERE action = ?");
    if (!q)
        return -1;
    q->bind(1, QString::fromLatin1(action));
    return q->step().value() ? int(q->int64(0)) : -1;
}

} // namespace

class TestUiReview : public QObject
{
    Q_OBJECT

private:
    // Keyboard only, inside the open dialog.
    void exercise(PaperReviewDialog *dialog, Session &session, const Form &listed, const Form &other, bool &checked)
    {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("paperReviewTable"));
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("paperReviewNote"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("paperReviewMessage"));
        QVERIFY(table && note && message);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), listed.formNo);
        QCOMPARE(table->item(0, 2)->text(), other.person.idNo);
        QVERIFY(table->item(0, 3)->text().contains(listed.person.name));
        QVERIFY(table->item(0, 3)->text().contains(listed.person.idNo));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("import"));
        QTRY_COMPARE(QApplication::focusWidget(), table); // once the dialog is active

        // Keyboard only: Tab to the note; Enter without a note is refused in plain words, nothing settled.
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), note);
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("note")), qPrintable(message->text()));
        QCOMPARE(PaperFormService(session).reviews(true)->size(), 1);
        QCOMPARE(dialog->isVisible(), true); // Enter does not close the dialog
        QCOMPARE(note->maxLength(), 200);

        // A note of spaces is no note either.
        QTest::keyClicks(note, QStringLiteral("   "));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(PaperFormService(session).reviews(true)->size(), 1);

        note->clear();
        UiHarness::typeChinese(note, QStringLiteral("已与参保地电话核实：纸质表为本人，名单有误"));
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("settled")), qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!note->isEnabled()); // nothing left to settle
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("paperReviewIntro"))
                    ->text()
                    .contains(QStringLiteral("No paper registration")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        checked = true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void supervisorSettlesAReviewWithANote()
    {
        TestCenter center;
        center.addUser(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("王一经办"));
        center.addUser(QStringLiteral("sup1"), Role::Supervisor, QStringLiteral("赵主管"));
        const QDate today = center.clock.today();
        const QByteArray late = demoFormsJson(2, today, 99);
        auto unseen = parseFormRows(late, TextEncoding::Utf8, today);
        QVERIFY(unseen && unseen->rows.size() == 2);
        const Form listed = unseen->rows[0];
        const Form other = unseen->rows[1];
        {
            // Registered on paper under the first form's number, for the second person.
            auto clerk = center.open(QStringLiteral("clerk1"));
            QVERIFY(clerk);
            PaperRegistration r;
            r.formNo = listed.formNo;
            r.variant = FormVariant::Mail;
            r.idNo = other.person.idNo;
            r.name = other.person.name;
            r.agency = QStringLiteral("某市社会保险基金管理局");
            r.due = QStringLiteral("2026-06-30");
            r.reply = {QStringLiteral("某市社保局退管科"), QStringLiteral("某市某路1号"), QStringLiteral("510000"),
                       QStringLiteral("020-38832144")};
            QVERIFY(PaperFormService(*clerk).registerForm(r));
            auto admin = center.open(QStringLiteral("admin"));
            auto report = ImportService(*admin).importBytes(ImportKind::Forms, late, QStringLiteral("late.json"),
                                                            TextEncoding::Utf8);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->flagged, 1);
        }

        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("sup1")));
        Session &session = *h.window->session();
        auto *action = h.window->findChild<QAction *>(QStringLiteral("actionPaperReviews"));
        QVERIFY(action && action->isEnabled());
        bool checked = false;
        QTimer::singleShot(0, h.window.get(), [&] {
            auto *dialog = qobject_cast<PaperReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            exercise(dialog, session, listed, other, checked);
            if (dialog->isVisible())
                dialog->reject(); // a failed check must not leave the modal loop running
        });
        action->trigger();
        QVERIFY(checked);
        QVERIFY(!QApplication::activeModalWidget());

        // Settled with the note, by the supervisor, audited; the form itself was never merged.
        auto all = PaperFormService(session).reviews(false);
        QVERIFY(all && all->size() == 1);
        QCOMPARE(all->first().resolution, QStringLiteral("已与参保地电话核实：纸质表为本人，名单有误"));
        QCOMPARE(all->first().resolvedBy, QStringLiteral("sup1"));
        QVERIFY(all->first().resolvedAt.isValid());
        QCOMPARE(auditCount(session, "resolve_paper_review"), 1);
    }

    // A clerk has neither the menu entry nor the service.
    void clerkCannotSettle()
    {
        TestCenter center;
        center.addUser(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("王一经办"));
        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("clerk1")));
        QVERIFY(!h.window->findChild<QAction *>(QStringLiteral("actionPaperReviews"))->isEnabled());
        QVERIFY(!PaperFormService(*h.window->session()).resolveReview(1, QStringLiteral("x")));
    }

    // The idle lock closes the review dialog with the rest.
    void lockClosesTheReviewDialog()
    {
        TestCenter center;
        center.addUser(QStringLiteral("sup1"), Role::Supervisor, QStringLiteral("赵主管"));
        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("sup1")));
        bool open = false;
        QTimer::singleShot(0, h.window.get(), [&] {
            open = qobject_cast<PaperReviewDialog *>(QApplication::activeModalWidget()) != nullptr;
            h.window->lock();
        });
        h.window->findChild<QAction *>(QStringLiteral("actionPaperReviews"))->trigger();
        QVERIFY(open);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!h.window->session());
    }
};

QTEST_MAIN(TestUiReview)
#include "tst_ui_review.moc"
