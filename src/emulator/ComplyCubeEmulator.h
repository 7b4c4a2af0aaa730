#pragma once

#include "emulator/EmulatorConfig.h"
#include "emulator/EmulatorResponse.h"
#include "emulator/RateLimiter.h"
#include "emulator/RequestContext.h"

namespace kyc::emulator {

// ComplyCube's routes under /v1: raw-key Authorization (test_ or live_; objects of one kind do not
// exist for the other), SDK tokens, and clients made as on the real API.
class ComplyCubeEmulator
{
public:
    ComplyCubeEmulator(const EmulatorConfig &config, EmulatorState &state);

    bool handle(const RequestContext &ctx, EmulatorResponse *response);

    static EmulatorResponse error(int status, const QString &type, const QString &message,
                                  const QString &param = {});

private:
    EmulatorResponse sdkToken(const QJsonObject &body, bool live, const QDateTime &now);
    EmulatorResponse createClient(const QJsonObject &body, bool live, const QDateTime &now);

    const EmulatorConfig &m_config;
    EmulatorState &m_state;
    RateLimiter m_limiter;
};

} // namespace kyc::emulator
