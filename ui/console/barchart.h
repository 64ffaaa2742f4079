#pragma once

// A Qt Charts bar chart drawn from ChartData (consoledata.h): the chart shows exactly the numbers tests read.

#include "consoledata.h"

#include <QWidget>

class QChartView;

namespace certdesk::console {

class BarChart : public QWidget
{
    Q_OBJECT

public:
    enum class Orientation
    {
        Horizontal, // one bar per category, left to right (progress per center)
        Stacked     // vertical stacked bars (work per day)
    };
    BarChart(Orientation orientation, QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }

private:
    Orientation m_orientation;
    ChartData m_data;
    QChartView *m_view = nullptr;
};

} // namespace certdesk::console
