#include "core/batch/BatchPacer.h"

#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

RateLimit RateLimit::of(Provider provider, Environment environment)
{
    if (provider == Provider::ComplyCube)
        return environment == Environment::Production ? RateLimit{10, 1000} : RateLimit{5, 1000};
    return RateLimit{50, 5000};
}

QString RateLimit::describe() const
{
    return BatchPacer::tr("%1 per %2 s").arg(requests).arg(double(windowMs) / 1000.0);
}

BatchPacer::BatchPacer(RateLimit limit)
    : m_limit(limit)
    , m_intervalMs(double(limit.windowMs) * 1.01 / double(std::max(1, limit.requests)))
    , m_slowestMs(2.0 * double(limit.windowMs) / double(std::max(1, limit.requests)))
{}

qint64 BatchPacer::nextStartMs() const
{
    const qint64 paced = m_lastStartMs < 0 ? 0 : m_lastStartMs + qint64(qCeil(m_intervalMs));
    return std::max(paced, m_holdUntilMs);
}

void BatchPacer::started(qint64 atMs)
{
    m_lastStartMs = atMs;
}

void BatchPacer::holdUntil(qint64 atMs)
{
    m_holdUntilMs = std::max(m_holdUntilMs, atMs);
}

void BatchPacer::slowDown()
{
    m_intervalMs = std::min(m_slowestMs, m_intervalMs * 1.1);
}

qint64 BatchPacer::secondsFor(qint64 requests) const
{
    return qint64(qCeil(double(requests) * qCeil(m_intervalMs) / 1000.0));
}

} // namespace kyc
