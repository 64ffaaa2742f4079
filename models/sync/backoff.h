#pragma once

#include "protocol/protocol.h"

#include <QtGlobal>

#include <functional>

namespace certdesk {

// A uniform random number in [0, 1); injectable so tests can pin the jitter.
using RandomSource = std::function<double()>;
RandomSource systemRandom();

// Exponential backoff with full jitter (the delay is uniform in [floor, min(cap, base·2^failures)]):
// many centers coming back after a county outage do not all retry in the same second.
class Backoff
{
public:
    Backoff(qint64 baseMs = 5000, qint64 capMs = 10 * 60 * 1000, RandomSource random = systemRandom());

    qint64 nextDelayMs(); // counts one more failure
    void reset();         // after a success
    int failures() const { return m_failures; }
    qint64 ceilingMs() const; // the upper bound of the next delay

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    RandomSource m_random;
    int m_failures = 0;
};

// Push batch size: a timeout (a poor link) halves what was sent, down to the floor; a server failure halves it
// down to a single record, so a record the server chokes on ends up alone; a quick success doubles it, up to the
// protocol's maximum: every batch costs the county one durable (synchronous=FULL) commit, so on a good link fewer,
// larger batches are much faster. A slow success keeps the size: the link is not good enough to ask for more.
class BatchSizer
{
public:
    static constexpr qint64 kGoodLinkMs = 2000; // a batch answered within this long may grow

    explicit BatchSizer(int start = 200, int floor = 10, int ceiling = protocol::kMaxPushRecords)
        : m_size(start), m_floor(floor), m_ceiling(ceiling)
    {}

    int size() const { return m_size; }
    void onTimeout(int sent) { m_size = qMax(m_floor, qMin(m_size, sent) / 2); }
    void onServerError(int sent) { m_size = qMax(1, qMin(m_size, sent) / 2); }
    void onSuccess(qint64 elapsedMs = 0)
    {
        if (elapsedMs <= kGoodLinkMs)
            m_size = qMin(m_ceiling, m_size * 2);
    }

private:
    int m_size;
    int m_floor;
    int m_ceiling;
};

} // namespace certdesk
