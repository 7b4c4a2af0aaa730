#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace kyc::emulator {

// A sliding window per key (an app token, an API key), as the vendors count.
class RateLimiter
{
public:
    // True if one more request under key fits `limit` per `windowMs` at `nowMs`; it is then counted.
    bool allow(const QString &key, int limit, qint64 windowMs, qint64 nowMs);
    // Whole seconds until the next request under key would fit (at least 1).
    qint64 retryAfterSecs(const QString &key, qint64 windowMs, qint64 nowMs) const;

private:
    QHash<QString, QList<qint64>> m_requests; // request times in ms, oldest first
};

} // namespace kyc::emulator
