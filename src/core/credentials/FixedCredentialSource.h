#pragma once

#include "core/credentials/CredentialSource.h"

namespace kyc {

// Credentials held in memory for this process only: demo mode and tests.
class FixedCredentialSource : public CredentialSource
{
public:
    explicit FixedCredentialSource(Credentials credentials);
    ~FixedCredentialSource() override;

    void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) override;

private:
    Credentials m_credentials;
};

} // namespace kyc
