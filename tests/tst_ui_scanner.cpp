// The keyboard-wedge scanner detector on its own: bursts become payloads and stay out of the focused
// widget; everything else a person types arrives, in order, where it was aimed. Keys carry the window system's
// timestamps (QInputEvent::timestamp()), as on a real display; a GUI stall delivers them late but keeps their times.

#include "counter/scannerdetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace certdesk;

namespace {

// Two fields in a window and a detector on the application. `nowMs` is the time the keys are pressed (their
// timestamp); `clockMs` the detector's fallback clock, which only synthesised keys without a timestamp use.
struct Desk
{
    Desk() : detector([this] { return clockMs; })
    {
        auto *layout = new QVBoxLayout(&window);
        first = new QLineEdit(&window);
        second = new QLineEdit(&window);
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("window not exposed");
        first->setFocus();
        qApp->installEventFilter(&detector);
    }
    ~Desk() { qApp->removeEventFilter(&detector); }

    // A key press and release stamped `at`, delivered now to the focus widget (through the application's filters).
    static void send(int key, const QString &text, qint64 at, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QKeyEvent press(QEvent::KeyPress, key, mods, text);
        press.setTimestamp(quint64(at));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, key, mods, text);
        release.setTimestamp(quint64(at));
        QApplication::sendEvent(QApplication::focusWidget(), &release);
    }
    static int keyOf(char ch) { return QChar::fromLatin1(ch).toUpper().unicode(); } // Qt::Key of printable ASCII
    // One key `gapMs` after the previous one, to the focus widget, delivered at once.
    void key(char ch, int gapMs)
    {
        nowMs += gapMs;
        clockMs = nowMs;
        send(keyOf(ch), QString(QChar::fromLatin1(ch)), nowMs);
    }
    void key(Qt::Key k, int gapMs, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        nowMs += gapMs;
        clockMs = nowMs;
        const QString text = k == Qt::Key_Return ? QStringLiteral("\r")
                             : k == Qt::Key_Tab  ? QStringLiteral("\t")
                                                 : QString();
        send(k, text, nowMs, mods);
    }
    void keys(const char *text, int gapMs)
    {
        for (const char *c = text; *c; ++c)
            key(*c, gapMs);
    }

    qint64 nowMs = 1000;
    qint64 clockMs = 1000;
    QWidget window;
    QLineEdit *first;
    QLineEdit *second;
    ScannerDetector detector;
};

} // namespace

class TestUiScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstBecomesAPayloadAndStaysOutOfTheField();
    void humanTypingPassesThrough();
    void shortRunEndingInEnterIsTyping();
    void gapTurnsTheRunIntoTyping();
    void otherKeyReplaysHeldKeysFirst();
    void clickReplaysHeldKeysToTheirOwnWidget();
    void staleHoldIsReleased();
    void shiftInsideABurstDoesNotBreakIt();
    void controlKeysAreNotPartOfABurst();
    void disabledPassesEverything();
    void disablingDeliversHeldKeys();
    void guiStallDoesNotMakeTypingAScan();
    void withoutTimestampsAStallLooksLikeABurst();
    void noScanStartsInTheMiddleOfTyping();
    void prefixFramesACodeWhateverItsSpeed();
    void prefixModeNeverHoldsTyping();
    void prefixTypedByHandIsReplayed();
    void suffixEndsACodeAndItsEnterIsSwallowed();
};

void TestUiScanner::burstBecomesAPayloadAndStaysOutOfTheField()
{
    Desk d;
    d.first->setText(QStringLiteral("abc"));
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.key('Y', 500); // long after anything else: nobody can know yet that a burst starts
    QCOMPARE(d.first->text(), QStringLiteral("abcY"));
    d.keys("D2026000001", 5);
    QCOMPARE(d.first->text(), QStringLiteral("abcY")); // the rest is held
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.first().first().toString(), QStringLiteral("YD2026000001"));
    QCOMPARE(d.first->text(), QStringLiteral("abc")); // the first key's letter was taken back
    QCOMPARE(returned.count(), 0);                    // the scanner's Enter did not reach the field
}

void TestUiScanner::humanTypingPassesThrough()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.keys("YD2026000001", 120);
    QCOMPARE(d.first->text(), QStringLiteral("YD2026000001"));
    d.key(Qt::Key_Return, 120);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(returned.count(), 1);
}

