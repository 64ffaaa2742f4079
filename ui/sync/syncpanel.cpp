#include "syncpanel.h"

#include "services/session.h"
#include "sync/synccontroller.h"
#include "sync/syncqueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk {

namespace {

QString linkText(LinkState link, bool running)
{
    if (running)
        return SyncPanel::tr("syncing…");
    switch (link) {
    case LinkState::NotConfigured:
        return SyncPanel::tr("not configured");
    case LinkState::Unknown:
        return SyncPanel::tr("connecting");
    case LinkState::Online:
        return SyncPanel::tr("online");
    case LinkState::Offline:
        return SyncPanel::tr("offline");
    case LinkState::Refused:
        return SyncPanel::tr("certificate refused");
    }
    return {};
}

QString stateText(const OutboxProblem &p)
{
    if (p.quarantined)
        return SyncPanel::tr("set aside after %n failure(s)", nullptr, p.attempts);
    if (p.state == QLatin1String("conflict"))
        return SyncPanel::tr("conflict");
    if (p.state == QLatin1String("rejected"))
        return SyncPanel::tr("rejected");
    return SyncPanel::tr("accepted, other center involved");
}

// What the county's code for a rejection means to the clerk; empty for a code this program does not know.
QString rejectionMeaning(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidRecord:
        return SyncPanel::tr("the record is incomplete or malformed");
    case ErrorCode::IdMismatch:
        return SyncPanel::tr("the ID number differs from the county's form");
    case ErrorCode::RateLimited:
        return SyncPanel::tr(
            "too many ID mismatches from this center: sent again by itself once the county accepts again");
    case ErrorCode::UnknownForm:
        return SyncPanel::tr("the county does not hold this form");
    case ErrorCode::UnknownSupersedes:
        return SyncPanel::tr("the county has not yet received the record this one corrects");
    case ErrorCode::ForeignSupersedes:
        return SyncPanel::tr("the corrected record belongs to another center");
    case ErrorCode::SupersededTwice:
        return SyncPanel::tr("that record has already been corrected once");
    case ErrorCode::UuidTaken:
        return SyncPanel::tr("the record's number is taken by another center's record");
    default:
        return {};
    }
}

// A rejection in the clerk's language, the county's code kept for the county's staff (its own English words are in
// the tooltip); anything else, or a code this program does not know, as stored.
QString reasonText(const OutboxProblem &p)
{
    const QString meaning = rejectionMeaning(p.rejection); // Internal unless rejected
    return meaning.isEmpty() ? p.reason
                             : SyncPanel::tr("%1 (%2)", "a rejection's meaning, the county's code")
                                   .arg(meaning, errorCodeWord(p.rejection));
}

} // namespace

QString SyncPanel::statusLine(const SyncOverview &o, const SyncRunResult &last, bool active, bool running)
{
    if (!o.configured)
        return tr("Offline (sync not configured) · %n record(s) waiting", nullptr, o.counts.pending);
    const QString when = o.lastSuccess.isValid()
                             ? o.lastSuccess.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : tr("never");
    QString line = tr("Sync: %n waiting · last sync %1 · %2", nullptr, o.counts.pending)
                       .arg(when, active ? linkText(last.link, running) : tr("stopped"));
    const int problems = o.counts.conflicts + o.counts.rejected + o.counts.quarantined;
    if (problems > 0)
        line += tr(" · %n to review", nullptr, problems);
    return line;
}

SyncPanel::SyncPanel(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_table(new QTableView(this)),
      m_syncNow(new QPushButton(tr("Sync now"), this)), m_retry(new QPushButton(tr("Send again"), this))
{
    setObjectName(QStringLiteral("syncPanel"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_table->setObjectName(QStringLiteral("syncProblems"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_retry->setObjectName(QStringLiteral("syncRetryButton"));
    m_model->setHorizontalHeaderLabels(
        {tr("Form no."), tr("Clerk"), tr("Certified at"), tr("State"), tr("Reason"), tr("Other record")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_syncNow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (!m_controller.isActive() && m_session)
            m_controller.start(*m_session); // e.g. configured since the sign-in
        m_controller.syncNow();
        m_message->setText(tr("Sync started."));
    });
    connect(m_retry, &QPushButton::clicked, this, &SyncPanel::retrySelected);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_retry->setEnabled(!rows.isEmpty() && m_model->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool());
    });
    setSession(nullptr);
}

void SyncPanel::setSession(Session *session)
{
    m_session = session;
    m_syncNow->setEnabled(session != nullptr);
    m_retry->setEnabled(false);
    m_message->clear();
    refresh();
}

void SyncPanel::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    m_retry->setEnabled(false);
    if (!m_session) {
        m_summary->clear();
        return;
    }
    SyncQueue queue(*m_session);
    auto overview = queue.overview();
    auto problems = queue.problems();
    if (!overview || !problems) {
        m_message->setText(!overview ? overview.error().message : problems.error().message);
        return;
    }
    m_summary->setText(
        statusLine(overview.value(), m_controller.lastResult(), m_controller.isActive(), m_controller.isRunning()));
    if (!m_controller.lastResult().error.isEmpty() && m_controller.isActive())
        m_message->setText(m_controller.lastResult().error);
    for (const OutboxProblem &p : problems.value()) {
        QList<QStandardItem *> row{
            new QStandardItem(p.formNo),
            new QStandardItem(p.clerkName.isEmpty() ? p.clerk : p.clerkName),
            new QStandardItem(p.certifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            new QStandardItem(stateText(p)),
            new QStandardItem(reasonText(p)),
            new QStandardItem(p.conflictWith)};
        row[4]->setToolTip(p.reason);
        row.first()->setData(p.uuid, Qt::UserRole);
        row.first()->setData(p.quarantined || p.state == QLatin1String("rejected"), Qt::UserRole + 1);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void SyncPanel::retrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_session || rows.isEmpty())
        return;
    const QString uuid = m_model->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    const Status s = SyncQueue(*m_session).retry(uuid);
    m_message->setText(s ? tr("The record is back in the queue.") : s.error().message);
    if (s)
        m_controller.syncNow();
    refresh();
}

} // namespace certdesk
