#pragma once

#include "emulator/EmulatorConfig.h"
#include "emulator/EmulatorResponse.h"
#include "emulator/RateLimiter.h"
#include "emulator/RequestContext.h"

#include <QJsonValue>

namespace kyc::emulator {

// Sumsub's routes. Every /resources/ call is checked like the vendor checks it (app token, signature,
// timestamp window, rate limit, permission) before the call itself; the Sumsub ID browser steps
// (consent, share link) are played here too, so the whole Connect flow can be rehearsed offline.
class SumsubEmulator
{
public:
    SumsubEmulator(const EmulatorConfig &config, EmulatorState &state);

    // True when the path is Sumsub's; the response is then set.
    bool handle(const RequestContext &ctx, EmulatorResponse *response);

    static EmulatorResponse error(int status, const QString &description, int errorCode = 0,
                                  const QString &errorName = {});

private:
    EmulatorResponse checkAuthentication(const RequestContext &ctx, const SumsubAppToken **appToken) const;
    EmulatorResponse shareToken(const SumsubAppToken &app, const QString &applicantId,
                                const QString &forClientId, const QJsonValue &ttl, const QDateTime &now);
    EmulatorResponse connectToken(const SumsubAppToken &app, const QJsonObject &body, const QDateTime &now);
    EmulatorResponse idShareToken(const SumsubAppToken &app, const QJsonObject &body, const QDateTime &now);
    EmulatorResponse authorize(const RequestContext &ctx);
    EmulatorResponse createShareLink(const RequestContext &ctx);
    EmulatorResponse followShareLink(const RequestContext &ctx);
    EmulatorResponse redeem(const SumsubAppToken &app, const RequestContext &ctx);

    const EmulatorConfig &m_config;
    EmulatorState &m_state;
    RateLimiter m_limiter;
};

} // namespace kyc::emulator
