#pragma once

// A small pool of threads, each with its own connection to the county database (a Qt SQL connection belongs to the
// thread that opened it), so that the server's event loop never waits on a query: one slow query holds one worker,
// not every center's connection.

#include "core/result.h"
#include "countydb.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

namespace certdesk::county {

class DbPool
{
public:
    using Open = std::function<Result<std::unique_ptr<CountyDb>>()>;
    // Runs on a worker thread; db is null when that worker's connection cannot be opened (it tries again with the
    // next job). Hand results back to another thread with QMetaObject::invokeMethod.
    using Job = std::function<void(CountyDb *db)>;

    DbPool(int threads, Open open);
    // Stops the workers after the jobs they are running; jobs still queued are dropped.
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    void submit(Job job);
    int threadCount() const { return int(m_threads.size()); }

private:
    void work();

    Open m_open;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    QList<QThread *> m_threads;
};

} // namespace certdesk::county
