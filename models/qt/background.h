#pragma once

// The one way to run work off the GUI thread (docs/architecture.md, "Background work"):
//
//   m_job = runInBackground(this, [copies…](JobControl &control) { …; return result; },
//                           [this](Result result) { …on this object's thread… });
//
// The work runs on a QtConcurrent pool thread and gets copies only; `done` runs on the owner's thread once the work
// returned, then the job deletes itself. Progress is paced: JobControl::step() waits until the owner's thread has
// handled BackgroundJob::progressed, so a cancel pressed on seeing step N stops the work before step N+1. Deleting
// the owner cancels the job and waits the work out (at most one step); `done` then never runs.

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSemaphore>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QEventLoop;

namespace certdesk {

class BackgroundJob;

// The work's side of a job.
class JobControl
{
public:
    bool isCancelled() const { return m_cancelled.load(); }
    // Reports step `done` of `total` to the owner's thread and waits until it was handled there. false: stop now
    // (the job was cancelled, or its owner is going away).
    bool step(int done, int total);
    // For a long-lived worker object created by the work: runs an event loop on the job's thread until the job is
    // cancelled. Queued calls to the worker (BackgroundJob::post) are served meanwhile.
    void exec();

private:
    friend class BackgroundJob;
    BackgroundJob *m_job = nullptr;
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_abandoned{false};
    QSemaphore m_shown;
    QMutex m_loopMutex;
    QEventLoop *m_loop = nullptr; // guarded by m_loopMutex
};

class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    ~BackgroundJob() override;

    // Asks the work to stop at its next step (and ends JobControl::exec); `done` still runs with what it returned.
    void cancel();
    bool isCancelled() const { return m_control.isCancelled(); }
    // Cancels and blocks until the work has returned (at most one step); `done` does not run. For a synchronous
    // stop: a restart, or an owner whose members the work uses.
    void cancelAndWait();

    template<class Work, class Done> friend BackgroundJob *runInBackground(QObject *owner, Work &&work, Done &&done);

Q_SIGNALS:
    // On the owner's thread, for each JobControl::step(); the work waits until the receivers returned.
    void progressed(int done, int total);

private:
    explicit BackgroundJob(QObject *owner);
    void start(std::function<void(JobControl &)> work, std::function<void()> done);
    void onFinished();

    JobControl m_control;
    QFutureWatcher<void> m_watcher;
    std::function<void()> m_done;
};

// Runs `work(JobControl &)` in the background and `done(result)` on `owner`'s thread (see the top of this file).
// The returned job is owned by `owner` and deletes itself after `done`; keep a QPointer to it, never delete it.
template<class Work, class Done> BackgroundJob *runInBackground(QObject *owner, Work &&work, Done &&done)
{
    using T = std::invoke_result_t<std::decay_t<Work> &, JobControl &>;
    // std::function needs copyable callables; the work may hold move-only state (a Session of its own).
    auto task = std::make_shared<std::decay_t<Work>>(std::forward<Work>(work));
    auto finish = std::make_shared<std::decay_t<Done>>(std::forward<Done>(done));
    auto *job = new BackgroundJob(owner);
    if constexpr (std::is_void_v<T>) {
        job->start([task](JobControl &control) { (*task)(control); }, [finish] { (*finish)(); });
    } else {
        auto result = std::make_shared<std::optional<T>>();
        job->start([task, result](JobControl &control) { result->emplace((*task)(control)); },
                   [finish, result] { (*finish)(std::move(**result)); });
    }
    return job;
}

} // namespace certdesk
