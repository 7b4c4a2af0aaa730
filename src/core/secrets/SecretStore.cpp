#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace kyc {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::explain(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return QCoreApplication::translate(
            "kyc::SecretStore", "The secret is not in the keychain. Enter it again in the profile.");
    case SecretError::NoKeychain:
        return QCoreApplication::translate(
            "kyc::SecretStore",
            "No OS keychain is available: on Linux a Secret Service (GNOME Keyring or KWallet) must be "
            "running "
            "in your desktop session. Install and start one, or keep the secrets in memory for this session "
            "only. Secrets are never written to a file instead.");
    case SecretError::AccessDenied:
        return QCoreApplication::translate(
            "kyc::SecretStore", "The keychain refused access: it may be locked. Unlock it and try again.");
    case SecretError::Other:
        return QCoreApplication::translate("kyc::SecretStore", "The keychain failed.");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kyc
