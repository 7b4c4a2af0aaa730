#include "profiles/Profile.h"

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
    }
    Q_UNREACHABLE();
    return {};
}

QString providerKey(Provider provider)
{
    return provider == Provider::ComplyCube ? u"complycube"_s : u"sumsub"_s;
}

QString environmentKey(Environment environment)
{
    return environment == Environment::Production ? u"production"_s : u"sandbox"_s;
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

Environment Profile::suggestEnvironment(Provider provider, const QString &appTokenOrKey)
{
    const QString key = appTokenOrKey.trimmed();
    switch (provider) {
    case Provider::Sumsub:
        return key.startsWith(u"sbx:"_s) ? Environment::Sandbox : Environment::Production;
    case Provider::ComplyCube:
        return key.startsWith(u"test_"_s) ? Environment::Sandbox : Environment::Production;
    }
    Q_UNREACHABLE();
    return Environment::Production;
}

} // namespace kyc
