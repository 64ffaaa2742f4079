#include "workloadtab.h"

#include "printing.h"
#include "sheet/worksheets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk::console {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setNumber(QTableWidget *t, int row, int col, int v)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(row, col, item);
}

} // namespace

WorkloadTab::WorkloadTab(ConsoleSeams seams, QWidget *parent)
    : QWidget(parent), m_seams(std::move(seams)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_center(new QComboBox(this)), m_byWork(new QRadioButton(tr("By &work date"), this)),
      m_byArrival(new QRadioButton(tr("By &arrival date"), this)), m_caption(new QLabel(this)),
      m_chart(new BarChart(BarChart::Orientation::Stacked, this))
{
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(1 - today.dayOfWeek()));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_center->addItem(tr("Whole county"), QString());
    m_byWork->setChecked(true);
    auto *refresh = new QPushButton(tr("&Show"), this);
    auto *print = new QPushButton(tr("&Print report…"), this);
    auto *excel = new QPushButton(tr("E&xport (Excel)…"), this);
    auto *controls = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *centerLabel = new QLabel(tr("&Center"), this);
    centerLabel->setBuddy(m_center);
    for (QWidget *w : std::initializer_list<QWidget *>{fromLabel, m_from, toLabel, m_to, centerLabel, m_center,
                                                       m_byWork, m_byArrival, refresh, print, excel})
        controls->addWidget(w);
    controls->addStretch(1);

    m_days = makeTable(
        {tr("Date"), tr("Alive"), tr("Deceased"), tr("Information changes"), tr("Corrections"), tr("Refusals")}, this);
    m_clerks = makeTable({tr("Center"), tr("Clerk"), tr("Login"), tr("Alive"), tr("Deceased"),
                          tr("Information changes"), tr("Corrections"), tr("Refusals")},
                         this);
    m_clerks->setSortingEnabled(true);
    m_clerks->sortByColumn(0, Qt::AscendingOrder);
    m_days->setAccessibleName(tr("Work per day"));
    m_clerks->setAccessibleName(tr("Work per clerk"));
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(m_days);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_clerks);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &WorkloadTab::requested);
    connect(m_byWork, &QRadioButton::toggled, this, &WorkloadTab::requested);
    connect(m_center, &QComboBox::activated, this, &WorkloadTab::requested);
    connect(print, &QPushButton::clicked, this, &WorkloadTab::print);
    connect(excel, &QPushButton::clicked, this, &WorkloadTab::exportWorkbook);
}

void WorkloadTab::setCenters(const QList<std::pair<QString, QString>> &codeAndName)
{
    const QString current = center();
    while (m_center->count() > 1)
        m_center->removeItem(1);
    for (const auto &[code, name] : codeAndName)
        m_center->addItem(name.isEmpty() ? code : code + QStringLiteral(" ") + name, code);
    const int i = m_center->findData(current);
    m_center->setCurrentIndex(i < 0 ? 0 : i);
}

QDate WorkloadTab::from() const
{
    return m_from->date();
}
QDate WorkloadTab::to() const
{
    return m_to->date();
}
QString WorkloadTab::center() const
{
    return m_center->currentData().toString();
}
bool WorkloadTab::byArrival() const
{
    return m_byArrival->isChecked();
}

void WorkloadTab::choose(const QDate &from, const QDate &to, const QString &center, bool byArrival)
{
    const QSignalBlocker b1(m_byWork), b2(m_center);
    m_from->setDate(from);
    m_to->setDate(to);
    const int i = m_center->findData(center);
    if (i < 0)
        m_center->addItem(center, center);
    m_center->setCurrentIndex(i < 0 ? m_center->count() - 1 : i);
    (byArrival ? m_byArrival : m_byWork)->setChecked(true);
}

void WorkloadTab::setWorkload(const WorkloadData &w)
{
    m_data = w;
    m_caption->setText(tr("%1 to %2 · %3 · %4")
                           .arg(w.from.toString(Qt::ISODate), w.to.toString(Qt::ISODate),
                                w.center.isEmpty() ? tr("whole county") : w.center,
                                w.byArrival ? tr("by the day it reached the county") : tr("by the day of the work")));
    m_chart->setData(workloadChart(w));
    m_days->setRowCount(int(w.days.size()));
    for (int r = 0; r < w.days.size(); ++r) {
        const WorkloadRow &d = w.days[r];
        m_days->setItem(r, 0, new QTableWidgetItem(d.date.toString(Qt::ISODate)));
        setNumber(m_days, r, 1, d.alive);
        setNumber(m_days, r, 2, d.deceased);
        setNumber(m_days, r, 3, d.addressChanges);
        setNumber(m_days, r, 4, d.corrections);
        setNumber(m_days, r, 5, d.refusals);
    }
    m_clerks->setSortingEnabled(false);
    m_clerks->setRowCount(int(w.clerks.size()));
    for (int r = 0; r < w.clerks.size(); ++r) {
        const WorkloadRow &c = w.clerks[r];
        m_clerks->setItem(r, 0, new QTableWidgetItem(c.center));
        m_clerks->setItem(r, 1, new QTableWidgetItem(c.clerkName));
        m_clerks->setItem(r, 2, new QTableWidgetItem(c.clerk));
        setNumber(m_clerks, r, 3, c.alive);
        setNumber(m_clerks, r, 4, c.deceased);
        setNumber(m_clerks, r, 5, c.addressChanges);
        setNumber(m_clerks, r, 6, c.corrections);
        setNumber(m_clerks, r, 7, c.refusals);
    }
    m_clerks->setSortingEnabled(true);
}

bool WorkloadTab::printTo(const QString &path)
{
    if (!m_data.from.isValid())
        return false;
    WorkloadPrintData report;
    // As `certdesk-county workload --out`: the scope's code (the county's when all), the county's name.
    report.center.code = m_data.center.isEmpty() ? m_countyCode : m_data.center;
    report.center.name = m_countyName;
    report.from = m_data.from;
    report.to = m_data.to;
    report.rows = m_data.rows;
    report.byCenter = true;
    report.printedBy = m_printedBy;
    report.printedAt = QDateTime::currentDateTime();
    auto pdf = printing::workloadPdf(report);
    return pdf && writePrivateFile(path, pdf.value());
}

void WorkloadTab::print()
{
    const QString path = m_seams.saveFile(
        this, tr("Print the workload report"),
        QStringLiteral("workload-%1-%2.pdf").arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    m_seams.inform(this, printTo(path) ? tr("The report was written to %1.").arg(path)
                                       : tr("The report could not be written to %1.").arg(path));
}

bool WorkloadTab::exportTo(const QString &path)
{
    if (!m_data.from.isValid())
        return false;
    // The rows as `certdesk-county workload --out FILE.xlsx` writes them: one per day × center × clerk, then the total.
    auto xlsx = writeXlsx(workloadSheet(m_data.rows));
    return xlsx && writePrivateFile(path, xlsx.value());
}

void WorkloadTab::exportWorkbook()
{
    QString path = m_seams.saveFile(
        this, tr("Export the workload"),
        QStringLiteral("workload-%1-%2.xlsx").arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    m_seams.inform(this, exportTo(path) ? tr("The workload was written to %1.").arg(path)
                                        : tr("The workload could not be written to %1.").arg(path));
}

} // namespace certdesk::console
