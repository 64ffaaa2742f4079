#include "scannerdetector.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

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
    m_staleTimer.setInterval(kStaleHoldMs);
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

bool ScannerDetector::onKeyPress(QWidget *target, QKeyEvent *event)
{
    const int key = event->key();
    if (isModifierKey(key))
        return false;
    const qint64 now = m_msecs();
    const bool inRun = !m_run.isEmpty() && now - m_lastMs <= kMaxGapMs;
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (inRun && m_run.size() >= kMinLength && !m_held.isEmpty()) {
            const QString payload = m_run;
            m_held.clear();
            undoFirstKey();
            reset();
            Q_EMIT scanned(payload);
            return true;
        }
        replayHeld();
        reset();
        return false;
    }
    const QString text = event->text();
    const bool printable = text.size() == 1 && isPrintableLatin1(text.at(0)) && !event->isAutoRepeat() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && inRun) {
        m_held.append({target, key, event->modifiers(), text});
        m_run += text;
        m_lastMs = now;
        m_staleTimer.start();
        return true;
    }
    replayHeld();
    reset();
    if (printable)
        startRun(target, text.at(0), now);
    return false;
}

void ScannerDetector::startRun(QWidget *target, QChar ch, qint64 now)
{
    m_run = QString(ch);
    m_lastMs = now;
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
    m_held.clear();
    m_run.clear();
    m_firstTarget = nullptr;
    m_firstTextBefore.clear();
    m_firstIsLineEdit = false;
}

} // namespace certdesk
