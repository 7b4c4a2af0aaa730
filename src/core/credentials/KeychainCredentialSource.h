#pragma once

#include "core/credentials/CredentialSource.h"

#include <QCoreApplication>

namespace kyc {

class SecretStore;

// A profile's secrets from the SecretStore (the OS keychain), read just before each use and
// not kept: every call reads them again.
class KeychainCredentialSource : public CredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(kyc::KeychainCredentialSource)

public:
    explicit KeychainCredentialSource(SecretStore *store);
    void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) override;

private:
    SecretStore *m_store;
};

} // namespace kyc
