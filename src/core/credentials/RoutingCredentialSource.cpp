#include "core/credentials/RoutingCredentialSource.h"

namespace kyc {

RoutingCredentialSource::RoutingCredentialSource(CredentialSource *stored, CredentialSource *environment)
    : m_stored(stored)
    , m_environment(environment)
{}

void RoutingCredentialSource::fetch(const Profile &profile, std::function<void(CredentialsResult)> done)
{
    (profile.id.isEmpty() ? m_environment : m_stored)->fetch(profile, std::move(done));
}

} // namespace kyc
