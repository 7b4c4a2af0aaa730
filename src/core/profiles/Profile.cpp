#include "core/profiles/Profile.h"

#include "core/credentials/Credentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

QString environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return QCoreApplication::translate("kyc::Profile", "SANDBOX");
    case Environment::Production:
        return QCoreApplication::translate("kyc::Profile", "PRODUCTION");
    case Environment::Unknown:
        return QCoreApplication::translate("kyc::Profile", "UNKNOWN: TREATED AS PRODUCTION");
    case Environment::NoAccount:
        return QCoreApplication::translate("kyc::Profile", "NO ACCOUNT");
    }
    Q_UNREACHABLE();
    return {};
}

bool treatedAsProduction(Environment environment)
{
    return environment == Environment::Production || environment == Environment::Unknown;
}

QString providerKey(Provider provider)
{
    return provider == Provider::ComplyCube ? u"complycube"_s : u"sumsub"_s;
}

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return u"sandbox"_s;
    case Environment::Production:
        return u"production"_s;
    case Environment::Unknown:
        return u"unknown"_s;
    case Environment::NoAccount:
        return QString();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Provider> providerFromKey(const QString &key)
{
    if (key == u"sumsub")
        return Provider::Sumsub;
    if (key == u"complycube")
        return Provider::ComplyCube;
    return std::nullopt;
}

std::optional<Environment> environmentFromKey(const QString &key)
{
    if (key == u"sandbox")
        return Environment::Sandbox;
    if (key == u"production")
        return Environment::Production;
    return std::nullopt;
}

QUrl Profile::defaultBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::Sumsub:
        return QUrl(u"https://api.sumsub.com"_s);
    case Provider::ComplyCube:
        return QUrl(u"https://api.complycube.com"_s);
    }
    Q_UNREACHABLE();
    return {};
}

QList<Secret> Profile::requiredSecrets(Provider provider)
{
    if (provider == Provider::ComplyCube)
        return {Secret::ComplyCubeApiKey};
    return {Secret::SumsubAppToken, Secret::SumsubSecretKey};
}

QList<Secret> Profile::allSecrets()
{
    return {Secret::SumsubAppToken, Secret::SumsubSecretKey, Secret::ComplyCubeApiKey,
            Secret::SumsubIdRefreshToken};
}

QString Profile::secretDisplayName(Secret secret)
{
    switch (secret) {
    case Secret::SumsubAppToken:
        return QCoreApplication::translate("kyc::Profile", "app token");
    case Secret::SumsubSecretKey:
        return QCoreApplication::translate("kyc::Profile", "secret key");
    case Secret::ComplyCubeApiKey:
        return QCoreApplication::translate("kyc::Profile", "API key");
    case Secret::SumsubIdRefreshToken:
        return QCoreApplication::translate("kyc::Profile", "Sumsub ID refresh token");
    }
    Q_UNREACHABLE();
    return {};
}

QString Profile::secretKey(Secret secret) const
{
    QString entry;
    switch (secret) {
    case Secret::SumsubAppToken:
        entry = u"sumsub-app-token"_s;
        break;
    case Secret::SumsubSecretKey:
        entry = u"sumsub-secret-key"_s;
        break;
    case Secret::ComplyCubeApiKey:
        entry = u"complycube-api-key"_s;
        break;
    case Secret::SumsubIdRefreshToken:
        entry = u"sumsub-id-refresh-token"_s;
        break;
    }
    return u"profiles/"_s + id + u'/' + entry;
}

Environment Profile::environmentOfKey(Provider provider, const QString &appTokenOrKey)
{
    const QString key = appTokenOrKey.trimmed();
    const auto [sandbox, production] =
        provider == Provider::Sumsub ? std::pair{u"sbx:"_s, u"prd:"_s} : std::pair{u"test_"_s, u"live_"_s};
    if (key.startsWith(sandbox))
        return Environment::Sandbox;
    if (key.startsWith(production))
        return Environment::Production;
    return Environment::Unknown;
}

Environment Profile::environmentOf(Provider provider, const Credentials &credentials)
{
    return environmentOfKey(provider, provider == Provider::Sumsub ? credentials.sumsubAppToken
                                                                   : credentials.complyCubeApiKey);
}

QString Profile::environmentMismatch(Environment keyEnvironment) const
{
    // Only a label can contradict: the environment's credentials and "no account" have none of their own.
    if (environment != Environment::Sandbox && environment != Environment::Production)
        return {};
    if (keyEnvironment == environment ||
        (environment == Environment::Production && keyEnvironment == Environment::Unknown))
        return {};
    const QString keyName = provider == Provider::Sumsub
                                ? QCoreApplication::translate("kyc::Profile", "app token")
                                : QCoreApplication::translate("kyc::Profile", "API key");
    if (keyEnvironment == Environment::Unknown)
        return QCoreApplication::translate(
                   "kyc::Profile",
                   "The profile \"%1\" is labelled sandbox, but its %2 has no sandbox prefix (%3), so it is "
                   "treated as production. Nothing was sent. Check the %2, or label the profile production.")
            .arg(name, keyName, provider == Provider::Sumsub ? u"sbx:"_s : u"test_"_s);
    return QCoreApplication::translate(
               "kyc::Profile",
               "The profile \"%1\" is labelled %2, but its %3 is a %4 key. Nothing was sent. Correct the "
               "profile's environment or its %3 (Profiles, Edit; or kyc-share profile edit).")
        .arg(name, environmentKey(environment), keyName, environmentKey(keyEnvironment));
}

} // namespace kyc
