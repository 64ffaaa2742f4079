#pragma once

#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace certdesk {

class Session;

enum class LinkState
{
    NotConfigured,
    Unknown, // not tried yet
    Online,  // the last exchange with the county worked
    Offline, // no network, or the county server could not be reached
    Refused  // the server and this center do not accept each other's certificates
};

struct SyncTiming
{
    qint64 probeMs = 60 * 1000;      // idle: look for new changes this often
    qint64 backoffBaseMs = 5 * 1000; // first retry after a failure (then doubling, full jitter)
    qint64 backoffCapMs = 10 * 60 * 1000;
    qint64 nudgeMs = 2 * 1000; // after a new certification, when the link is fine
};

// The outcome of one background run, as the GUI shows it.
struct SyncRunResult
{
    LinkState link = LinkState::Unknown;
    SyncReport report;
    QString error; // for people; empty when the run worked
    qint64 nextAttemptMs = -1;
};

using SyncTransportFactory = std::function<std::unique_ptr<SyncTransport>(const SyncCredentials &)>;

// The background sync on its worker thread: runs SyncEngine one step at a time (one push batch and one pull
// page per step, so stop and "sync now" are served between steps), keeps going while there is work, probes
// when idle, backs off with jitter after failures. Owns its own Session (a second SQLCipher connection).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(std::unique_ptr<Session> session, SyncTransportFactory factory, SyncTiming timing, RandomSource random);
    ~SyncWorker() override;

public Q_SLOTS:
    void start();
    void syncNow(); // run now, whatever the backoff says
    void nudge();   // new work: run soon unless backing off
    void setReachable(bool reachable);
    void stop();
    // On the worker thread as it ends: the transport's network manager must die on its own thread.
    void release();

Q_SIGNALS:
    void runStarted();
    void runFinished(const certdesk::SyncRunResult &result);

private:
    void runStep();
    void schedule(qint64 ms);

    std::unique_ptr<Session> m_session;
    SyncTransportFactory m_factory;
    SyncTiming m_timing;
    Backoff m_backoff;
    BatchSizer m_batch;
    std::unique_ptr<SyncTransport> m_transport;
    QTimer *m_timer = nullptr;
    LinkState m_link = LinkState::Unknown;
    bool m_reachable = true;
    bool m_stopped = false;
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::SyncRunResult)
