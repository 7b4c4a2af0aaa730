#pragma once

#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class QSettings;

namespace kyc {

// The profiles' non-secret fields in QSettings (organisation "kyc-share", application
// "kyc-share-console", shared by the console and the CLI). Secrets are never written here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ProfileStore)

public:
    explicit ProfileStore(QSettings *settings); // not owned
    static std::unique_ptr<QSettings> openDefaultSettings();

    QList<Profile> profiles() const; // by name
    std::optional<Profile> find(const QString &name) const;
    std::optional<Profile> findById(const QString &id) const;
    // Adds the profile (a new id is given when it has none) or replaces the one with its id.
    Profile save(Profile profile);
    void remove(const QString &id);

    // What is wrong with a profile before it is saved; empty when it can be.
    QString check(const Profile &profile) const;

private:
    QSettings *m_settings;
};

} // namespace kyc
