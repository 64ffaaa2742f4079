#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QKeyEvent;
class QWidget;

namespace certdesk {

// A USB keyboard-wedge scanner types a whole payload in a burst (keys < ~30 ms apart) ending in Enter.
// Installed on the application, it recognises such bursts wherever the focus is, keeps them out of the
// focused widget and emits the payload; slower (human) typing reaches the widgets unchanged.
//
// Time is the window system's: each key is timed by QInputEvent::timestamp(), when the key was pressed, never by
// when the GUI thread got round to it, so a stall (painting, a slow query, a busy PC) that delivers a person's
// keys late and bunched does not make them a burst. Keys without a timestamp (synthesised) fall back to the
// injected clock.
//
// How: a run starts only at a printable key that follows a quiet gap (kQuietGapMs without any key), so a scan is
// never started in the middle of typing. The first key of a run is delivered at once (nobody can tell yet that a
// burst starts); every following key within kMaxGapMs of the previous one is held back. Enter (or the configured
// suffix) after at least kMinLength characters ends a scan: the held keys are dropped, the first key's effect on a
// line edit is undone, and scanned() is emitted. Anything else (a gap, a short run, another key, a click) turns the
// run into typing: the held keys are replayed, in order, to the widgets that should have had them.
//
// Framing (docs/devices.md): with a prefix character configured, timing no longer decides: a code is exactly
// what comes between the prefix and the suffix (or Enter), whatever the speed, and nothing else is ever held.
class ScannerDetector : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxGapMs = 30;
    static constexpr qint64 kQuietGapMs = 120;
    static constexpr int kMinLength = 6;
    // A hold nothing has ended yet is released after this long (wall time). It only rescues keys: a real
    // scanner never pauses this long inside a burst, and every decision uses the keys' own times.
    static constexpr int kStaleHoldMs = 150;
    // A framed code not finished within this long (wall time) was typing after all: it is replayed.
    static constexpr int kFramedHoldMs = 1000;

    explicit ScannerDetector(std::function<qint64()> msecs, QObject *parent = nullptr);
    // Disabled, every key passes through; keys held at that moment are delivered first.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // One character each, or empty. A prefix switches to framed codes (above).
    void setFraming(const QString &prefix, const QString &suffix);
    QString prefix() const { return m_prefix; }
    QString suffix() const { return m_suffix; }

Q_SIGNALS:
    void scanned(const QString &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QWidget> target;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool onKeyPress(QWidget *target, QKeyEvent *event);
    bool onFramedKey(QWidget *target, QKeyEvent *event, qint64 now);
    void hold(QWidget *target, QKeyEvent *event);
    void emitScan(); // the run is a code: reset, then scanned()
    // The key's time in ms and whether it came from the event (else the injected clock).
    qint64 keyTime(const QKeyEvent *event, bool *fromEvent) const;
    void startRun(QWidget *target, QChar ch);
    void replayHeld();
    void undoFirstKey();
    void reset();

    std::function<qint64()> m_msecs;
    bool m_enabled = true;
    bool m_replaying = false;
    QString m_prefix;
    QString m_suffix;
    bool m_framed = false;        // inside a prefixed code
    bool m_haveLast = false;      // a key was seen (m_lastKeyMs is meaningful)
    bool m_lastFromEvent = false; // m_lastKeyMs is an event timestamp (else the clock): the two do not compare
    qint64 m_lastKeyMs = 0;       // the last non-modifier key, of a run or not
    qint64 m_scanEndMs = -1;      // a suffix ended a scan here: an Enter right after it belongs to the scanner
    QString m_run;                // the characters of the current run, the delivered first one included
    QList<HeldKey> m_held;
    // The first key of a run went through; if the run becomes a scan, a line edit gets this text back.
    QPointer<QWidget> m_firstTarget;
    QString m_firstTextBefore;
    int m_firstCursorBefore = 0;
    bool m_firstIsLineEdit = false;
    QTimer m_staleTimer;
};

} // namespace certdesk
