#pragma once

#include "core/credentials/CredentialSource.h"

namespace kyc {

// Stored profiles (they have an id) take their secrets from the keychain; the environment's
// pseudo-profiles (no id) from the environment.
class RoutingCredentialSource : public CredentialSource
{
public:
    RoutingCredentialSource(CredentialSource *stored, CredentialSource *environment);
    void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) override;

private:
    CredentialSource *m_stored;
    CredentialSource *m_environment;
};

} // namespace kyc
