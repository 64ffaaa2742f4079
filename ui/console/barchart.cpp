#include "barchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

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
    const bool reversed = m_orientation == Orientation::Horizontal;
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        QList<double> values = s.values;
        if (reversed)
            std::reverse(values.begin(), values.end());
        for (double v : std::as_const(values))
            *set << v;
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    QStringList names = data.categories;
    if (reversed)
        std::reverse(names.begin(), names.end());
    categories->append(names);
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

QStringList BarChart::axisCategories() const
{
    const auto axes = m_view->chart()->axes(m_orientation == Orientation::Horizontal ? Qt::Vertical : Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    return axis ? axis->categories() : QStringList();
}

QList<double> BarChart::drawnValues(int i) const
{
    const auto all = m_view->chart()->series();
    const auto *series = all.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(all.constFirst());
    QList<double> out;
    if (!series || i < 0 || i >= series->count())
        return out;
    const QBarSet *set = series->barSets().at(i);
    for (int k = 0; k < set->count(); ++k)
        out << set->at(k);
    return out;
}

} // namespace certdesk::console
