// Chinese first, checked on the screen: under zh_CN every screen is walked widget by widget (labels, buttons,
// tooltips, placeholders, headers, cells, menus, tabs, status lines) and any English word the translation did not
// reach fails the test. It catches what the .ts completeness check cannot: a string looked up at run time under
// another context than lupdate filed it, or text that never went through tr().
#include "core/workstationsettings.h"
#include "firstrun/firstrunwizard.h"
#include "importer/importdialog.h"
#include "services/certification.h"
#include "settings/settingsdialog.h"
#include "translator.h"
#include "uiharness.h"
#include "zhcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

using namespace certdesk;
using namespace certdesk::test;

namespace {

// User data of the fixture that may show as it is: account names, the center code.
const QSet<QString> kFixtureWords{QStringLiteral("admin"), QStringLiteral("clerk")};

QString where(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

void menuTexts(const QMenu *menu, QStringList &out)
{
    out << menu->title();
    for (const QAction *a : menu->actions()) {
        out << a->text() << a->toolTip();
        if (a->menu())
            menuTexts(a->menu(), out);
    }
}

// What `w` itself shows: its text, placeholder, tooltip, title, items, headers and cells.
QStringList shown(QWidget *w)
{
    QStringList out{w->toolTip()};
    if (w->isWindow())
        out << w->windowTitle();
    if (auto *l = qobject_cast<QLabel *>(w))
        out << l->text();
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        out << b->text();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        out << e->placeholderText() << (e->isReadOnly() ? e->text() : QString());
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        out << e->placeholderText() << (e->isReadOnly() ? e->toPlainText() : QString());
    if (auto *e = qobject_cast<QTextEdit *>(w))
        out << e->placeholderText() << (e->isReadOnly() ? e->toPlainText() : QString());
    if (auto *g = qobject_cast<QGroupBox *>(w))
        out << g->title();
    if (auto *c = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < c->count(); ++i)
            out << c->itemText(i);
    if (auto *t = qobject_cast<QTabWidget *>(w))
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i) << t->tabToolTip(i);
    if (auto *p = qobject_cast<QWizardPage *>(w))
        out << p->title() << p->subTitle();
    if (auto *s = qobject_cast<QStatusBar *>(w))
        out << s->currentMessage();
    if (auto *m = qobject_cast<QMenuBar *>(w))
        for (const QAction *a : m->actions())
            if (a->menu())
                menuTexts(a->menu(), out);
    if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
        const QAbstractItemModel *model = v->model();
        for (int c = 0; c < model->columnCount(); ++c)
            out << model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                out << model->index(r, c).data().toString() << model->index(r, c).data(Qt::ToolTipRole).toString();
    }
    return out;
}

// Every visible widget of `root` (and `root`): "path: text [english words]" for each text with English in it.
QStringList englishOnScreen(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        for (const QString &text : shown(w)) {
            const QStringList english = englishWords(text, kFixtureWords);
            if (!english.isEmpty())
                problems << where(w) + QStringLiteral(": \"") + text.left(120) + QStringLiteral("\" [") +
                                english.join(QLatin1Char(' ')) + QLatin1Char(']');
        }
    }
    problems.removeDuplicates();
    return problems;
}

#define VERIFY_CHINESE(widget, screen)                                                                                 \
    do {                                                                                                               \
        const QStringList problems = englishOnScreen(widget);                                                          \
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral(screen ": untranslated English:\n  ") +                 \
                                                problems.join(QStringLiteral("\n  "))));                               \
    } while (false)

} // namespace

class TestUiZhCn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // dates and Qt's own texts as at a counter
        QCOMPARE(installTranslations(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    }

    void unlockScreen()
    {
        TestCenter center;
        UiHarness h(center);
        VERIFY_CHINESE(h.window.get(), "unlock");
        QCOMPARE(h.find<QLabel>("statusSync")->text(), QStringLiteral("已锁定：不同步")); // a locked desk does not sync
        // A refusal in words: the wrong password.
        QVERIFY(!h.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password")));
        VERIFY_CHINESE(h.window.get(), "unlock refused");
    }

    void workspaceTabs()
    {
        TestCenter center;
        center.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        const QList<Form> forms = center.seedForms(3);
        {
            // One certification of the day, so the today list has a row to show.
            auto session = center.open(QStringLiteral("clerk"));
            QVERIFY(session);
            CertifyRequest r{forms[0].formNo, forms[0].checkCode, forms[0].person.idNo};
            QVERIFY(CertificationService(*session).certify(r).ok());
        }
        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("admin")));
        auto *tabs = h.find<QTabWidget>("workspaceTabs");
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            const QString screen = QStringLiteral("tab %1").arg(i);
            const QStringList problems = englishOnScreen(h.window.get());
            QVERIFY2(problems.isEmpty(), qPrintable(screen + QStringLiteral(": untranslated English:\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
        }
    }

    void counterStates()
    {
        TestCenter center;
        center.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("李经办"));
        const QList<Form> forms = center.seedForms(2);
        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("clerk")));
        // A form looked up: the person, the due date, the actions.
        auto *form = h.find<QLineEdit>("formInput");
        QVERIFY(form);
        form->setFocus();
        h.typeSlowly(forms[0].formNo);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        h.typeSlowly(forms[0].checkCode);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        VERIFY_CHINESE(h.window.get(), "counter with a form");
        // The ID presented does not match: a refusal in words.
        h.typeSlowly(QStringLiteral("11010519491231002X"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        VERIFY_CHINESE(h.window.get(), "counter refusal");
        // A malformed ID while typing and after Enter.
        h.typeSlowly(QStringLiteral("1101"));
        VERIFY_CHINESE(h.window.get(), "counter typing an ID");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        VERIFY_CHINESE(h.window.get(), "counter bad ID");
    }

    void settingsDialog()
    {
        TestCenter center;
        QVERIFY(visitSettingsTabs(center, [](QDialog &dialog, QTabWidget &, int i) {
            const QStringList problems = englishOnScreen(&dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("settings tab %1: untranslated English:\n  ").arg(i) +
                                problems.join(QStringLiteral("\n  "))));
        }));
    }

    void importDialogs()
    {
        TestCenter center;
        UiHarness h(center);
        QVERIFY(h.signIn(QStringLiteral("admin")));
        for (ImportKind kind : {ImportKind::Forms, ImportKind::Deaths}) {
            ImportDialog dialog(h.context, *h.window->session(), kind, h.window.get());
            dialog.show();
            VERIFY_CHINESE(&dialog, "import dialog");
        }
    }

    void firstRunWizard()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 5, 10), QTime(10, 0)));
        ScriptedPrompter prompter;
        WorkstationSettings settings(dir.filePath(QStringLiteral("workstation.ini")));
        UiContext context{dir.filePath(QStringLiteral("new.db")),
                          clock,
                          prompter,
                          settings,
                          [] { return qint64(0); },
                          TestCenter::kIterations};
        FirstRunWizard wizard(context);
        wizard.show();
        const QList<int> ids = wizard.pageIds();
        QVERIFY(!ids.isEmpty());
        for (int id : ids) {
            wizard.setStartId(id);
            wizard.restart();
            QApplication::processEvents();
            const QStringList problems = englishOnScreen(&wizard);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("first-run page %1: untranslated English:\n  ").arg(id) +
                                problems.join(QStringLiteral("\n  "))));
        }
    }
};

QTEST_MAIN(TestUiZhCn)
#include "tst_ui_zhcn.moc"
