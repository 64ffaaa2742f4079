#include "dbpool.h"

#include "countylog.h"

namespace certdesk::county {

DbPool::DbPool(int threads, Open open) : m_open(std::move(open))
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        QThread *t = QThread::create([this] { work(); });
        t->setObjectName(QStringLiteral("county-db-%1").arg(i));
        t->start();
        m_threads << t;
    }
}

DbPool::~DbPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.wakeAll();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void DbPool::submit(Job job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        m_jobs.push_back(std::move(job));
    }
    m_wake.wakeOne();
}

void DbPool::work()
{
    std::unique_ptr<CountyDb> db; // this thread's connection, closed when the thread ends
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_jobs.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!db) {
            auto opened = m_open();
            if (opened)
                db = std::move(opened).value();
            else
                qCWarning(lcCountyDb) << "worker connection failed:" << opened.error().codeWord();
        }
        job(db.get());
    }
}

} // namespace certdesk::county
