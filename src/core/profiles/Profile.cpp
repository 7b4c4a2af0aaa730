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
