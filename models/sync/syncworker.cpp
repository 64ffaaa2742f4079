#include "sync/syncworker.h"

#include "services/session.h"

#include <QTimer>

namespace certdesk {

SyncWorker::SyncWorker(std::unique_ptr<Session> session, SyncTransportFactory factory, SyncTiming timing,
                       RandomSource random)
    : m_session(std::move(session)), m_factory(std::move(factory)), m_timing(timing),
      m_backoff(timing.backoffBaseMs, timing.backoffCapMs, std::move(random))
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    // Created here, on the worker thread, so the timer and the network manager belong to it.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runStep);
    schedule(0);
}

void SyncWorker::syncNow()
{
    if (m_stopped)
        return;
    m_backoff.reset();
    schedule(0);
}

void SyncWorker::nudge()
{
    if (m_stopped || !m_timer || !m_reachable || m_backoff.failures() > 0)
        return;
    if (!m_timer->isActive() || m_timer->remainingTime() > m_timing.nudgeMs)
        schedule(m_timing.nudgeMs);
}

void SyncWorker::setReachable(bool reachable)
{
    m_reachable = reachable;
    if (m_stopped || !m_timer)
        return;
    if (reachable) {
        m_backoff.reset(); // a link came up: try now rather than at the end of a long backoff
        schedule(0);
    } else {
        // The system's word is not final (backends miss VPNs and static setups): keep probing, slowly.
        schedule(m_timing.probeMs);
        m_link = LinkState::Offline;
        SyncRunResult r;
        r.link = m_link;
        r.error = tr("No network.");
        Q_EMIT runFinished(r);
    }
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (m_transport)
        m_transport->abort(); // a request in flight ends now: the batch stays 'sent' and goes out again next time
}

void SyncWorker::release()
{
    m_stopped = true;
    m_transport.reset();
    delete m_timer;
    m_timer = nullptr;
}

void SyncWorker::schedule(qint64 ms)
{
    if (m_timer && !m_stopped)
        m_timer->start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

void SyncWorker::runStep()
{
    if (m_stopped)
        return;
    SyncRunResult result;
    if (!m_transport) {
        auto credentials = SyncSettings(*m_session).credentials();
        if (!credentials || !credentials->has_value()) {
            result.link = LinkState::NotConfigured;
            result.error = credentials ? QString() : credentials.error().message;
            Q_EMIT runFinished(result);
            return; // nothing to do until configured (the controller restarts the worker then)
        }
        m_transport = m_factory(credentials->value());
    }
    Q_EMIT runStarted();
    SyncEngine engine(*m_session, *m_transport, m_batch);
    result.report = engine.run(true);
    if (result.report.error) {
        const Error &e = *result.report.error;
        result.error = e.message;
        result.link = e.code == ErrorCode::CertificateRefused           ? LinkState::Refused
                      : isLinkError(e) || e.code == ErrorCode::Protocol ? LinkState::Offline
                                                                        : m_link;
        if (e.code == ErrorCode::ServerError || e.code == ErrorCode::Protocol || e.code == ErrorCode::Timeout)
            result.link = LinkState::Online; // the server is there, it just failed this time
        result.nextAttemptMs = m_backoff.nextDelayMs();
    } else {
        m_backoff.reset();
        result.link = LinkState::Online;
        const bool idle = result.report.pushDone && result.report.pullDone;
        result.nextAttemptMs = idle ? m_timing.probeMs : 0;
    }
    m_link = result.link;
    Q_EMIT runFinished(result);
    schedule(m_reachable ? result.nextAttemptMs : qMax(result.nextAttemptMs, m_timing.probeMs));
}

} // namespace certdesk
