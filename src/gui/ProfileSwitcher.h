#pragma once

#include "core/profiles/Profile.h"

#include <QHash>
#include <QObject>

#include <optional>

class QComboBox;
class QSettings;
namespace kyc {
class ProfileStore;
}

// Which profile issues, per provider: the stored ones (when there is a store) and those given at start
// (the environment's, or demo mode's). The window's box shows the choices of the provider in front; the
// choice is restored from the settings and saved to them (not in demo mode, whose profiles are its own).
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    // store: none in demo mode. settingsKept: whether the choice is restored and saved.
    ProfileSwitcher(QComboBox *box, kyc::ProfileStore *store, QList<kyc::Profile> given, bool settingsKept,
                    QObject *parent);

    QList<kyc::Profile> all() const;
    // The chosen one, else the provider's first, else a placeholder named "none" with the default URL.
    kyc::Profile active(kyc::Provider provider) const;
    // Chooses the profile of that name; its provider, or nullopt when there is none of that name.
    std::optional<kyc::Provider> choose(const QString &name);
    // Chooses it for the provider if it exists; whether it does.
    bool choose(kyc::Provider provider, const QString &name);

    // Shows the provider's profiles in the box, the active one current (also after the store changed).
    void show(kyc::Provider provider);

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    // The operator chose another profile in the box.
    void chosen();

private:
    QComboBox *m_box;
    kyc::ProfileStore *m_store;
    QList<kyc::Profile> m_given;
    bool m_settingsKept;
    kyc::Provider m_shown = kyc::Provider::Sumsub;
    QHash<kyc::Provider, QString> m_chosen;
};
