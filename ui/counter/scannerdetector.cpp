#include "scannerdetector.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

#include <limits>

namespace certdesk {

namespace {

bool isPrintableLatin1(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff);
}

bool isModifierKey(int key)
{
    // Scanners press Shift around capitals; a modifier alone neither extends nor ends a run.
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

QLineEdit *editOf(QWidget *w)
{
    if (auto *le = qobject_cast<QLineEdit *>(w))
        return le;
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->lineEdit();
    return nullptr;
}

} // namespace

ScannerDetector::ScannerDetector(std::function<qint64()> msecs, QObject *parent)
    : QObject(parent), m_msecs(std::move(msecs))
{
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] {
        replayHeld();
        reset();
    });
}

void ScannerDetector::setEnabled(bool enabled)
{
    if (!enabled) {
        replayHeld();
        reset();
    }
    m_enabled = enabled;
}

void ScannerDetector::setFraming(const QString &prefix, const QString &suffix)
{
    replayHeld();
    reset();
    m_prefix = prefix.left(1);
    m_suffix = suffix.left(1);
}

bool ScannerDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || m_replaying || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::KeyPress: {
        // A key the focus widget ignored travels up to its parents: look at it once, where it was aimed.
        QWidget *focus = QApplication::focusWidget();
        if (focus ? widget != focus : !widget->isWindow())
            break;
        return onKeyPress(widget, static_cast<QKeyEvent *>(event));
    }
    case QEvent::MouseButtonPress:
        // The clerk moved on: whatever was held was typing.
        replayHeld();
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

qint64 ScannerDetector::keyTime(const QKeyEvent *event, bool *fromEvent) const
{
    const quint64 stamp = event->timestamp();
    *fromEvent = stamp != 0;
    return *fromEvent ? qint64(stamp) : m_msecs();
}

bool ScannerDetector::onKeyPress(QWidget *target, QKeyEvent *event)
{
    const int key = event->key();
    if (isModifierKey(key))
        return false;
    bool fromEvent = false;
    const qint64 now = keyTime(event, &fromEvent);
    // Times from two sources, or a wrapped window-system clock, do not compare: that counts as a long pause.
    const bool comparable = m_haveLast && fromEvent == m_lastFromEvent && now >= m_lastKeyMs;
    const qint64 gap = comparable ? now - m_lastKeyMs : std::numeric_limits<qint64>::max();
    m_haveLast = true;
    m_lastFromEvent = fromEvent;
    m_lastKeyMs = now;
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    const bool afterSuffix = m_scanEndMs >= 0;
    m_scanEndMs = -1;
    if (enter && afterSuffix && gap <= kMaxGapMs)
        return true; // the scanner's own Enter after its suffix
    if (!m_prefix.isEmpty())
        return onFramedKey(target, event, now);

    const QString text = event->text();
    const bool inRun = !m_run.isEmpty() && gap <= kMaxGapMs;
    const bool suffix = !m_suffix.isEmpty() && text == m_suffix;
    if (enter || suffix) {
        if (inRun && m_run.size() >= kMinLength && !m_held.isEmpty()) {
            m_held.clear();
            undoFirstKey();
            if (suffix)
                m_scanEndMs = now;
            emitScan();
            return true;
        }
        if (enter) {
            replayHeld();
            reset();
            return false;
        }
    }
    const bool printable = text.size() == 1 && isPrintableLatin1(text.at(0)) && !event->isAutoRepeat() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && inRun) {
        hold(target, event);
        m_run += text;
        m_staleTimer.start(kStaleHoldMs);
        return true;
    }
    replayHeld();
    reset();
    // A scan is never started in the middle of typing: only a key after a quiet gap may be a burst's first.
    if (printable && gap >= kQuietGapMs)
        startRun(target, text.at(0));
    return false;
}

bool ScannerDetector::onFramedKey(QWidget *target, QKeyEvent *event, qint64 now)
{
    const QString text = event->text();
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (!m_framed) {
        if (text != m_prefix)
            return false; // typing is never held back in framed mode
        reset();
        m_framed = true;
        hold(target, event); // replayed if no code follows after all
        m_staleTimer.start(kFramedHoldMs);
        return true;
    }
    if (m_suffix.isEmpty() ? enter : text == m_suffix) {
        m_held.clear();
        if (!m_suffix.isEmpty())
            m_scanEndMs = now;
        emitScan();
        return true;
    }
    if (text.size() == 1 && text.at(0).isPrint() && !enter) {
        hold(target, event);
        m_run += text;
        m_staleTimer.start(kFramedHoldMs);
        return true;
    }
    // Tab, Backspace, an arrow: the prefix character was typed by a person.
    replayHeld();
    reset();
    return false;
}

void ScannerDetector::hold(QWidget *target, QKeyEvent *event)
{
    m_held.append({target, event->key(), event->modifiers(), event->text()});
}

void ScannerDetector::emitScan()
{
    const QString payload = m_run;
    reset();
    if (!payload.isEmpty())
        Q_EMIT scanned(payload);
}

void ScannerDetector::startRun(QWidget *target, QChar ch)
{
    m_run = QString(ch);
    m_firstTarget = target;
    QLineEdit *edit = editOf(target);
    m_firstIsLineEdit = edit != nullptr;
    m_firstTextBefore = edit ? edit->text() : QString();
    m_firstCursorBefore = edit ? edit->cursorPosition() : 0;
}

void ScannerDetector::replayHeld()
{
    m_staleTimer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const HeldKey &k : held) {
        if (!k.target)
            continue;
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(k.target, &press);
    }
    m_replaying = false;
}

void ScannerDetector::undoFirstKey()
{
    if (!m_firstIsLineEdit || !m_firstTarget)
        return;
    QLineEdit *edit = editOf(m_firstTarget);
    if (!edit || edit->text() == m_firstTextBefore)
        return;
    edit->setText(m_firstTextBefore);
    edit->setCursorPosition(m_firstCursorBefore);
}

void ScannerDetector::reset()
{
    m_staleTimer.stop();
    m_framed = false;
    m_held.clear();
    m_run.clear();
    m_firstTarget = nullptr;
    m_firstTextBefore.clear();
    m_firstIsLineEdit = false;
}

} // namespace certdesk
