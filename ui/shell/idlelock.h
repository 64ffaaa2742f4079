#pragma once

#include <QObject>
#include <QTimer>

namespace certdesk {

// Fires idle() after `minutes` without keyboard or mouse input anywhere in the application.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);
    void setMinutes(int minutes);
    void setIntervalMs(int ms); // tests
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace certdesk
