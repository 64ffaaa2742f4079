#include "sync/synccontroller.h"

#include "services/session.h"
#include "sync/httptransport.h"

#include <QNetworkInformation>

namespace certdesk {

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<certdesk::SyncRunResult>();
    m_factory = [](const SyncCredentials &c) { return std::make_unique<HttpTransport>(c); };
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::watchNetwork()
{
    if (m_networkWatched)
        return;
    m_networkWatched = true;
    // No backend (offscreen tests, minimal systems): the periodic probe alone finds the link.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        Q_EMIT reachabilityChanged(r != QNetworkInformation::Reachability::Disconnected);
    });
}

void SyncController::start(const Session &session)
{
    stop();
    auto own = session.reopen();
    if (!own) {
        m_last = {};
        m_last.link = LinkState::Offline;
        m_last.error = own.error().message;
        Q_EMIT statusChanged();
        return;
    }
    watchNetwork();
    m_last = {};
    QNetworkInformation *info = QNetworkInformation::instance();
    const bool reachable = !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
    m_job = runInBackground(
        this,
        [this, session = std::move(own).value(), factory = m_factory, timing = m_timing, random = m_random,
         reachable](JobControl &control) mutable {
            SyncWorker worker(std::move(session), factory, timing, random);
            // Connected from the job's thread; every call crosses threads, so each is queued. A request made
            // before these lines (a few microseconds after start()) is covered by the first run, which starts at once.
            connect(this, &SyncController::syncNowRequested, &worker, &SyncWorker::syncNow);
            connect(this, &SyncController::nudged, &worker, &SyncWorker::nudge);
            connect(this, &SyncController::reachabilityChanged, &worker, &SyncWorker::setReachable);
            connect(this, &SyncController::stopRequested, &worker, &SyncWorker::stop);
            connect(&worker, &SyncWorker::runStarted, this, [this] {
                m_running = true;
                Q_EMIT statusChanged();
            });
            connect(&worker, &SyncWorker::runFinished, this, [this](const SyncRunResult &r) {
                m_running = false;
                m_last = r;
                ++m_runs;
                Q_EMIT statusChanged();
            });
            worker.setReachable(reachable);
            worker.start();
            control.exec();   // until stop()
            worker.release(); // the transport's network manager dies on the thread that used it
        },
        [] {});
}

void SyncController::stop()
{
    if (!m_job)
        return;
    // The worker stops its timer and aborts a request in flight (the engine treats that as a link failure, so the
    // batch stays 'sent' and goes out again next time); then the job's event loop ends and the worker is destroyed.
    Q_EMIT stopRequested();
    m_job->cancelAndWait();
    m_job = nullptr;
    m_running = false;
}

void SyncController::syncNow()
{
    Q_EMIT syncNowRequested();
}

void SyncController::nudge()
{
    Q_EMIT nudged();
}

} // namespace certdesk
