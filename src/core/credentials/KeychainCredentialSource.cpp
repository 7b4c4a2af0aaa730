#include "core/credentials/KeychainCredentialSource.h"

#include "core/secrets/SecretStore.h"

#include <memory>

namespace kyc {

namespace {
void assign(Credentials &c, Secret secret, const QString &value)
{
    switch (secret) {
    case Secret::SumsubAppToken:
        c.sumsubAppToken = value.trimmed();
        break;
    case Secret::SumsubSecretKey:
        c.sumsubSecretKey = value.trimmed();
        break;
    case Secret::ComplyCubeApiKey:
        c.complyCubeApiKey = value.trimmed();
        break;
    case Secret::SumsubIdRefreshToken:
        break;
    }
}
} // namespace

KeychainCredentialSource::KeychainCredentialSource(SecretStore *store)
    : m_store(store)
{}

void KeychainCredentialSource::fetch(const Profile &profile, std::function<void(CredentialsResult)> done)
{
    // Read one secret after another; the first failure ends it.
    struct State
    {
        QList<Secret> remaining;
        Credentials credentials;
    };
    auto state = std::make_shared<State>();
    state->remaining = Profile::requiredSecrets(profile.provider);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, next, profile, done] {
        if (state->remaining.isEmpty()) {
            done({state->credentials, {}});
            state->credentials.wipe();
            *next = nullptr; // break the cycle
            return;
        }
        const Secret secret = state->remaining.takeFirst();
        m_store->read(profile.secretKey(secret), [state, next, profile, secret, done](const SecretResult &r) {
            if (r.error != SecretError::None || !r.value || r.value->trimmed().isEmpty()) {
                state->credentials.wipe();
                const QString problem =
                    r.error == SecretError::NotFound || r.error == SecretError::None
                        ? tr("The profile \"%1\" has no %2 in %3. Edit the profile and enter it again.")
                              .arg(profile.name, Profile::secretDisplayName(secret), tr("the keychain"))
                        : tr("The %1 of profile \"%2\" could not be read. %3")
                              .arg(Profile::secretDisplayName(secret), profile.name, r.message);
                done({std::nullopt, problem});
                *next = nullptr;
                return;
            }
            assign(state->credentials, secret, *r.value);
            (*next)();
        });
    };
    (*next)();
}

} // namespace kyc
