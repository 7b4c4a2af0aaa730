#pragma once

#include "tokens/Operation.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace kyc {

enum class Environment
{
    Sandbox,
    Production,
};

QString environmentDisplayName(Environment environment); // "SANDBOX" / "PRODUCTION"
// The stable words for settings, the CLI, JSON and the history: "sumsub", "complycube"; "sandbox",
// "production". The parsers give nothing for any other word.
QString providerKey(Provider provider);
QString environmentKey(Environment environment);
std::optional<Provider> providerFromKey(const QString &key);
std::optional<Environment> environmentFromKey(const QString &key);

// The non-secret description of one provider account. Secrets are looked up by name through a
// CredentialSource, never stored here.
// The secrets a profile can hold; each lives in the keychain under secretKey().
enum class Secret
{
    SumsubAppToken,
    SumsubSecretKey,
    ComplyCubeApiKey,
    SumsubIdRefreshToken,
};

struct Profile
{
    QString id; // stable across renames: the keychain entries are named after it
    QString name;
    Provider provider = Provider::Sumsub;
    Environment environment = Environment::Sandbox;
    QUrl baseUrl;
    int timeoutMs = 30000;
    // PEM file of an extra CA to trust besides the system's (a corporate TLS-inspecting proxy, or the
    // emulator's test CA); empty for none.
    QString caFile;

    static QUrl defaultBaseUrl(Provider provider);
    // The secrets an issuing call needs for this provider, in the order they are asked for.
    static QList<Secret> requiredSecrets(Provider provider);
    // Every secret a profile may hold: what removing it must delete.
    static QList<Secret> allSecrets();
    static QString secretDisplayName(Secret secret); // "secret key"
    // "profiles/<id>/sumsub-secret-key": namespaced per profile in the keychain.
    QString secretKey(Secret secret) const;
    // The environment a key's prefix suggests: a hint for the badge, never a rule.
    static Environment suggestEnvironment(Provider provider, const QString &appTokenOrKey);
};

} // namespace kyc
