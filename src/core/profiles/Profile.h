#pragma once

#include "core/tokens/Operation.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace kyc {

struct Credentials;

// A profile's label is Sandbox or Production. A key's prefix says which it belongs to (Sumsub sbx:/prd:,
// ComplyCube test_/live_); a key with neither is Unknown, and treated as production. NoAccount is the
// console's state with no credentials at all: no environment is in reach.
enum class Environment
{
    Sandbox,
    Production,
    Unknown,
    NoAccount,
};

// "SANDBOX", "PRODUCTION", "UNKNOWN: TREATED AS PRODUCTION", "NO ACCOUNT"
QString environmentDisplayName(Environment environment);
// Whether issuing there is to be treated as production (asked about, shown red).
bool treatedAsProduction(Environment environment);
// The stable words for settings, the CLI, JSON and the history: "sumsub", "complycube"; "sandbox",
// "production", "unknown" ("" for NoAccount). environmentFromKey() takes only the two labels a profile
// can have, sandbox and production; the parsers give nothing for any other word.
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
    // The environment a key belongs to, by its prefix: Sumsub sbx:/prd:, ComplyCube test_/live_;
    // Unknown for any other. What the history records, and what a profile's label must agree with.
    static Environment environmentOfKey(Provider provider, const QString &appTokenOrKey);
    // The same for an account's credentials: the Sumsub app token's, or the ComplyCube API key's.
    static Environment environmentOf(Provider provider, const Credentials &credentials);
    // What is wrong when this profile's label contradicts the environment of its key; empty when they
    // agree (an Unknown key agrees with a Production label: it is treated as production).
    QString environmentMismatch(Environment keyEnvironment) const;
};

} // namespace kyc
