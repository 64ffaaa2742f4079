// The overview's horizontal bar chart of the centers' progress (issue 12) in the table's order with the first center
// at the TOP: Qt Charts draws a horizontal series' first category at the bottom, so what the chart hands Qt Charts
// (the category axis and the bar set, read back from the chart) must list the table's first center last. Plain data
// in (Overview), no server.
#include "console/barchart.h"
#include "console/overviewtab.h"

#include <QApplication>
#include <QTableWidget>
#include <QTest>

using namespace certdesk::console;

namespace {
OverviewCenter center(const QString &code, const QString &name, qint64 forms, qint64 alive)
{
    OverviewCenter c;
    c.code = code;
    c.name = name;
    c.forms = forms;
    c.due = forms;
    c.alive = alive;
    c.remaining = forms - alive;
    c.share = forms > 0 ? double(alive) / double(forms) : 1.0;
    return c;
}
} // namespace

class TestConsoleChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstCenterOnTop()
    {
        Overview o;
        o.cycle = 2026;
        // The server's order is not the table's: the table sorts by center.
        o.centers = {center(QStringLiteral("C3"), QStringLiteral("三中心"), 10, 9),
                     center(QStringLiteral("C1"), QStringLiteral("一中心"), 10, 2),
                     center(QStringLiteral("C2"), QStringLiteral("二中心"), 10, 5),
                     center(QStringLiteral("C4"), QString(), 0, 0)}; // no forms: in the table, not in the chart
        OverviewTab tab;
        tab.setOverview(o);
        QTableWidget *t = tab.table();
        QCOMPARE(t->rowCount(), 4);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("C1 一中心"));
        const BarChart *chart = tab.chart();
        // The plain data: in the table's order, first = top.
        QCOMPARE(chart->data().categories,
                 (QStringList{QStringLiteral("一中心"), QStringLiteral("二中心"), QStringLiteral("三中心")}));
        QCOMPARE(chart->data().series.at(0).values, (QList<double>{20.0, 50.0, 90.0}));
        // What Qt Charts was given, bottom to top: the first center last, its bar with it.
        QCOMPARE(chart->axisCategories(),
                 (QStringList{QStringLiteral("三中心"), QStringLiteral("二中心"), QStringLiteral("一中心")}));
        QCOMPARE(chart->drawnValues(0), (QList<double>{90.0, 50.0, 20.0}));

        // The supervisor sorts the table by share done, highest first: the chart follows, C3 on top.
        t->sortByColumn(6, Qt::DescendingOrder);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("C3 三中心"));
        QCOMPARE(chart->data().categories.constFirst(), QStringLiteral("三中心"));
        QCOMPARE(chart->axisCategories().constLast(), QStringLiteral("三中心"));
        QCOMPARE(chart->drawnValues(0).constLast(), 90.0);
        QCOMPARE(chart->axisCategories().size(), 3);

        // New data keeps the supervisor's sort.
        o.centers[1].alive = 10; // C1 done
        o.centers[1].share = 1.0;
        tab.setOverview(o);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("C1 一中心"));
        QCOMPARE(chart->axisCategories().constLast(), QStringLiteral("一中心"));
        QCOMPARE(chart->drawnValues(0).constLast(), 100.0);
    }

    void verticalBarsKeepTheirOrder()
    {
        // The daily chart (stacked, vertical) is drawn left to right in the data's order: nothing reversed.
        BarChart chart(BarChart::Orientation::Stacked);
        ChartData d;
        d.categories = {QStringLiteral("05-10"), QStringLiteral("05-11")};
        d.series = {{QStringLiteral("a"), {1, 2}}, {QStringLiteral("b"), {3, 4}}};
        chart.setData(d);
        QCOMPARE(chart.axisCategories(), d.categories);
        QCOMPARE(chart.drawnValues(0), (QList<double>{1, 2}));
        QCOMPARE(chart.drawnValues(1), (QList<double>{3, 4}));
    }
};

QTEST_MAIN(TestConsoleChart)
#include "tst_console_chart.moc"
