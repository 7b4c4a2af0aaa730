#pragma once

#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace kyc {

// A vendor's documented rate limit for one app token or API key: so many requests in a sliding window.
struct RateLimit
{
    int requests = 50;
    qint64 windowMs = 5000;

    // Sumsub: 50 POST per 5 s per app token. ComplyCube: 5 per second in the sandbox, 10 live (a key whose
    // environment is not known is paced as the sandbox's, the lower).
    static RateLimit of(Provider provider, Environment environment);
    double perSecond() const { return requests * 1000.0 / double(windowMs); }
    QString describe() const; // "50 per 5 s"
};

// When a batch may start its next request: evenly, just under the limit (its window stretched by 1%, so
// that a request arriving a little early still fits), never before a Retry-After ends, and slower after
// each 429 (someone else may share the key), down to half the limit.
class BatchPacer
{
    Q_DECLARE_TR_FUNCTIONS(kyc::BatchPacer)

public:
    explicit BatchPacer(RateLimit limit);

    const RateLimit &limit() const { return m_limit; }
    double intervalMs() const { return m_intervalMs; }
    double perSecond() const { return 1000.0 / m_intervalMs; }
    // The earliest time, on the caller's monotonic clock in ms, the next request may start.
    qint64 nextStartMs() const;
    void started(qint64 atMs);
    void holdUntil(qint64 atMs);
    qint64 holdUntilMs() const { return m_holdUntilMs; }
    // A 429 came back: 10% slower from now on, but never below half the limit.
    void slowDown();
    // How long sending so many requests takes at the current pace, in seconds.
    qint64 secondsFor(qint64 requests) const;

private:
    RateLimit m_limit;
    double m_intervalMs;
    double m_slowestMs;
    qint64 m_lastStartMs = -1;
    qint64 m_holdUntilMs = 0;
};

} // namespace kyc
