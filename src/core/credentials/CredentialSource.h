#pragma once

#include "core/credentials/Credentials.h"
#include "core/profiles/Profile.h"

#include <functional>
#include <optional>

namespace kyc {

struct CredentialsResult
{
    std::optional<Credentials> credentials;
    QString problem; // when there are none: what is missing and how to provide it
};

// Where the secrets of a profile come from, asked just before each use. Asynchronous because the OS
// keychain is; an implementation calls done exactly once, possibly before fetch() returns.
class CredentialSource
{
public:
    virtual ~CredentialSource();
    virtual void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) = 0;
};

} // namespace kyc
