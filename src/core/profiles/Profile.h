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
    // PEM file of an extra CA to trust besides the system's (a corporate TLS-inspecting proxy, or the
    // emulator's test CA); empty for none.
    QString caFile;

    static QUrl defaultBaseUrl(Provider provider);
    // The environment a key's prefix suggests: a hint for the badge, never a rule.
    static Environment suggestEnvironment(Provider provider, const QString &appTokenOrKey);
};

} // namespace kyc
