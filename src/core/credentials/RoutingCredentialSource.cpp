#include "core/credentials/RoutingCredentialSource.h"

#include "core/credentials/EnvironmentCredentialSource.h"

namespace kyc {

RoutingCredentialSource::RoutingCredentialSource(CredentialSource *stored, CredentialSource *environment,
                                                 Rule rule)
    : m_stored(stored)
    , m_environment(environment)
    , m_rule(rule)
{}

bool RoutingCredentialSource::overridesProfile(const Profile &profile) const
{
    if (m_rule != Rule::EnvironmentFirst || profile.id.isEmpty())
        return false;
    // Only asked whether they are there and complete; read again, just before use, by fetch().
    CredentialsResult available = EnvironmentCredentialSource::read(profile.provider);
    const bool complete = available.credentials.has_value();
    if (available.credentials)
        available.credentials->wipe();
    return complete;
}

void RoutingCredentialSource::fetch(const Profile &profile, std::function<void(CredentialsResult)> done)
{
    const bool environment = profile.id.isEmpty() || overridesProfile(profile);
    (environment ? m_environment : m_stored)->fetch(profile, std::move(done));
}

} // namespace kyc
