#pragma once

#include "core/credentials/Credentials.h"
#include "emulator/EmulatorState.h"

#include <QString>

namespace kyc::emulator {

// How the emulator runs, and what it knows. The demo credentials are made up, published in the
// README, and good for nothing but this emulator.
struct EmulatorConfig
{
    static constexpr const char *kDemoSumsubAppToken = "sbx:emulator-demo-app-token";
    static constexpr const char *kDemoSumsubSecretKey = "emulator-demo-secret-key";
    static constexpr const char *kDemoComplyCubeApiKey =
        "test_emulator-demo-api-key"; // The demo credentials, as a client holds them (demo mode, tests).
    static Credentials demoCredentials();

    EmulatorState state = EmulatorState::builtIn();
    qint64 clockOffsetSecs = 0;      // the emulator's clock minus the real one (to rehearse a 4004)
    qint64 timestampWindowSecs = 60; // Sumsub's
    bool rateLimits = true;          // Sumsub 50 POST / 5 s per app token; ComplyCube 5/s test, 10/s live

    // The first app token of the state takes these credentials (the --sumsub-* options).
    void setPrimarySumsubCredentials(const QString &appToken, const QString &secretKey);
    // The key is added, live or test by its prefix (the --complycube-api-key option).
    void addComplyCubeKey(const QString &key);
    // Empty when fine, otherwise what is wrong.
    QString check() const;
};

} // namespace kyc::emulator
