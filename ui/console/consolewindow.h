#pragma once

// The county supervisors' console (issue 12): six tabs onto the county's reports, fetched from certdesk-county with
// the supervisor's certificate. When the server cannot be reached, the last snapshot is shown, marked "as of HH:MM".

#include "consoledata.h"
#include "consoleseams.h"
#include "core/result.h"

#include <QDateTime>
#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace certdesk::console {

class CentersTab;
class ConsoleClient;
class FeedbackTab;
class OpenFormsTab;
class OverviewTab;
class ReviewTab;
class WorkloadTab;

class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    ConsoleWindow(ConsoleClient &client, ConsoleSeams seams, QString snapshotPath, QWidget *parent = nullptr);

    // Fetches the overview, centers, review and workload reports; emits refreshed() when all have answered.
    void refresh();

    bool isOffline() const { return m_offline; }
    QDateTime shownAsOf() const { return m_asOf; } // when the data on screen was fetched
    QString statusText() const;
    QString lastError() const { return m_lastError; }

    OverviewTab *overviewTab() const { return m_overview; }
    WorkloadTab *workloadTab() const { return m_workload; }
    CentersTab *centersTab() const { return m_centers; }
    ReviewTab *reviewTab() const { return m_review; }
    OpenFormsTab *openFormsTab() const { return m_open; }
    FeedbackTab *feedbackTab() const { return m_feedback; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void refreshed();

private:
    void fetchWorkload();
    void showReport(const QString &report, const QJsonObject &o);
    void settle();

    ConsoleClient &m_client;
    ConsoleSeams m_seams;
    QString m_snapshotPath;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    WorkloadTab *m_workload = nullptr;
    CentersTab *m_centers = nullptr;
    ReviewTab *m_review = nullptr;
    OpenFormsTab *m_open = nullptr;
    FeedbackTab *m_feedback = nullptr;
    QLabel *m_status = nullptr;

    int m_pending = 0;
    int m_generation = 0;
    QHash<QString, QJsonObject> m_fetched;
    Error m_failure;
    bool m_failed = false;
    bool m_offline = false;
    QDateTime m_asOf;
    QString m_lastError;
};

} // namespace certdesk::console
