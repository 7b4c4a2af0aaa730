#pragma once

#include "core/profiles/Profile.h"
#include "core/secrets/SecretStore.h"

#include <functional>
#include <optional>

namespace kyc {

// A Sumsub ID Connect refresh token and the PKCE code verifier it was issued with, kept per profile in
// the secret store (the OS keychain), never in the settings or the history: what the console offers
// again the next time, and what any front end can ask for by profile. The environment's and demo mode's
// accounts have no profile of their own and keep nothing.
class RefreshTokenVault
{
public:
    struct Entry
    {
        QString refreshToken;
        QString codeVerifier;
    };

    explicit RefreshTokenVault(SecretStore *secrets);

    // Whether the profile can keep one: a stored profile, and a store to keep it in.
    bool canKeep(const Profile &profile) const;
    // done gets the store's result (an ok at once when nothing can be kept).
    void keep(const Profile &profile, const Entry &entry, SecretStore::Done done);
    // done gets the entry, or nullopt when there is none (or it cannot be read).
    void find(const Profile &profile, std::function<void(std::optional<Entry>)> done);

private:
    SecretStore *m_secrets;
};

} // namespace kyc
