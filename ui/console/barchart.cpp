#include "barchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace certdesk::console {

BarChart::BarChart(Orientation orientation, QWidget *parent)
    : QWidget(parent), m_orientation(orientation), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    m_view->setFocusPolicy(Qt::NoFocus); // the table beside it holds the same numbers for the keyboard
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setData({});
}

void BarChart::setData(const ChartData &data)
{
    m_data = data;
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QAbstractBarSeries *series = nullptr;
    if (m_orientation == Orientation::Horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QStackedBarSeries;
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            *set << v;
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    auto *values = new QValueAxis;
    values->setRange(0, m_orientation == Orientation::Horizontal ? 100.0 : qMax(1.0, data.max() * 1.1));
    if (m_orientation == Orientation::Stacked)
        values->applyNiceNumbers(); // whole-number ticks (0, 2, 4 …) rather than fractions of the maximum
    values->setLabelFormat(QStringLiteral("%d"));
    const bool horizontal = m_orientation == Orientation::Horizontal;
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace certdesk::console
