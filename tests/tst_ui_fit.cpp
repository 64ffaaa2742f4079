// The counter fits a 1366×768 laptop in Chinese (issue 17): with the taskbar's 40 px gone, 1366×728 is what the
// window gets. Under zh_CN, with the CJK font the counters use at the program's 12 pt, every page a clerk uses (the
// counter in each of its states, today's list, sync, workload) and every dialog they open must need no more than
// that, and at 1366×728 the status bar and 下一位 (F12) must be inside the window.
#include "account/passworddialog.h"
#include "fixture.h"
#include "importer/importdialog.h"
#include "review/paperreviewdialog.h"
#include "services/certification.h"
#include "shell/aboutdialog.h"
#include "uiharness.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QSize kScreen(1366, 728); // 1366×768 less a 40 px taskbar

// What the window insists on: its layout's minimum (what resize() cannot go below) and its minimumSizeHint.
QSize minimumOf(QWidget *w)
{
    // Hidden-then-shown panels post their layout requests level by level: run them all before asking.
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        for (QLayout *l : w->findChildren<QLayout *>())
            l->activate();
    }
    QSize s = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (w->layout())
        s = s.expandedTo(w->layout()->totalMinimumSize());
    return s;
}

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

#define VERIFY_FITS(widget, what)                                                                                      \
    do {                                                                                                               \
        const QSize need = minimumOf(widget);                                                                          \
        qInfo("%s needs %s", what, qPrintable(sizeText(need)));                                                        \
        QVERIFY2(need.width() <= kScreen.width() && need.height() <= kScreen.height(),                                 \
                 qPrintable(QStringLiteral("%1 needs %2, more than %3")                                                \
                                .arg(QString::fromUtf8(what), sizeText(need), sizeText(kScreen))));                    \
    } while (false)

// `w` lies whole inside the window's rectangle and is tall enough for its own text.
void verifyInside(QWidget *window, QWidget *w, const char *what)
{
    QVERIFY2(w && w->isVisible(), what);
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    QVERIFY2(window->rect().contains(r), qPrintable(QStringLiteral("%1 at %2,%3 %4 lies outside the %5 window")
                                                        .arg(QString::fromUtf8(what))
                                                        .arg(r.x())
                                                        .arg(r.y())
                                                        .arg(sizeText(r.size()), sizeText(window->size()))));
    QVERIFY2(w->height() >= w->minimumSizeHint().height(),
             qPrintable(QStringLiteral("%1 squeezed to %2 px").arg(QString::fromUtf8(what)).arg(w->height())));
}

} // namespace

class TestUiFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counterFits();
    void otherPagesFit();
    void clerkDialogsFit();
    void settingsFits();

private:
    // Shown at 1366×728: the window really is that size, the status bar and 下一位 are inside it.
    void verifyWindow(UiHarness &h, const char *what);
};

void TestUiFit::initTestCase()
{
    QVERIFY(useChineseCounterLook());
}

void TestUiFit::verifyWindow(UiHarness &h, const char *what)
{
    MainWindow *window = h.window.get();
    VERIFY_FITS(window, what);
    window->resize(kScreen);
    QApplication::processEvents();
    QCOMPARE(window->size(), kScreen);
    verifyInside(window, window->statusBar(), "the status bar");
    if (auto *next = h.find<QPushButton>("nextButton"); next && next->isVisible())
        verifyInside(window, next, "下一位 (F12)");
}