void TestUiScanner::shortRunEndingInEnterIsTyping()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.keys("12345", 5); // fast, but shorter than a payload
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(d.first->text(), QStringLiteral("12345"));
    QCOMPARE(returned.count(), 1);
}

void TestUiScanner::gapTurnsTheRunIntoTyping()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    d.keys("ABCD", 5);
    d.keys("EFGH", ScannerDetector::kMaxGapMs + 1); // each key alone again
    QCOMPARE(d.first->text(), QStringLiteral("ABCDEFGH"));
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
}

void TestUiScanner::otherKeyReplaysHeldKeysFirst()
{
    Desk d;
    d.keys("ABC", 5);
    d.key(Qt::Key_Backspace, 5);
    QCOMPARE(d.first->text(), QStringLiteral("AB"));
    d.keys("XYZ", 5);
    d.key(Qt::Key_Tab, 5); // focus moves on, but the held keys land where they were typed
    QCOMPARE(d.first->text(), QStringLiteral("ABXYZ"));
    QCOMPARE(QApplication::focusWidget(), d.second);
}

void TestUiScanner::clickReplaysHeldKeysToTheirOwnWidget()
{
    Desk d;
    d.keys("ABC", 5);
    QTest::mouseClick(d.second, Qt::LeftButton);
    QCOMPARE(d.first->text(), QStringLiteral("ABC"));
    QCOMPARE(d.second->text(), QString());
}

void TestUiScanner::staleHoldIsReleased()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QTest::keyClicks(d.first, QStringLiteral("fast typist")); // no clock advance at all, no Enter
    QTRY_COMPARE(d.first->text(), QStringLiteral("fast typist"));
    QCOMPARE(scanned.count(), 0);
}

void TestUiScanner::shiftInsideABurstDoesNotBreakIt()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    d.key('a', 500);
    for (const char c : QByteArray("bcdef")) {
        d.nowMs += 2;
        QKeyEvent shift(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier);
        shift.setTimestamp(quint64(d.nowMs));
        QApplication::sendEvent(QApplication::focusWidget(), &shift);
        d.key(c, 2);
    }
    d.key(Qt::Key_Enter, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.first().first().toString(), QStringLiteral("abcdef"));
    QCOMPARE(d.first->text(), QString());
}

void TestUiScanner::controlKeysAreNotPartOfABurst()
{
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    d.first->setText(QStringLiteral("xyz"));
    d.keys("ABC", 5);
    d.key(Qt::Key_A, 5, Qt::ControlModifier); // select all: ends the run
    d.keys("DEF", 5);
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(d.first->text(), QStringLiteral("DEF"));
}

void TestUiScanner::disabledPassesEverything()
{
    Desk d;
    d.detector.setEnabled(false);
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.keys("YD2026000001", 5);
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(d.first->text(), QStringLiteral("YD2026000001"));
    QCOMPARE(returned.count(), 1);
}

void TestUiScanner::disablingDeliversHeldKeys()
{
    Desk d;
    d.keys("ABCDEFG", 5);
    QCOMPARE(d.first->text(), QStringLiteral("A"));
    d.detector.setEnabled(false);
    QCOMPARE(d.first->text(), QStringLiteral("ABCDEFG"));
}

void TestUiScanner::guiStallDoesNotMakeTypingAScan()
{
    // An ID number typed by hand at 40 ms a key. After the sixth key the GUI thread stalls for 600 ms (a panel
    // painting, a slow query): the other twelve keys and Enter wait in the queue and are then delivered at once,
    // each with the time it was really pressed.
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    const QByteArray id("440106195111100003");
    qint64 pressed = 5000;
    for (int i = 0; i < 6; ++i) {
        pressed += 40;
        d.clockMs = pressed;
        Desk::send(Desk::keyOf(id[i]), QString(QChar::fromLatin1(id[i])), pressed);
    }
    d.clockMs = pressed + 600; // the stall: everything below is processed at this moment
    for (int i = 6; i < id.size(); ++i) {
        pressed += 40;
        Desk::send(Desk::keyOf(id[i]), QString(QChar::fromLatin1(id[i])), pressed);
    }
    Desk::send(Qt::Key_Return, QStringLiteral("\r"), pressed + 40);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(d.first->text(), QString::fromLatin1(id)); // every character kept, in order
    QCOMPARE(returned.count(), 1);
}

