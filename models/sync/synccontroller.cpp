#include "sync/synccontroller.h"

#include "services/session.h"
#include "sync/httptransport.h"

#include <QNetworkInformation>
#include <QThread>

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
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("certdesk-sync"));
    auto *worker = new SyncWorker(std::move(own).value(), m_factory, m_timing, m_random);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(m_thread, &QThread::finished, worker, &SyncWorker::release, Qt::DirectConnection);
    connect(this, &SyncController::syncNowRequested, worker, &SyncWorker::syncNow);
    connect(this, &SyncController::nudged, worker, &SyncWorker::nudge);
    connect(this, &SyncController::reachabilityChanged, worker, &SyncWorker::setReachable);
    connect(worker, &SyncWorker::runStarted, this, [this] {
        m_running = true;
        Q_EMIT statusChanged();
    });
    connect(worker, &SyncWorker::runFinished, this, [this](const SyncRunResult &r) {
        m_running = false;
        m_last = r;
        ++m_runs;
        Q_EMIT statusChanged();
    });
    if (QNetworkInformation *info = QNetworkInformation::instance())
        worker->setReachable(info->reachability() != QNetworkInformation::Reachability::Disconnected);
    m_thread->start();
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::QueuedConnection);
    // quit() also ends a request in flight (its local event loop returns); the engine treats that as a link
    // failure, so the batch stays 'sent' and goes out again next time.
    m_thread->quit();
    m_thread->wait();
    delete m_worker.data();
    delete m_thread;
    m_thread = nullptr;
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
