#pragma once

// 概览: the cycle's progress per center (sortable table with progress bars) and the same shares as a horizontal bar
// chart; the denominator is shown and explained; every total carries "data as of".

#include "barchart.h"
#include "consoledata.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace certdesk::console {

class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);
    void setOverview(const Overview &o);

    QTableWidget *table() const { return m_table; }
    BarChart *chart() const { return m_chart; }
    QString summary() const;

private:
    void updateChart();

    Overview m_overview;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    BarChart *m_chart = nullptr;
};

// "HH:MM" of a timestamp in local time, with the date when it is not today; "—" when unknown.
QString shortStamp(const QDateTime &t);

} // namespace certdesk::console
