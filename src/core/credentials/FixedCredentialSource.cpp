#include "core/credentials/FixedCredentialSource.h"

namespace kyc {

FixedCredentialSource::FixedCredentialSource(Credentials credentials)
    : m_credentials(std::move(credentials))
{}

FixedCredentialSource::~FixedCredentialSource()
{
    m_credentials.wipe();
}

void FixedCredentialSource::fetch(const Profile &, std::function<void(CredentialsResult)> done)
{
    done({m_credentials, {}});
}

} // namespace kyc