void TestUiFit::counterFits()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
    center.addUser(QStringLiteral("super"), Role::Supervisor, QStringLiteral("王主管"));
    const QList<Form> forms = center.seedForms(3);
    center.seedDeaths({forms[1]});
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk")));
    verifyWindow(h, "the empty counter");

    const auto press = [&](int key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        h.nowMs += 400;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), mods);
    };
    const auto type = [&](const char *field, const QString &text) {
        auto *edit = h.find<QLineEdit>(field);
        edit->clear();
        edit->setFocus();
        h.typeSlowly(text);
        press(Qt::Key_Return);
    };
    const auto load = [&](const Form &f, const QString &id) {
        type("formInput", f.formNo);
        type("checkCodeInput", f.checkCode);
        type("idInput", id);
    };
    load(forms[0], forms[0].person.idNo);
    verifyWindow(h, "a person on the counter");
    press(Qt::Key_F6);
    QVERIFY(h.find<QLineEdit>("newAddress")->isVisible());
    verifyWindow(h, "the change of information open (F6)");
    // A problem shows beside its caption: the counter's height does not change while the clerk types.
    h.find<QLineEdit>("newPostcode")->setFocus();
    h.typeSlowly(QStringLiteral("51062x"));
    QVERIFY(h.find<QWidget>("newPostcodeProblem")->isVisible());
    h.find<QLineEdit>("newPhone")->setFocus();
    h.typeSlowly(QStringLiteral("12"));
    press(Qt::Key_Tab);
    verifyWindow(h, "the change of information with two problems");
    h.find<QLineEdit>("newPostcode")->clear();
    h.find<QLineEdit>("newPhone")->clear();
    press(Qt::Key_F12);
    load(forms[0], forms[2].person.idNo);
    verifyWindow(h, "an ID mismatch");
    press(Qt::Key_F12);
    load(forms[1], forms[1].person.idNo);
    press(Qt::Key_F5);
    verifyWindow(h, "a death-notice match");
    QTest::keyClick(h.window.get(), Qt::Key_F9);
    QVERIFY(h.find<QWidget>("overrideDialog")->isVisible());
    verifyWindow(h, "the supervisor override open (F9)");
    // A refused override: its words take the title's place, the panel keeps its height.
    h.find<QLineEdit>("overrideUser")->setText(QStringLiteral("super"));
    h.find<QLineEdit>("overridePassword")->setText(QStringLiteral("not-the-password"));
    h.find<QLineEdit>("overrideReason")->setText(QStringLiteral("本人到场，经主管核实"));
    h.find<QPushButton>("overrideConfirm")->click();
    QTRY_VERIFY(h.find<QLabel>("overrideError")->isVisible());
    verifyWindow(h, "the supervisor override refused");
    press(Qt::Key_F12);
    type("formInput", QStringLiteral("YD99999999"));
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(h.find<QWidget>("paperRegister")->isVisible());
    verifyWindow(h, "registering a paper form (Ctrl+R)");
}

void TestUiFit::otherPagesFit()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
    center.addUser(QStringLiteral("super"), Role::Supervisor, QStringLiteral("王主管"));
    const QList<Form> forms = center.seedForms(2);
    {
        auto session = center.open(QStringLiteral("clerk"));
        QVERIFY(session);
        CertifyRequest r{forms[0].formNo, forms[0].checkCode, forms[0].person.idNo};
        QVERIFY(CertificationService(*session).certify(r).ok());
    }
    for (const QString &user : {QStringLiteral("clerk"), QStringLiteral("super")}) {
        UiHarness h(center);
        QVERIFY(h.signIn(user));
        auto *tabs = h.find<QTabWidget>("workspaceTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            const QByteArray what = (user + QLatin1Char(' ') + tabs->tabText(i)).toUtf8();
            verifyWindow(h, what.constData());
        }
    }
}

void TestUiFit::clerkDialogsFit()
{
    TestCenter center;
    center.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
    center.addUser(QStringLiteral("super"), Role::Supervisor, QStringLiteral("王主管"));
    UiHarness h(center);
    QVERIFY(h.signIn(QStringLiteral("clerk")));
    {
        ChangePasswordDialog dialog(h.context, *h.window->session(), false, h.window.get());
        dialog.show();
        VERIFY_FITS(&dialog, "change my password");
    }
    {
        AboutDialog dialog(h.window.get());
        dialog.show();
        VERIFY_FITS(&dialog, "about");
    }
    UiHarness s(center);
    QVERIFY(s.signIn(QStringLiteral("super")));
    for (ImportKind kind : {ImportKind::Forms, ImportKind::Deaths}) {
        ImportDialog dialog(s.context, *s.window->session(), kind, s.window.get());
        dialog.show();
        VERIFY_FITS(&dialog, "import");
    }
    PaperReviewDialog review(*s.window->session(), s.window.get());
    review.show();
    VERIFY_FITS(&review, "paper registrations to review");
}

void TestUiFit::settingsFits()
{
    TestCenter center;
    QVERIFY(visitSettingsTabs(center, [](QDialog &dialog, QTabWidget &tabs, int i) {
        const QByteArray what = (QStringLiteral("settings ") + tabs.tabText(i)).toUtf8();
        VERIFY_FITS(&dialog, what.constData());
    }));
}

QTEST_MAIN(TestUiFit)
#include "tst_ui_fit.moc"
