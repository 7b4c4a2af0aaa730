#pragma once

#include "core/credentials/CredentialSource.h"

namespace kyc {

// Which secrets an attempt uses. Stored profiles (they have an id) take theirs from the keychain; the
// environment's pseudo-profiles (no id) from the environment. The command line's rule adds one: complete
// credentials in the environment override a stored profile's, an explicit choice for automation.
class RoutingCredentialSource : public CredentialSource
{
public:
    enum class Rule
    {
        ByProfile,       // the console
        EnvironmentFirst // the command line
    };

    RoutingCredentialSource(CredentialSource *stored, CredentialSource *environment,
                            Rule rule = Rule::ByProfile);
    void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) override;
    // Whether a stored profile's secrets would give way to the environment's (the operator is told).
    bool overridesProfile(const Profile &profile) const;

private:
    CredentialSource *m_stored;
    CredentialSource *m_environment;
    Rule m_rule;
};

} // namespace kyc
