#include "core/secrets/KeychainSecretStore.h"

#include "core/base/Logging.h"

#include <qt6keychain/keychain.h>

namespace kyc {

namespace {
bool isNoKeychainMessage(const QString &message)
{
    return message.contains(QLatin1String("Could not connect")) ||
           message.contains(QLatin1String("ServiceUnknown")) ||
           message.contains(QLatin1String("org.freedesktop.secrets was not provided")) ||
           (message.contains(QLatin1String("/org/freedesktop/secrets/collection")) &&
            message.contains(QLatin1String("does not exist")));
}

SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = SecretError::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = SecretError::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = SecretError::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing Secret Service as OtherError; only its message tells:
        // no session bus, no service, or a service without a (login) collection.
        r.error = isNoKeychainMessage(job->errorString()) ? SecretError::NoKeychain : SecretError::Other;
        break;
    }
    r.message = SecretStore::explain(r.error) + QLatin1Char(' ') + job->errorString();
    qCWarning(lcIssuer) << "keychain operation on" << job->key() << "failed:" << int(job->error());
    return r;
}

template<typename JobType> JobType *newJob(QObject *parent, const QString &key)
{
    auto *job = new JobType(QLatin1String(KeychainSecretStore::kService), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

void KeychainSecretStore::read(const QString &key, Done done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        SecretResult r = resultOf(j);
        if (r.error == SecretError::None)
            r.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        SecretResult r = resultOf(j);
        if (r.error == SecretError::NotFound) // already gone is what was asked for
            r = {};
        done(r);
    });
    job->start();
}

QString KeychainSecretStore::describe() const
{
    return tr("the OS keychain");
}

} // namespace kyc
