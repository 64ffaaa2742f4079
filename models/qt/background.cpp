#include "qt/background.h"

#include <QEventLoop>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk {

namespace {

// Jobs get a pool of their own: a long-lived worker (the sync worker's event loop) must not take one of the
// global pool's few threads (one per core) from everybody else.
QThreadPool *jobPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(8);
        return p;
    }();
    return pool;
}

} // namespace

bool JobControl::step(int done, int total)
{
    if (m_cancelled)
        return false;
    BackgroundJob *job = m_job;
    QMetaObject::invokeMethod(
        job,
        [this, job, done, total] {
            const QPointer<BackgroundJob> alive(job);
            Q_EMIT job->progressed(done, total);
            if (alive) // a receiver may have deleted the owner (and the job): its destructor released the worker
                m_shown.release();
        },
        Qt::QueuedConnection);
    m_shown.acquire();
    return !m_cancelled && !m_abandoned;
}

void JobControl::exec()
{
    QEventLoop loop;
    {
        const QMutexLocker lock(&m_loopMutex);
        if (m_cancelled)
            return;
        m_loop = &loop;
    }
    loop.exec();
    const QMutexLocker lock(&m_loopMutex);
    m_loop = nullptr;
}

BackgroundJob::BackgroundJob(QObject *owner) : QObject(owner)
{
    m_control.m_job = this;
}

BackgroundJob::~BackgroundJob()
{
    cancelAndWait();
}

void BackgroundJob::start(std::function<void(JobControl &)> work, std::function<void()> done)
{
    m_done = std::move(done);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundJob::onFinished);
    m_watcher.setFuture(QtConcurrent::run(jobPool(), [this, work = std::move(work)] { work(m_control); }));
}

void BackgroundJob::cancel()
{
    m_control.m_cancelled = true;
    const QMutexLocker lock(&m_control.m_loopMutex);
    if (m_control.m_loop)
        QMetaObject::invokeMethod(m_control.m_loop, &QEventLoop::quit, Qt::QueuedConnection);
}

void BackgroundJob::cancelAndWait()
{
    m_done = nullptr;
    m_control.m_abandoned = true;
    cancel();
    m_control.m_shown.release(); // a worker waiting for a step to be shown will not be answered any more
    m_watcher.waitForFinished();
}

void BackgroundJob::onFinished()
{
    const QPointer<BackgroundJob> alive(this);
    if (auto done = std::exchange(m_done, nullptr))
        done(); // may delete the owner, and with it this job
    if (alive)
        deleteLater();
}

} // namespace certdesk
