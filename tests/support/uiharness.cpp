#include "uiharness.h"

#include "fakecounty.h"
#include "testpki.h"

#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "sync/synccontroller.h"
#include "sync/syncsettings.h"
#include "theme/theme.h"
#include "translator.h"

#include <QApplication>
#include <QFontInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

namespace certdesk::test {

bool ScriptedPrompter::confirm(QWidget *, const QString &title, const QString &text)
{
    shown << title + QStringLiteral(": ") + text;
    return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
}

void ScriptedPrompter::inform(QWidget *, const QString &title, const QString &text)
{
    shown << title + QStringLiteral(": ") + text;
}

void ScriptedPrompter::warn(QWidget *, const QString &title, const QString &text)
{
    shown << title + QStringLiteral(": ") + text;
}

QString ScriptedPrompter::openFile(QWidget *, const QString &title, const QString &)
{
    shown << title;
    return files.isEmpty() ? QString() : files.takeFirst();
}

QString ScriptedPrompter::saveFile(QWidget *, const QString &title, const QString &, const QString &)
{
    shown << title;
    return files.isEmpty() ? QString() : files.takeFirst();
}

QString ScriptedPrompter::chooseFolder(QWidget *, const QString &title)
{
    shown << title;
    return files.isEmpty() ? QString() : files.takeFirst();
}

UiHarness::UiHarness(TestCenter &c)
    : center(c), settings(settingsDir.filePath(QStringLiteral("workstation.ini"))),
      context{c.dbPath, c.clock, prompter, settings, [this] { return nowMs; }, TestCenter::kIterations}
{
    // The program's look: sizes and layouts under test are the ones the clerk sees.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        theme::install(*app);
    // Screenshots for the Chinese guides (docs/zh_CN/): CERTDESK_SHOTS_LANG=zh_CN renders the screens in Chinese.
    static const bool chinese = qEnvironmentVariable("CERTDESK_SHOTS_LANG") == QLatin1String("zh_CN") &&
                                !installTranslations(QLocale(QLocale::Chinese, QLocale::China)).isEmpty();
    Q_UNUSED(chinese);
    window = std::make_unique<MainWindow>(context);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("UiHarness: window not exposed");
}

UiHarness::~UiHarness() = default;

bool UiHarness::signIn(const QString &user, const QString &password)
{
    auto *account = find<QLineEdit>("unlockAccount");
    auto *pass = find<QLineEdit>("unlockPassword");
    if (!account || !pass)
        return false;
    QApplication::setActiveWindow(window.get()); // offscreen: lost after a lock
    account->setText(user);
    pass->setText(password.isEmpty() ? TestCenter::passwordOf(user) : password);
    pass->setFocus();
    QTest::keyClick(pass, Qt::Key_Return);
    return QTest::qWaitFor([this] { return window->session() != nullptr; }, 10000);
}

void UiHarness::scanBurst(const QString &text, int gapMs)
{
    nowMs += 500; // a scan follows a pause: nobody types in the moment the scanner is aimed
    for (const QChar ch : text) {
        nowMs += gapMs;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, ch.toLatin1());
    }
    nowMs += gapMs;
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(target, Qt::Key_Return);
}

void UiHarness::typeSlowly(const QString &text, QWidget *target)
{
    for (const QChar ch : text) {
        nowMs += 250;
        QWidget *w = target ? target : (QApplication::focusWidget() ? QApplication::focusWidget() : window.get());
        QTest::keyClick(w, ch.toLatin1());
    }
}

void UiHarness::typeChinese(QWidget *target, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

bool useChineseCounterLook()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    if (installTranslations(QLocale(QLocale::Chinese, QLocale::China)) != QLatin1String("zh_CN")) {
        qWarning("the zh_CN catalogue did not load");
        return false;
    }
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(12);
    if (!QFontInfo(font).family().startsWith(QLatin1String("Noto Sans CJK"))) {
        qWarning("Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)");
        return false;
    }
    QApplication::setFont(font);
    return true;
}

bool visitSettingsTabs(TestCenter &center,
                       const std::function<void(QDialog &dialog, QTabWidget &tabs, int index)> &visit)
{
    UiHarness h(center);
    if (!h.signIn(QStringLiteral("admin")))
        return false;
    SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    if (!tabs)
        return false;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents(); // pending layout requests, as the event loop would run them
        visit(dialog, *tabs, i);
    }
    return true;
}

bool configureTestSync(TestCenter &center, TestPki &pki)
{
    auto admin = center.open(QStringLiteral("admin"));
    if (!admin)
        return false;
    const QString password = QStringLiteral("bundle-secret");
    const Status s = SyncSettings(*admin).configure(QStringLiteral("https://127.0.0.1:1"),
                                                    pki.centerP12(QStringLiteral("T001"), password), password);
    if (!s)
        qWarning("configureTestSync: %s", qPrintable(s.error().message));
    return s.ok();
}

void useFakeCounty(UiHarness &ui, FakeCounty &county, const SyncTiming &timing)
{
    SyncController *sync = ui.window->syncController();
    sync->setTransportFactory([&county](const SyncCredentials &) { return county.transport(); });
    sync->setTiming(timing);
}

} // namespace certdesk::test
