#include "emulator/RateLimiter.h"

namespace kyc::emulator {

bool RateLimiter::allow(const QString &key, int limit, qint64 windowMs, qint64 nowMs)
{
    QList<qint64> &times = m_requests[key];
    while (!times.isEmpty() && times.first() <= nowMs - windowMs)
        times.removeFirst();
    if (times.size() >= limit)
        return false;
    times.append(nowMs);
    return true;
}

qint64 RateLimiter::retryAfterSecs(const QString &key, qint64 windowMs, qint64 nowMs) const
{
    const QList<qint64> times = m_requests.value(key);
    if (times.isEmpty())
        return 1;
    const qint64 waitMs = times.first() + windowMs - nowMs;
    return qMax<qint64>(1, (waitMs + 999) / 1000);
}

} // namespace kyc::emulator
