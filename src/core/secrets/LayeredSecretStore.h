#pragma once

#include "core/secrets/SecretStore.h"

namespace kyc {

class MemorySecretStore;

// The keychain, with this session's memory in front of it: secrets the operator chose to keep for
// this session only (when there is no keychain) are found first. Writes go to the keychain;
// removing clears both.
class LayeredSecretStore : public SecretStore
{
    Q_OBJECT

public:
    LayeredSecretStore(MemorySecretStore *session, SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;
    QString describe() const override;

    MemorySecretStore *session() const { return m_session; }

private:
    MemorySecretStore *m_session;
    SecretStore *m_keychain;
};

} // namespace kyc
