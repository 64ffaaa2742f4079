#pragma once

#include "uicontext.h"

#include "core/result.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace certdesk {

class Session;
class WorkloadChart;

// 工作量统计 for supervisors: the cycle's progress line, the daily chart and a table per day × clerk (full names),
// from the one workload definition (domain/workload.h) as `certdesk-admin workload` and the printed report; exports
// the workload and the certification results of the same dates (Excel by default).
class WorkloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadPage(UiContext &context, QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();

private:
    void clearTable();
    void showProgress();
    void print();
    // workloadexport.cpp: 工作量统计 as .xlsx; the certification results as .xlsx (default), .csv or .json.
    void exportWorkload();
    void exportResults();
    bool writeExport(const QString &path, const Result<QByteArray> &bytes);

    UiContext &m_context;
    Session *m_session = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_message;
    QLabel *m_progress;
    QPushButton *m_exportResults;
    WorkloadChart *m_chart;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace certdesk
