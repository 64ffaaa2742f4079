#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace certdesk {

RandomSource systemRandom()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

Backoff::Backoff(qint64 baseMs, qint64 capMs, RandomSource random)
    : m_baseMs(baseMs), m_capMs(capMs), m_random(std::move(random))
{}

qint64 Backoff::ceilingMs() const
{
    // 2^20 · base is far above any sensible cap; stop doubling there so the shift never overflows.
    const int doublings = std::min(m_failures, 20);
    return std::min(m_capMs, m_baseMs << doublings);
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs();
    ++m_failures;
    // A floor of a tenth of the base keeps a broken link from being hammered when the draw is near zero.
    const qint64 floor = std::max<qint64>(1, m_baseMs / 10);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::max(floor, qint64(r * double(ceiling)));
}

void Backoff::reset()
{
    m_failures = 0;
}

} // namespace certdesk
