#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace kyc {

// Secrets in this process's memory only: for the operator who chose to keep them for this session
// when there is no keychain, and for tests, which can make it fail in each way the keychain fails.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;
    QString describe() const override;

    // Every following operation fails this way (None: work again).
    void setFailure(SecretError error) { m_failure = error; }
    QStringList keys() const { return m_values.keys(); }

private:
    bool failed(const Done &done) const;

    QHash<QString, QString> m_values;
    SecretError m_failure = SecretError::None;
};

} // namespace kyc
