#pragma once

#include "tokens/Operation.h"

#include <QString>
#include <QUrl>

namespace kyc {

enum class Environment
{
    Sandbox,
    Production,
};

QString environmentDisplayName(Environment environment); // "SANDBOX" / "PRODUCTION"

// The non-secret description of one provider account. Secrets are looked up by name through a
// CredentialSource, never stored here.
struct Profile
{
    QString name;
    Provider provider = Provider::Sumsub;
    Environment environment = Environment::Sandbox;
    QUrl baseUrl;
    int timeoutMs = 30000;

    static QUrl defaultBaseUrl(Provider provider);
    // The environment a key's prefix suggests: a hint for the badge, never a rule.
    static Environment suggestEnvironment(Provider provider, const QString &appTokenOrKey);
};

} // namespace kyc
