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
// How: the first key of a run is delivered at once (nobody can tell yet that a burst starts); every
// following key that comes within kMaxGapMs of the previous one is held back. Enter after at least
// kMinLength characters ends a scan: the held keys are dropped, the first key's effect on a line edit
// is undone, and scanned() is emitted. Anything else (a gap, a short run, another key, a click) turns
// the run into typing: the held keys are replayed, in order, to the widgets that should have had them.
class ScannerDetector : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxGapMs = 30;
    static constexpr int kMinLength = 6;
    // A hold nothing has ended yet is released after this long (wall time). It only rescues keys: a real
    // scanner never pauses this long inside a burst, and every decision uses the injected clock.
    static constexpr int kStaleHoldMs = 150;

    explicit ScannerDetector(std::function<qint64()> msecs, QObject *parent = nullptr);
    // Disabled, every key passes through; keys held at that moment are delivered first.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

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
    void startRun(QWidget *target, QChar ch, qint64 now);
    void replayHeld();
    void undoFirstKey();
    void reset();

    std::function<qint64()> m_msecs;
    bool m_enabled = true;
    bool m_replaying = false;
    qint64 m_lastMs = 0;
    QString m_run; // the characters of the current run, the delivered first one included
    QList<HeldKey> m_held;
    // The first key of a run went through; if the run becomes a scan, a line edit gets this text back.
    QPointer<QWidget> m_firstTarget;
    QString m_firstTextBefore;
    int m_firstCursorBefore = 0;
    bool m_firstIsLineEdit = false;
    QTimer m_staleTimer;
};

} // namespace certdesk
