#pragma once

#include "core/secrets/SecretStore.h"

namespace kyc {

// The OS keychain through QtKeychain, service "kyc-share-console". The insecure plain-text fallback
// is switched off on every job: without a keychain, an operation fails with NoKeychain.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *kService = "kyc-share-console";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;
    QString describe() const override;
};

} // namespace kyc
