#include "workloadchart.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>

namespace certdesk {

namespace {

QStandardItem *number(int n)
{
    auto *item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

WorkloadChart::WorkloadChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_model(new QStandardItemModel(0, 4, this)), m_table(new QTableView(this))
{
    m_chart->setObjectName(QStringLiteral("workloadChartModel"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setObjectName(QStringLiteral("workloadChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    m_model->setHorizontalHeaderLabels({tr("Day"), tr("Alive"), tr("Deceased"), tr("Changes")});
    m_table->setObjectName(QStringLiteral("workloadDays"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // numbers to read; Tab goes on to the clerk table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumWidth(300);
    m_table->setMaximumWidth(380);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_table);
    setDays({});
}

void WorkloadChart::setDays(const QList<WorkloadDay> &days)
{
    m_days = days;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // the chart gives it back
    }
    auto *alive = new QBarSet(tr("Alive (健在)"));
    auto *deceased = new QBarSet(tr("Deceased (死亡)"));
    auto *changes = new QBarSet(tr("Information changes (信息变更)"));
    alive->setColor(QColor(0x2e, 0x7d, 0x32));
    deceased->setColor(QColor(0x55, 0x55, 0x55));
    changes->setColor(QColor(0xe0, 0x8e, 0x0b));
    QStringList categories;
    int top = 0;
    m_model->removeRows(0, m_model->rowCount());
    // Long ranges: label every day but keep the labels short (the table beside carries the full dates).
    const QString format = days.size() > 14 ? QStringLiteral("d") : QStringLiteral("M-d");
    for (const WorkloadDay &d : days) {
        *alive << d.alive;
        *deceased << d.deceased;
        *changes << d.changes;
        categories << d.date.toString(format);
        top = qMax(top, d.alive + d.deceased + d.changes);
        auto *day = new QStandardItem(d.date.toString(Qt::ISODate));
        day->setEditable(false);
        m_model->appendRow({day, number(d.alive), number(d.deceased), number(d.changes)});
    }
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("workloadSeries"));
    series->append(alive);
    series->append(deceased);
    series->append(changes);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax(4, (top + top / 5 + 4) / 4 * 4)); // headroom; a multiple of 4: whole-number ticks
    y->setTickCount(5);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace certdesk
