#include "todaypage.h"

#include "correctiondialog.h"
#include "printing/daybatch.h"
#include "qt/todaymodel.h"
#include "recorddetails.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk {

TodayPage::TodayPage(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TodayModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_message(new QLabel(this)),
      m_printDay(new QPushButton(tr("Print the day's forms… (Ctrl+B)"), this)), m_table(new QTableView(this)),
      m_details(new RecordDetails(this)), m_correction(new CorrectionDialog(this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    QFont key = font();
    key.setPointSizeF(qMax(key.pointSizeF(), 14.0));
    m_search->setObjectName(QStringLiteral("todaySearch"));
    m_search->setPlaceholderText(tr("Search by name, ID number or form number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setFont(key);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
    // Ctrl+H: the 移交清单 of the 附表1 originals retained since the last handover (todayhandover.cpp).
    auto *handover = new QAction(this);
    handover->setObjectName(QStringLiteral("handoverAction"));
    handover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    handover->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(handover, &QAction::triggered, this, &TodayPage::printHandover);
    addAction(handover);
    m_count->setObjectName(QStringLiteral("todayCount"));
    m_count->setMinimumWidth(220); // the search field must not jump while the count changes
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setObjectName(QStringLiteral("todayMessage"));
    m_message->setWordWrap(true);
    theme::setTone(m_message, theme::Tone::Error);
    m_message->hide();
    m_printDay->setObjectName(QStringLiteral("printDayButton"));
    m_printDay->setToolTip(tr("All forms certified today in one print job, e.g. to forward to the county."));
    // Clicks at once (QAbstractButton::setShortcut would animate the click and deliver it later).
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), m_printDay), &QShortcut::activated, m_printDay,
            &QPushButton::click);
    m_printDay->setAutoDefault(false);
    connect(m_printDay, &QPushButton::clicked, this, &TodayPage::printDay);

    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setFont(key);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(key).height() + 14);
    // Widths follow the rows shown (resizeColumns()); the header's own ResizeToContents mode does not
    // re-measure when the filter brings rows back.
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::Paper, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_details->setFixedWidth(430);

    // Enter and double-click both "activate" a row in QAbstractItemView.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRow(index);
        m_details->correctButton()->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openRow(current); });
    // Enter in the search field goes to the first match, so search → Enter → F7 corrects it.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_table->setFocus();
        m_table->selectRow(0);
        openRow(m_proxy->index(0, 0));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
        resizeColumns();
    });
    connect(m_details, &RecordDetails::correctRequested, this, &TodayPage::openCorrection);
    connect(m_correction, &CorrectionDialog::corrected, this, &TodayPage::onCorrected);
    connect(m_details, &RecordDetails::reprintRequested, this, [this] { reprint(printactions::Document::Form); });
    connect(m_details, &RecordDetails::reprintReceiptRequested, this,
            [this] { reprint(printactions::Document::Receipt); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(m_printDay);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    setTabOrder(m_search, m_table);
    updateCount();
}

void TodayPage::setSession(Session *session)
{
    m_session = session;
    if (!session) {
        // Locking: nothing personal stays on screen or in the view's model, and no batch keeps printing.
        delete m_batch;
        m_batch = nullptr;
        m_printDay->setEnabled(true);
        m_correction->abandon();
        m_search->clear();
        m_model->clear();
        m_details->clear();
        m_message->hide();
        updateCount();
        return;
    }
    m_details->setCorrectAllowed(roleAllows(session->account().role, Permission::Correct));
    // Loaded when shown (showEvent): signing in at the counter must not wait for the whole day's list.
    if (isVisible())
        refresh();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // F3 → type a name → Enter → F7: the search field is where the clerk starts.
    refresh();
    m_search->setFocus();
}

void TodayPage::refresh()
{
    const QString shown = m_details->row() ? m_details->row()->record.uuid : QString();
    if (!m_session) {
        m_model->clear();
        m_details->clear();
        updateCount();
        return;
    }
    if (auto s = m_model->refresh(*m_session, m_context.clock.today()); !s) {
        showMessage(s.error().message, true);
    } else {
        m_message->hide();
    }
    m_details->clear();
    selectUuid(shown);
    updateCount();
    resizeColumns();
}

void TodayPage::openRow(const QModelIndex &proxyIndex)
{
    const TodayModel::Row *row = m_model->rowAt(m_proxy->mapToSource(proxyIndex).row());
    if (row)
        m_details->showRow(*row);
}

void TodayPage::openCorrection()
{
    if (!m_session || !m_details->row())
        return;
    m_correction->start(*m_session, *m_details->row());
    m_correction->open();
}

void TodayPage::onCorrected(const QString &newUuid)
{
    refresh();
    selectUuid(newUuid);
    m_table->setFocus();
    Q_EMIT recordsChanged();
}

void TodayPage::selectUuid(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    const QModelIndexList hits =
        m_proxy->match(m_proxy->index(0, 0), TodayModel::RecordUuidRole, uuid, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return;
    m_table->selectRow(hits.first().row());
    openRow(hits.first());
}

void TodayPage::resizeColumns()
{
    for (int c = 0; c < TodayModel::Paper; ++c) // the last one stretches
        m_table->resizeColumnToContents(c);
}

void TodayPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n certification(s) today", nullptr, total)
                                    : tr("%1 of %n shown", nullptr, total).arg(shown));
}

} // namespace certdesk
