#include "core/secrets/LayeredSecretStore.h"

#include "core/secrets/MemorySecretStore.h"

namespace kyc {

LayeredSecretStore::LayeredSecretStore(MemorySecretStore *session, SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_session(session)
    , m_keychain(keychain)
{}

void LayeredSecretStore::read(const QString &key, Done done)
{
    m_session->read(key, [this, key, done](const SecretResult &r) {
        if (r.error == SecretError::None)
            done(r);
        else
            m_keychain->read(key, done);
    });
}

void LayeredSecretStore::write(const QString &key, const QString &value, Done done)
{
    m_keychain->write(key, value, [this, key, done](const SecretResult &r) {
        if (r.error == SecretError::None) // the keychain's copy is the one; no stale session copy shadows it
            m_session->remove(key, [](const SecretResult &) {});
        done(r);
    });
}

void LayeredSecretStore::remove(const QString &key, Done done)
{
    m_session->remove(key, [this, key, done](const SecretResult &) { m_keychain->remove(key, done); });
}

QString LayeredSecretStore::describe() const
{
    return m_keychain->describe();
}

} // namespace kyc
