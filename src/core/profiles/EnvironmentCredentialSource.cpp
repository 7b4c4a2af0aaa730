#include "profiles/EnvironmentCredentialSource.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kyc {

void EnvironmentCredentialSource::fetch(const Profile &profile, std::function<void(CredentialsResult)> done)
{
    done(read(profile.provider));
}

CredentialsResult EnvironmentCredentialSource::read(Provider provider)
{
    CredentialsResult result;
    switch (provider) {
    case Provider::Sumsub: {
        Credentials c;
        c.sumsubAppToken = qEnvironmentVariable(kSumsubAppToken).trimmed();
        c.sumsubSecretKey = qEnvironmentVariable(kSumsubSecretKey).trimmed();
        QStringList missing;
        if (c.sumsubAppToken.isEmpty())
            missing.append(QLatin1String(kSumsubAppToken));
        if (c.sumsubSecretKey.isEmpty())
            missing.append(QLatin1String(kSumsubSecretKey));
        if (missing.isEmpty()) {
            result.credentials = c;
        } else {
            c.wipe();
            result.problem =
                tr("No Sumsub credentials: use a profile (kyc-share profile add), or set %1 in the "
                   "environment (the app token and the secret key from the Sumsub dashboard); or "
                   "try the console with --demo.")
                    .arg(missing.join(u" and "_s));
        }
        break;
    }
    case Provider::ComplyCube: {
        Credentials c;
        c.complyCubeApiKey = qEnvironmentVariable(kComplyCubeApiKey).trimmed();
        if (!c.complyCubeApiKey.isEmpty())
            result.credentials = c;
        else
            result.problem =
                tr("No ComplyCube API key: use a profile (kyc-share profile add), or set %1 in the "
                   "environment (a test_ or live_ key from the ComplyCube portal); or try the "
                   "console with --demo.")
                    .arg(QLatin1String(kComplyCubeApiKey));
        break;
    }
    }
    return result;
}

} // namespace kyc
