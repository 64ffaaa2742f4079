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

    // data.categories[0] is drawn first: at the left of vertical bars, at the TOP of horizontal ones (Qt Charts
    // draws a horizontal series' first category at the bottom, so it is handed the categories reversed).
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // What Qt Charts was given, in its own order (bottom to top for horizontal bars): the category axis and the
    // values of series `i`.
    QStringList axisCategories() const;
    QList<double> drawnValues(int i) const;

private:
    Orientation m_orientation;
    ChartData m_data;
    QChartView *m_view = nullptr;
};

} // namespace certdesk::console
