#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace certdesk {

class Session;
class SyncController;
struct SyncOverview;
struct SyncRunResult;

// The Sync tab: what the county said about this center's records — conflicts and rejections with their
// reasons, records set aside after repeated failures — plus "Sync now" and "Send again" for a set-aside or
// rejected record. Reads through SyncQueue; the run itself happens on the sync worker.
class SyncPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPanel(SyncController &controller, QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();

    // The status bar line: pending count, last successful sync and link state.
    static QString statusLine(const SyncOverview &overview, const SyncRunResult &last, bool active, bool running);

private:
    void retrySelected();

    SyncController &m_controller;
    Session *m_session = nullptr;
    QLabel *m_summary;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_syncNow;
    QPushButton *m_retry;
};

} // namespace certdesk
