#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QLabel;

namespace certdesk {

class Session;

// Status bar: clerk, center, the cycle window and days left, connection and sync state.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);
    void showSession(const Session *session, const QDate &today); // nullptr: locked
    void showSync(const QString &line);                           // pending count, last sync, link state
    // Age of the last backup; amber when older than BackupSchedule::kStaleDays or when there is none.
    void showBackup(const QDateTime &last, const QDateTime &now);

private:
    QLabel *m_clerk;
    QLabel *m_center;
    QLabel *m_window;
    QLabel *m_sync;
    QLabel *m_backup;
};

} // namespace certdesk
