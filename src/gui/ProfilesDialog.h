#pragma once

#include "core/profiles/Profile.h"

#include <QDialog>

#include <memory>

namespace kyc {
class Issuer;
class ProfileStore;
class SecretStore;
} // namespace kyc
namespace Ui {
class ProfilesDialog;
}

// Add, edit, duplicate and remove profiles. Secrets go to the SecretStore (the OS keychain) before a
// profile is saved; left empty when editing, the stored ones are kept. Nothing secret is shown
// unless revealed, and nothing is written anywhere else.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(kyc::ProfileStore *store, kyc::SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void selectProfile(const QString &id);
    // Enables "Test connection".
    void setIssuer(kyc::Issuer *issuer);
    // Where secrets may go for this session only, when the keychain cannot take them.
    void setSessionStore(kyc::SecretStore *session) { m_session = session; }
    void startNew(kyc::Provider provider);

Q_SIGNALS:
    void profilesChanged();

private:
    void reload(const QString &selectId);
    void showProfile(const kyc::Profile &profile);
    kyc::Profile fromFields() const;
    void updateForProvider();
    void duplicate();
    void removeSelected();
    void save();
    void storeSecretsThenSave(kyc::SecretStore *store, const kyc::Profile &profile,
                              QList<std::pair<kyc::Secret, QString>> secrets);
    void keepForThisSession();
    void showProblem(const QString &message);
    void testConnection();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    kyc::ProfileStore *m_store;
    kyc::SecretStore *m_secrets;
    kyc::Profile m_current; // id empty while it is a new profile
    bool m_environmentChosen = false;
    kyc::Issuer *m_issuer = nullptr;
    kyc::SecretStore *m_session = nullptr;
    kyc::Profile m_pendingProfile; // waiting for the operator's choice after the keychain failed
    QList<std::pair<kyc::Secret, QString>> m_pendingSecrets;
};
