#include "workloadpage.h"

#include "printing/printactions.h"
#include "services/reports.h"
#include "services/session.h"
#include "theme/theme.h"
#include "workloadchart.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace certdesk {

namespace {

enum Column
{
    Date,
    Clerk,
    OnlineAlive,
    OnlineDeceased,
    MailAlive,
    MailDeceased,
    InfoChanges,
    Corrections,
    Refusals,
    Certified,
    ColumnCount
};

constexpr int kCounts = ColumnCount - Clerk - 1;

// The columns of the printed report (printing/, 工作量统计): 附表1 / 附表2 apart, corrections and refusals apart.
void counts(const WorkloadRow &r, int (&out)[kCounts])
{
    const int values[kCounts] = {r.onlineAlive,    r.onlineDeceased, r.mailAlive, r.mailDeceased,
                                 r.addressChanges, r.corrections,    r.refusals,  r.alive + r.deceased};
    std::copy(std::begin(values), std::end(values), std::begin(out));
}

QList<QStandardItem *> makeRow(const QString &date, const QString &clerk, const int (&values)[kCounts])
{
    QList<QStandardItem *> items{new QStandardItem(date), new QStandardItem(clerk)};
    for (int n : values) {
        auto *item = new QStandardItem;
        item->setData(n, Qt::DisplayRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    for (QStandardItem *item : items)
        item->setEditable(false);
    return items;
}

} // namespace

WorkloadPage::WorkloadPage(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_message(new QLabel(this)), m_progress(new QLabel(this)),
      m_exportResults(new QPushButton(tr("Export results…"), this)), m_chart(new WorkloadChart(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("workloadPage"));
    QFont key = font();
    key.setPointSizeF(qMax(key.pointSizeF(), 14.0));
    m_from->setObjectName(QStringLiteral("workloadFrom"));
    m_to->setObjectName(QStringLiteral("workloadTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->setFont(key);
        connect(d, &QDateEdit::dateChanged, this, &WorkloadPage::refresh);
    }
    auto *reload = new QPushButton(tr("Refresh (Ctrl+R)"), this);
    reload->setObjectName(QStringLiteral("workloadRefresh"));
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reload, &QPushButton::clicked, this, &WorkloadPage::refresh);
    auto *print = new QPushButton(tr("Print… (Ctrl+P)"), this);
    print->setObjectName(QStringLiteral("workloadPrint"));
    print->setToolTip(tr("Print preview of the workload report (工作量统计) for these dates."));
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), print), &QShortcut::activated, print,
            &QPushButton::click);
    connect(print, &QPushButton::clicked, this, &WorkloadPage::print);
    auto *exportWorkload = new QPushButton(tr("Export workload…"), this);
    exportWorkload->setObjectName(QStringLiteral("workloadExport"));
    exportWorkload->setToolTip(tr("The workload of these dates as an Excel workbook (.xlsx)."));
    connect(exportWorkload, &QPushButton::clicked, this, &WorkloadPage::exportWorkload);
    m_exportResults->setObjectName(QStringLiteral("workloadExportResults"));
    m_exportResults->setToolTip(tr("The certification results of these dates, with full ID numbers: an Excel "
                                   "workbook (.xlsx), or CSV or JSON by the file name. Keep the file safe."));
    connect(m_exportResults, &QPushButton::clicked, this, &WorkloadPage::exportResults);
    m_message->setObjectName(QStringLiteral("workloadMessage"));
    m_message->setWordWrap(true);
    theme::setTone(m_message, theme::Tone::Error);
    m_message->hide();

    m_progress->setObjectName(QStringLiteral("workloadProgress"));
    m_progress->setWordWrap(true);
    m_progress->setFont(key);
    m_progress->setToolTip(tr("Forms due: the forms of this year's cycle, without withdrawn forms and without the "
                              "other forms of people certified deceased. A form certified deceased counts as "
                              "certified."));

    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Clerk (经办人)"), tr("附表1 alive"), tr("附表1 deceased"),
                                        tr("附表2 alive"), tr("附表2 deceased"), tr("Information changes"),
                                        tr("Corrections"), tr("Refusals"), tr("Certified")});
    m_table->setObjectName(QStringLiteral("workloadTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setFont(key);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(key).height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Date, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Clerk, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("To"), this));
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(reload);
    top->addWidget(print);
    top->addWidget(exportWorkload);
    top->addWidget(m_exportResults);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table, 1);
}

void WorkloadPage::setSession(Session *session)
{
    m_session = session;
    clearTable();
    if (!session)
        return;
    m_exportResults->setVisible(roleAllows(session->account().role, Permission::Export));
    // Default: this month up to today. Signals off: one refresh, not one per date edit.
    const QDate today = m_context.clock.today();
    for (QDateEdit *d : {m_from, m_to})
        d->blockSignals(true);
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    for (QDateEdit *d : {m_from, m_to})
        d->blockSignals(false);
    refresh();
}

void WorkloadPage::refresh()
{
    clearTable();
    if (!m_session || !roleAllows(m_session->account().role, Permission::Workload))
        return;
    auto rows = ReportService(*m_session).workload(m_from->date(), m_to->date());
    if (!rows) {
        m_message->setText(rows.error().message);
        m_message->show();
        return;
    }
    int totals[kCounts] = {};
    for (const WorkloadRow &r : rows.value()) {
        int values[kCounts];
        counts(r, values);
        for (int i = 0; i < kCounts; ++i)
            totals[i] += values[i];
        // A center with several desks: each desk's rows are marked "clerk (desk)".
        const QString who = r.clerkName.isEmpty() ? r.clerk : r.clerkName;
        m_model->appendRow(
            makeRow(r.date.toString(Qt::ISODate), r.desk.isEmpty() ? who : tr("%1 (%2)").arg(who, r.desk), values));
    }
    QList<QStandardItem *> total = makeRow(tr("Total"), QString(), totals);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (QStandardItem *item : total)
        item->setFont(bold);
    m_model->appendRow(total);
    m_chart->setDays(dailyWorkload(rows.value(), m_from->date(), m_to->date()));
    showProgress();
}

void WorkloadPage::showProgress()
{
    auto p = ReportService(*m_session).progress();
    if (!p) {
        m_progress->setText(p.error().message);
        return;
    }
    QString line = tr("Cycle %1: %2 forms due, %3 certified (%4 alive, %5 deceased), %6 remaining.")
                       .arg(p->cycle)
                       .arg(p->due)
                       .arg(p->certified())
                       .arg(p->alive)
                       .arg(p->deceased)
                       .arg(p->remaining());
    if (p->withdrawn || p->deceasedElsewhere)
        line += QLatin1Char(' ') + tr("Not counted: %1 withdrawn, %2 other forms of people certified deceased.")
                                       .arg(p->withdrawn)
                                       .arg(p->deceasedElsewhere);
    m_progress->setText(line);
}

void WorkloadPage::print()
{
    if (!m_session)
        return;
    const Status s = printactions::printWorkload(m_context, this, *m_session, m_from->date(), m_to->date());
    if (s || printactions::wasCancelled(s) || !m_session)
        return;
    m_message->setText(tr("Not printed: %1").arg(s.error().message));
    m_message->show();
}

void WorkloadPage::clearTable()
{
    m_message->hide();
    m_model->removeRows(0, m_model->rowCount());
    m_progress->clear();
    m_chart->setDays({});
}

} // namespace certdesk
