#pragma once

#include "qt/background.h"
#include "sync/syncworker.h"

#include <QObject>
#include <QPointer>

namespace certdesk {

// The GUI side of the background sync: runs the worker as a background job (qt/background.h) for an unlocked session,
// forwards link changes from QNetworkInformation (when a backend exists; otherwise the worker's periodic probe is all
// there is), and keeps the last run's result for the status bar and the Sync panel. Lives on the GUI thread.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    // Tests inject a fake transport and short timings before start().
    void setTransportFactory(SyncTransportFactory factory) { m_factory = std::move(factory); }
    void setTiming(const SyncTiming &timing) { m_timing = timing; }
    void setRandom(RandomSource random) { m_random = std::move(random); }

    // Starts (or restarts, e.g. after configuring) the worker on its own connection of `session`'s database.
    void start(const Session &session);
    void stop();
    bool isActive() const { return m_job != nullptr; }
    bool isRunning() const { return m_running; } // a run is in progress now
    const SyncRunResult &lastResult() const { return m_last; }
    LinkState link() const { return m_last.link; }
    int runs() const { return m_runs; }

public Q_SLOTS:
    void syncNow();
    void nudge();

Q_SIGNALS:
    void statusChanged();
    void syncNowRequested();
    void nudged();
    void reachabilityChanged(bool reachable);
    void stopRequested();

private:
    void watchNetwork();

    SyncTransportFactory m_factory;
    SyncTiming m_timing;
    RandomSource m_random = systemRandom();
    QPointer<BackgroundJob> m_job; // the worker's whole life: created, run and destroyed on the job's thread
    SyncRunResult m_last;
    bool m_running = false;
    int m_runs = 0;
    bool m_networkWatched = false;
};

} // namespace certdesk
