#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kyc::emulator {

// A way for the next request(s) to a route to go wrong, as the network or a vendor can.
struct Fault
{
    enum class Kind
    {
        Delay,         // delay:MS          answer normally, MS milliseconds late
        Hang,          // hang              never answer; keep the connection open
        Close,         // close             send half an answer, then close the connection
        Html,          // html:STATUS       500, 502 or 503 with an HTML body, as a proxy would
        RateLimit,     // rate-limit[:SECS] the vendor's 429, with Retry-After: SECS when given
        MalformedJson, // malformed-json    200 with a body that is not JSON
        WrongShape,    // wrong-shape       200 with JSON of the wrong shape
        Oversized,     // oversized[:MB]    200 with a body of MB megabytes (default 30)
        Redirect,      // redirect          302 to another host
        LongToken,     // long-token[:N]    a normal answer whose token is N bytes long (default 2048)
        Status,        // status:CODE       the vendor's error body with that HTTP status
    };

    // The most a fault may ask for.
    static constexpr int kMaxOversizedMb = 64;
    static constexpr int kMaxLongTokenBytes = 1024 * 1024;
    static constexpr int kMaxDelayMs = 600'000;
    static constexpr int kMaxRetryAfterSecs = 86400;

    Kind kind = Kind::Hang;
    int argument = 0;
    QString path;  // empty: any vendor route
    int count = 1; // requests it applies to; 0: until cleared

    // KIND[:ARG][@PATH][*COUNT], e.g. "html:503", "delay:5000@/v1/tokens", "status:400*0".
    static std::optional<Fault> parse(const QString &spec, QString *error);
    QString toString() const;
};

class FaultInjector
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    const QList<Fault> &faults() const { return m_faults; }
    // The fault for a request to path, if any; counts it.
    std::optional<Fault> take(const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace kyc::emulator
