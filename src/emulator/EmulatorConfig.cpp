#include "emulator/EmulatorConfig.h"

using namespace Qt::StringLiterals;

namespace kyc::emulator {

Credentials EmulatorConfig::demoCredentials()
{
    Credentials c;
    c.sumsubAppToken = QLatin1String(kDemoSumsubAppToken);
    c.sumsubSecretKey = QLatin1String(kDemoSumsubSecretKey);
    c.complyCubeApiKey = QLatin1String(kDemoComplyCubeApiKey);
    return c;
}

void EmulatorConfig::setPrimarySumsubCredentials(const QString &appToken, const QString &secretKey)
{
    if (state.sumsubAppTokens.isEmpty())
        state.sumsubAppTokens.append(SumsubAppToken{});
    SumsubAppToken &primary = state.sumsubAppTokens.first();
    if (!appToken.isNull())
        primary.appToken = appToken;
    if (!secretKey.isNull())
        primary.secretKey = secretKey;
}

void EmulatorConfig::addComplyCubeKey(const QString &key)
{
    state.complyCubeKeys.prepend({key, key.startsWith(u"live_"_s)});
}

QString EmulatorConfig::check() const
{
    for (const SumsubAppToken &t : state.sumsubAppTokens) {
        if (t.appToken.trimmed().isEmpty())
            return u"A Sumsub app token is empty."_s;
        if (t.secretKey.isEmpty())
            return u"The Sumsub secret key of %1 is empty."_s.arg(t.clientId.isEmpty() ? t.appToken
                                                                                       : t.clientId);
    }
    for (const ComplyCubeKey &k : state.complyCubeKeys) {
        if (k.key.trimmed().isEmpty())
            return u"A ComplyCube API key is empty."_s;
    }
    return {};
}

} // namespace kyc::emulator
