#include "core/secrets/MemorySecretStore.h"

namespace kyc {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &v : m_values)
        v.fill(QChar(u'\0'));
}

bool MemorySecretStore::failed(const Done &done) const
{
    if (m_failure == SecretError::None)
        return false;
    done({m_failure, std::nullopt, explain(m_failure)});
    return true;
}

void MemorySecretStore::read(const QString &key, Done done)
{
    if (failed(done))
        return;
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        done({SecretError::NotFound, std::nullopt, explain(SecretError::NotFound)});
    else
        done({SecretError::None, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, Done done)
{
    if (failed(done))
        return;
    m_values.insert(key, value);
    done({});
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    if (failed(done))
        return;
    if (auto it = m_values.find(key); it != m_values.end()) {
        it->fill(QChar(u'\0'));
        m_values.erase(it);
    }
    done({});
}

QString MemorySecretStore::describe() const
{
    return tr("memory, for this session only");
}

} // namespace kyc
