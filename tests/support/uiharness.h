#pragma once

#include "core/workstationsettings.h"
#include "fixture.h"
#include "prompter.h"
#include "uicontext.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QDialog;
class QTabWidget;
class QWidget;

namespace certdesk {
class MainWindow;
struct SyncTiming;
} // namespace certdesk

namespace certdesk::test {

class FakeCounty;
class TestPki;

// Answers every dialog from a script and records what was shown, so a test never blocks on a modal box.
class ScriptedPrompter final : public Prompter
{
public:
    QList<bool> confirmAnswers; // consumed in order; an empty script answers "no"
    QStringList files;          // consumed by openFile/saveFile; empty → cancelled
    QStringList shown;          // every title + text shown, in order

    bool confirm(QWidget *, const QString &title, const QString &text) override;
    void inform(QWidget *, const QString &title, const QString &text) override;
    void warn(QWidget *, const QString &title, const QString &text) override;
    QString openFile(QWidget *, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *, const QString &title, const QString &suggestedName, const QString &filter) override;
    QString chooseFolder(QWidget *, const QString &title) override; // consumes `files` too
};

// The real main window over a TestCenter, with a scripted prompter and a scripted millisecond clock
// for scanner timing. Find widgets with findChild<T *>("objectName").
class UiHarness
{
public:
    explicit UiHarness(TestCenter &center);
    ~UiHarness();

    // Types account and password into the unlock page and presses Enter; waits for the workspace.
    bool signIn(const QString &user, const QString &password = QString());
    // A keyboard-wedge scanner: each key `gapMs` after the previous one, then Enter, sent to the focus widget.
    void scanBurst(const QString &text, int gapMs = 5);
    // A human typing (gaps far above the scanner threshold) into `target` (default: the focus widget).
    void typeSlowly(const QString &text, QWidget *target = nullptr);
    // Chinese text through the input method (QTest::keyClicks is Latin-1 only).
    static void typeChinese(QWidget *target, const QString &text);

    template<class T> T *find(const char *name) const;

    TestCenter &center;
    ScriptedPrompter prompter;
    QTemporaryDir settingsDir;
    WorkstationSettings settings; // a file of its own in settingsDir: tests never read or change the PC's
    qint64 nowMs = 1000;
    UiContext context;
    std::unique_ptr<MainWindow> window;
};

// zh_CN as a Debian counter PC shows it: the catalogue installed and Noto Sans CJK at the program's 12 pt
// (app/gui/main.cpp). False, with the reason logged, when either is missing.
bool useChineseCounterLook();

// Signs in as the fixture's admin, opens Settings and calls `visit` with each tab current in turn, its pending
// layout run. False when sign-in or the dialog fails.
bool visitSettingsTabs(TestCenter &center,
                       const std::function<void(QDialog &dialog, QTabWidget &tabs, int index)> &visit);

// The center's county link for a window test: a bundle of `pki` for the fixture's center, the county at an address
// nothing listens on. Call it before building the UiHarness: the window reads the link then. False, with the reason
// logged, on failure.
bool configureTestSync(TestCenter &center, TestPki &pki);

// The window's sync worker talks to `county` (which must outlive the window) instead of the network, at `timing`.
void useFakeCounty(UiHarness &ui, FakeCounty &county, const SyncTiming &timing);

} // namespace certdesk::test

#include "shell/mainwindow.h"

template<class T> T *certdesk::test::UiHarness::find(const char *name) const
{
    return window->findChild<T *>(QString::fromLatin1(name));
}
