// The keyboard-wedge scanner detector on its own: bursts become payloads and stay out of the focused
// widget; everything else a person types arrives, in order, where it was aimed.

#include "counter/scannerdetector.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace certdesk;

namespace {

// Two fields in a window and a detector on the application, timed by a scripted clock.
struct Desk
{
    Desk() : detector([this] { return nowMs; })
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

    // One key `gapMs` after the previous one, to the focus widget.
    void key(char ch, int gapMs)
    {
        nowMs += gapMs;
        QTest::keyClick(QApplication::focusWidget(), ch);
    }
    void key(Qt::Key k, int gapMs, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        nowMs += gapMs;
        QTest::keyClick(QApplication::focusWidget(), k, mods);
    }
    void keys(const char *text, int gapMs)
    {
        for (const char *c = text; *c; ++c)
            key(*c, gapMs);
    }

    qint64 nowMs = 1000;
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
        QTest::keyPress(QApplication::focusWidget(), Qt::Key_Shift);
        d.key(c, 2);
        QTest::keyRelease(QApplication::focusWidget(), Qt::Key_Shift);
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

QTEST_MAIN(TestUiScanner)
#include "tst_ui_scanner.moc"
