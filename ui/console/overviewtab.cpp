#include "overviewtab.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace certdesk::console {

namespace {

enum Column
{
    ColCenter,
    ColDue,
    ColAlive,
    ColDeceased,
    ColWithdrawn,
    ColRemaining,
    ColShare,
    ColPace,
    ColFinish,
    ColSync,
    ColumnCount
};

// The share column: a progress bar with the percentage (the item holds the number, so sorting is numeric).
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        if (index.data(Qt::DisplayRole).toString().isEmpty())
            return QStyledItemDelegate::paint(painter, option, index);
        const double percent = index.data(Qt::DisplayRole).toDouble();
        bar.progress = int(percent * 10);
        bar.text = QStringLiteral("%1%").arg(percent, 0, 'f', 1);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QTableWidgetItem *number(double v)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *text(const QString &t)
{
    return new QTableWidgetItem(t);
}

} // namespace

QString shortStamp(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime local = t.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new BarChart(BarChart::Orientation::Horizontal, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setHorizontalHeaderLabels({tr("Center"), tr("Due"), tr("Alive"), tr("Deceased"), tr("Withdrawn"),
                                        tr("Remaining"), tr("Done"), tr("Per day (14 days)"), tr("Projected finish"),
                                        tr("Last sync")});
    m_table->setItemDelegateForColumn(ColShare, new ProgressDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ColCenter, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColShare, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Progress per center"));
    // After every sort (the model's layout changed), the chart follows the table's order.
    connect(m_table->model(), &QAbstractItemModel::layoutChanged, this, &OverviewTab::updateChart);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void OverviewTab::setOverview(const Overview &o)
{
    const Progress &t = o.total;
    m_summary->setText(
        tr("Cycle %1 · window ends %2 (%3 days left)")
            .arg(o.cycle)
            .arg(o.windowEnd.toString(Qt::ISODate))
            .arg(o.daysLeft) +
        u'\n' +
        tr("Due %1 = %2 forms − %3 withdrawn − %4 certified deceased (they leave the denominator). Alive %5, "
           "remaining %6, done %7%.")
            .arg(t.due)
            .arg(t.forms)
            .arg(t.withdrawn)
            .arg(t.deceased)
            .arg(t.alive)
            .arg(t.remaining)
            .arg(t.share * 100, 0, 'f', 1) +
        u'\n' +
        (o.dataAsOf.isValid()
             ? tr("Data as of %1 (the oldest last sync of the centers summed).").arg(shortStamp(o.dataAsOf))
             : tr("Data as of: unknown — a center has never synced.")));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(o.centers.size()));
    for (int r = 0; r < o.centers.size(); ++r) {
        const OverviewCenter &c = o.centers[r];
        QTableWidgetItem *center = text(c.name.isEmpty() ? c.code : c.code + QStringLiteral(" ") + c.name);
        center->setData(Qt::UserRole, c.code);
        m_table->setItem(r, ColCenter, center);
        m_table->setItem(r, ColDue, number(double(c.due)));
        m_table->setItem(r, ColAlive, number(double(c.alive)));
        m_table->setItem(r, ColDeceased, number(double(c.deceased)));
        m_table->setItem(r, ColWithdrawn, number(double(c.withdrawn)));
        m_table->setItem(r, ColRemaining, number(double(c.remaining)));
        // No forms listed under the center: no share (the delegate draws no bar), rather than a full 100 %.
        m_table->setItem(r, ColShare, c.forms == 0 ? text(QString()) : number(std::round(c.share * 1000) / 10));
        m_table->setItem(r, ColPace, number(c.pace));
        m_table->setItem(r, ColFinish,
                         text(c.forms == 0                  ? tr("no forms")
                              : c.projectedFinish.isValid() ? c.projectedFinish.toString(Qt::ISODate)
                                                            : tr("no pace")));
        m_table->setItem(r, ColSync, text(c.lastSync.isValid() ? shortStamp(c.lastSync) : tr("never")));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    m_overview = o;
    updateChart();
}

void OverviewTab::updateChart()
{
    // The chart lists the centers in the table's current order (its sort included), the first one at the top.
    Overview ordered = m_overview;
    ordered.centers.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, ColCenter);
        const QString code = item ? item->data(Qt::UserRole).toString() : QString();
        for (const OverviewCenter &c : std::as_const(m_overview.centers))
            if (c.code == code)
                ordered.centers.append(c);
    }
    m_chart->setData(overviewChart(ordered));
}

QString OverviewTab::summary() const
{
    return m_summary->text();
}

} // namespace certdesk::console
