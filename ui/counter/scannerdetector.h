#pragma once

#include <QObject>

#include <functional>

namespace certdesk {

// A USB keyboard-wedge scanner types a whole payload in a burst (keys < ~30 ms apart) ending in Enter.
// Installed on the application, it recognises such bursts wherever the focus is, keeps them out of the
// focused widget and emits the payload; slower (human) typing reaches the widgets unchanged.
class ScannerDetector : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxGapMs = 30;
    static constexpr int kMinLength = 6;

    explicit ScannerDetector(std::function<qint64()> msecs, QObject *parent = nullptr);
    void setEnabled(bool enabled) { m_enabled = enabled; }

Q_SIGNALS:
    void scanned(const QString &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<qint64()> m_msecs;
    bool m_enabled = true;
};

} // namespace certdesk
