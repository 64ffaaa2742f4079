#pragma once

#include "domain/workload.h"

#include <QWidget>

class QChart;
class QChartView;
class QStandardItemModel;
class QTableView;

namespace certdesk {

// The daily workload chart (issue 12): stacked bars per day — alive, deceased, information changes — with the same
// numbers in a table beside it. Built from the plain WorkloadDay list, which tests read back with days().
class WorkloadChart : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadChart(QWidget *parent = nullptr);
    void setDays(const QList<WorkloadDay> &days);
    const QList<WorkloadDay> &days() const { return m_days; }

private:
    QList<WorkloadDay> m_days;
    QChart *m_chart;
    QChartView *m_view;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace certdesk
