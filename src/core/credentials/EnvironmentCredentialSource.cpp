#include "core/credentials/EnvironmentCredentialSource.h"

#include "core/base/Wipe.h"

#include <QHash>
#include <QStringList>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
// The secrets taken from the environment, for the life of the process; wiped when it ends.
struct TakenSecrets
{
    bool taken = false;
    QHash<QByteArray, QString> values;
    ~TakenSecrets()
    {
        for (QString &value : values)
            wipe(value);
    }
};

TakenSecrets &takenSecrets()
{
    static TakenSecrets secrets;
    return secrets;
}

QString secretVariable(const char *name)
{
    if (takenSecrets().taken)
        return takenSecrets().values.value(QByteArray(name));
    return qEnvironmentVariable(name);
}

const QList<QByteArray> &tokenVariables()
{
    static const QList<QByteArray> names{"KYC_SHARE_CODE",          "KYC_SHARE_REDIRECT_URL",
                                         "KYC_SHARE_CODE_VERIFIER", "KYC_SHARE_REFRESH_TOKEN",
                                         "KYC_SHARE_CONNECT_TOKEN", "KYC_SHARE_SHARE_TOKEN"};
    return names;
}
} // namespace

QString EnvironmentCredentialSource::taken(const char *name)
{
    return secretVariable(name);
}

void EnvironmentCredentialSource::takeFromEnvironment()
{
    QList<QByteArray> names{kSumsubAppToken, kSumsubSecretKey, kComplyCubeApiKey};
    names += tokenVariables();
    for (const QByteArray &name : std::as_const(names)) {
        if (char *value = std::getenv(name.constData())) {
            takenSecrets().values.insert(name, QString::fromLocal8Bit(value));
            // Overwritten where it lies, so that the process's original environment block (what
            // /proc/PID/environ shows) no longer holds it either; then removed.
            std::memset(value, 'x', std::strlen(value));
            qunsetenv(name.constData());
        }
    }
    takenSecrets().taken = true;
}

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
        c.sumsubAppToken = secretVariable(kSumsubAppToken).trimmed();
        c.sumsubSecretKey = secretVariable(kSumsubSecretKey).trimmed();
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
        c.complyCubeApiKey = secretVariable(kComplyCubeApiKey).trimmed();
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
