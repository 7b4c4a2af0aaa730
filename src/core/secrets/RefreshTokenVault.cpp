#include "core/secrets/RefreshTokenVault.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc {

RefreshTokenVault::RefreshTokenVault(SecretStore *secrets)
    : m_secrets(secrets)
{}

bool RefreshTokenVault::canKeep(const Profile &profile) const
{
    return m_secrets && !profile.id.isEmpty();
}

// One keychain entry per profile: a small JSON object, so that the token and its verifier come and go
// together.
void RefreshTokenVault::keep(const Profile &profile, const Entry &entry, SecretStore::Done done)
{
    if (!canKeep(profile)) {
        done(SecretResult{});
        return;
    }
    const QJsonObject object{{u"refreshToken"_s, entry.refreshToken},
                             {u"codeVerifier"_s, entry.codeVerifier}};
    m_secrets->write(profile.secretKey(Secret::SumsubIdRefreshToken),
                     QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                     std::move(done));
}

void RefreshTokenVault::find(const Profile &profile, std::function<void(std::optional<Entry>)> done)
{
    if (!canKeep(profile)) {
        done(std::nullopt);
        return;
    }
    m_secrets->read(profile.secretKey(Secret::SumsubIdRefreshToken), [done](const SecretResult &r) {
        if (r.error != SecretError::None || !r.value) {
            done(std::nullopt);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(r.value->toUtf8()).object();
        const QString token = object.value(u"refreshToken"_s).toString();
        if (token.isEmpty()) {
            done(std::nullopt);
            return;
        }
        done(Entry{token, object.value(u"codeVerifier"_s).toString()});
    });
}

} // namespace kyc