void TestUiScanner::withoutTimestampsAStallLooksLikeABurst()
{
    // Why the timestamps matter: the same stall with keys that carry none (timed by the clock when processed)
    // bunches the last twelve keys into what is indistinguishable from a scan.
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    const QByteArray id("440106195111100003");
    for (int i = 0; i < 6; ++i) {
        d.clockMs += 40;
        Desk::send(Desk::keyOf(id[i]), QString(QChar::fromLatin1(id[i])), 0);
    }
    d.clockMs += 600;
    for (int i = 6; i < id.size(); ++i)
        Desk::send(Desk::keyOf(id[i]), QString(QChar::fromLatin1(id[i])), 0);
    Desk::send(Qt::Key_Return, QStringLiteral("\r"), 0);
    QCOMPARE(scanned.count(), 1);
}

void TestUiScanner::noScanStartsInTheMiddleOfTyping()
{
    // A fast stretch right after typing (keyboard rollover, a key held) is not a burst: none follows a quiet gap.
    Desk d;
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.keys("440106", 80);
    d.keys("195111100003", 5);
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(d.first->text(), QStringLiteral("440106195111100003"));
    QCOMPARE(returned.count(), 1);
    // After a pause the same burst is a scan.
    d.first->clear();
    d.key('Y', ScannerDetector::kQuietGapMs);
    d.keys("D2026000001", 5);
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(d.first->text(), QString());
}

void TestUiScanner::prefixFramesACodeWhateverItsSpeed()
{
    Desk d;
    d.detector.setFraming(QStringLiteral("\x02"), QString()); // STX, sent as Ctrl+B
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.first->setText(QStringLiteral("abc"));
    d.nowMs += 300;
    Desk::send(Qt::Key_B, QStringLiteral("\x02"), d.nowMs, Qt::ControlModifier);
    d.keys("YD2026000001", 60); // a slow scanner: far above the burst threshold
    QCOMPARE(d.first->text(), QStringLiteral("abc"));
    d.key(Qt::Key_Return, 60);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.first().first().toString(), QStringLiteral("YD2026000001"));
    QCOMPARE(d.first->text(), QStringLiteral("abc"));
    QCOMPARE(returned.count(), 0);
}

void TestUiScanner::prefixModeNeverHoldsTyping()
{
    Desk d;
    d.detector.setFraming(QStringLiteral("\x02"), QString());
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    d.key('Y', 500);
    d.keys("D2026000001", 5); // as fast as a scanner, but without the prefix: typing
    QCOMPARE(d.first->text(), QStringLiteral("YD2026000001"));
    d.key(Qt::Key_Return, 5);
    QCOMPARE(scanned.count(), 0);
}

void TestUiScanner::prefixTypedByHandIsReplayed()
{
    Desk d;
    d.detector.setFraming(QStringLiteral("~"), QString());
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    d.keys("a~b", 200);
    QCOMPARE(d.first->text(), QStringLiteral("a")); // "~b" may still become a code
    d.key(Qt::Key_Tab, 200);                        // it did not: both reach the field before the Tab moves on
    QCOMPARE(d.first->text(), QStringLiteral("a~b"));
    QCOMPARE(QApplication::focusWidget(), d.second);
    d.keys("~x", 200);
    QTRY_COMPARE(d.second->text(), QStringLiteral("~x")); // nothing ends it: released after kFramedHoldMs
    QCOMPARE(scanned.count(), 0);
}

void TestUiScanner::suffixEndsACodeAndItsEnterIsSwallowed()
{
    Desk d;
    d.detector.setFraming(QString(), QStringLiteral("\t"));
    QSignalSpy scanned(&d.detector, &ScannerDetector::scanned);
    QSignalSpy returned(d.first, &QLineEdit::returnPressed);
    d.key('Y', 500);
    d.keys("D2026000001", 5);
    d.key(Qt::Key_Tab, 5);    // the suffix
    d.key(Qt::Key_Return, 5); // the scanner's Enter after it
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.first().first().toString(), QStringLiteral("YD2026000001"));
    QCOMPARE(returned.count(), 0);
    QCOMPARE(QApplication::focusWidget(), d.first); // the Tab did not move the focus
    QCOMPARE(d.first->text(), QString());
}

QTEST_MAIN(TestUiScanner)
#include "tst_ui_scanner.moc"
