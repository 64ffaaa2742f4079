#include "consolewindow.h"

#include "centerstab.h"
#include "consoleclient.h"
#include "exporttabs.h"
#include "overviewtab.h"
#include "reviewtab.h"
#include "snapshot.h"
#include "workloadtab.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrlQuery>

namespace certdesk::console {

using namespace Qt::StringLiterals;

ConsoleWindow::ConsoleWindow(ConsoleClient &client, ConsoleSeams seams, QString snapshotPath, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_seams(std::move(seams)), m_snapshotPath(std::move(snapshotPath)),
      m_tabs(new QTabWidget(this)), m_overview(new OverviewTab(this)), m_workload(new WorkloadTab(m_seams, this)),
      m_centers(new CentersTab(this)), m_review(new ReviewTab(client, m_seams, this)),
      m_open(new OpenFormsTab(client, m_seams, this)), m_feedback(new FeedbackTab(client, m_seams, this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("CertDesk county console — %1").arg(client.supervisorName()));
    m_tabs->addTab(m_overview, tr("&1 Overview"));
    m_tabs->addTab(m_workload, tr("&2 Daily workload"));
    m_tabs->addTab(m_centers, tr("&3 Centers"));
    m_tabs->addTab(m_review, tr("&4 Review"));
    m_tabs->addTab(m_open, tr("&5 Not yet certified"));
    m_tabs->addTab(m_feedback, tr("&6 Online feedback"));
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_status, 1);
    // Keyboard first: Ctrl+1…6 switch tabs, F5 fetches again.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(go);
    }
    auto *again = new QAction(tr("Refresh"), this);
    again->setShortcut(QKeySequence::Refresh);
    connect(again, &QAction::triggered, this, &ConsoleWindow::refresh);
    addAction(again);
    connect(m_workload, &WorkloadTab::requested, this, &ConsoleWindow::fetchWorkload);
    connect(m_review, &ReviewTab::failed, this, [this](const QString &m) { m_seams.inform(this, m); });
    resize(1280, 800);
}

QString ConsoleWindow::statusText() const
{
    return m_status->text();
}

void ConsoleWindow::refresh()
{
    const int generation = ++m_generation;
    m_pending = 0;
    m_fetched.clear();
    m_failed = false;
    const auto ask = [this, generation](const QString &report, const QUrlQuery &q) {
        ++m_pending;
        m_client.get(report, q, [this, generation, report](const Result<QJsonObject> &r) {
            if (generation != m_generation)
                return; // a newer refresh is under way
            if (r) {
                m_fetched.insert(report, r.value());
            } else if (!m_failed) {
                m_failed = true;
                m_failure = r.error();
            }
            if (--m_pending == 0)
                settle();
        });
    };
    ask(u"overview"_s, {});
    ask(u"centers"_s, {});
    ask(u"review"_s, {});
    QUrlQuery w;
    w.addQueryItem(u"from"_s, m_workload->from().toString(Qt::ISODate));
    w.addQueryItem(u"to"_s, m_workload->to().toString(Qt::ISODate));
    if (!m_workload->center().isEmpty())
        w.addQueryItem(u"center"_s, m_workload->center());
    w.addQueryItem(u"by"_s, m_workload->byArrival() ? u"arrival"_s : u"work"_s);
    ask(u"workload"_s, w);
}

void ConsoleWindow::settle()
{
    if (!m_failed) {
        m_offline = false;
        m_asOf = QDateTime::currentDateTimeUtc();
        m_lastError.clear();
        Snapshot snap{m_asOf, m_client.server().toString(), m_fetched};
        if (auto s = snap.save(m_snapshotPath); !s)
            m_lastError = s.error().message;
        for (const QString &name : Snapshot::cachedReports())
            showReport(name, m_fetched.value(name));
        m_status->setText(tr("Connected to %1 as %2 · updated %3")
                              .arg(m_client.server().host(), m_client.supervisorName(), shortStamp(m_asOf)));
    } else {
        m_lastError = m_failure.message;
        if (m_failure.kind == Error::Kind::Auth) {
            // A refused certificate shows nothing old as if it were current: the supervisor must act.
            m_offline = false;
            m_status->setText(tr("Refused: %1").arg(m_failure.message));
        } else {
            m_offline = true;
            auto snap = Snapshot::load(m_snapshotPath);
            if (snap && snap->server == m_client.server().toString()) {
                m_asOf = snap->fetchedAt;
                for (const QString &name : Snapshot::cachedReports())
                    if (snap->reports.contains(name))
                        showReport(name, snap->reports.value(name));
                m_status->setText(
                    tr("The county server cannot be reached — showing the data as of %1.").arg(shortStamp(m_asOf)));
            } else {
                m_asOf = {};
                m_status->setText(tr("The county server cannot be reached, and no earlier data is kept here."));
            }
        }
    }
    Q_EMIT refreshed();
}

void ConsoleWindow::fetchWorkload()
{
    QUrlQuery w;
    w.addQueryItem(u"from"_s, m_workload->from().toString(Qt::ISODate));
    w.addQueryItem(u"to"_s, m_workload->to().toString(Qt::ISODate));
    if (!m_workload->center().isEmpty())
        w.addQueryItem(u"center"_s, m_workload->center());
    w.addQueryItem(u"by"_s, m_workload->byArrival() ? u"arrival"_s : u"work"_s);
    m_client.get(u"workload"_s, w, [this](const Result<QJsonObject> &r) {
        if (r)
            showReport(u"workload"_s, r.value());
        else
            m_status->setText(r.error().message);
        Q_EMIT refreshed();
    });
}

void ConsoleWindow::showReport(const QString &report, const QJsonObject &o)
{
    if (report == u"overview"_s) {
        const Overview ov = decodeOverview(o);
        m_overview->setOverview(ov);
        QList<std::pair<QString, QString>> centers;
        for (const OverviewCenter &c : ov.centers)
            centers.append({c.code, c.name});
        m_workload->setCenters(centers);
        m_workload->setPrintIdentity(ov.countyCode, ov.countyName, m_client.supervisorName());
        m_open->setCenters(centers);
    } else if (report == u"centers"_s) {
        m_centers->setCenters(decodeCenters(o));
    } else if (report == u"review"_s) {
        m_review->setItems(decodeReview(o));
    } else if (report == u"workload"_s) {
        m_workload->setWorkload(decodeWorkload(o));
    }
}

} // namespace certdesk::console
