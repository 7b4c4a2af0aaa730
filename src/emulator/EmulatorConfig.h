#pragma once

#include <QString>

namespace kyc::emulator {

// What the emulator accepts. The demo defaults are made up, published in the README, and good for
// nothing but this emulator.
struct EmulatorConfig
{
    static constexpr const char *kDemoSumsubAppToken = "sbx:emulator-demo-app-token";
    static constexpr const char *kDemoSumsubSecretKey = "emulator-demo-secret-key";

    QString sumsubAppToken = QLatin1String(kDemoSumsubAppToken);
    QString sumsubSecretKey = QLatin1String(kDemoSumsubSecretKey);
    qint64 clockOffsetSecs = 0; // the emulator's clock minus the real one (to rehearse a 4004)
    qint64 timestampWindowSecs = 60;

    // Empty when fine, otherwise what is wrong.
    QString check() const;
};

} // namespace kyc::emulator
