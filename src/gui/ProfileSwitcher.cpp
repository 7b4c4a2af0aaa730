#include "gui/ProfileSwitcher.h"

#include "core/profiles/ProfileStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
QString settingsKey(kyc::Provider provider)
{
    return u"window/profile/"_s + kyc::providerKey(provider);
}

const QList<kyc::Provider> kProviders{kyc::Provider::Sumsub, kyc::Provider::ComplyCube};
} // namespace

ProfileSwitcher::ProfileSwitcher(QComboBox *box, kyc::ProfileStore *store, QList<kyc::Profile> given,
                                 bool settingsKept, QObject *parent)
    : QObject(parent)
    , m_box(box)
    , m_store(store)
    , m_given(std::move(given))
    , m_settingsKept(settingsKept)
{
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        if (index < 0)
            return;
        m_chosen.insert(m_shown, m_box->itemData(index).toString());
        Q_EMIT chosen();
    });
}

QList<kyc::Profile> ProfileSwitcher::all() const
{
    QList<kyc::Profile> all = m_store ? m_store->profiles() : QList<kyc::Profile>{};
    all += m_given;
    return all;
}

kyc::Profile ProfileSwitcher::active(kyc::Provider provider) const
{
    const QString chosen = m_chosen.value(provider);
    const QList<kyc::Profile> all = this->all();
    for (const kyc::Profile &p : all) {
        if (p.provider == provider && p.name == chosen)
            return p;
    }
    for (const kyc::Profile &p : all) {
        if (p.provider == provider)
            return p;
    }
    kyc::Profile none;
    none.provider = provider;
    none.name = tr("none");
    none.baseUrl = kyc::Profile::defaultBaseUrl(provider);
    return none;
}

std::optional<kyc::Provider> ProfileSwitcher::choose(const QString &name)
{
    for (const kyc::Profile &p : all()) {
        if (p.name == name) {
            m_chosen.insert(p.provider, name);
            return p.provider;
        }
    }
    return std::nullopt;
}

bool ProfileSwitcher::choose(kyc::Provider provider, const QString &name)
{
    for (const kyc::Profile &p : all()) {
        if (p.provider == provider && p.name == name) {
            m_chosen.insert(provider, name);
            return true;
        }
    }
    return false;
}

void ProfileSwitcher::show(kyc::Provider provider)
{
    m_shown = provider;
    const kyc::Profile active = this->active(provider);
    const QSignalBlocker block(m_box);
    m_box->clear();
    for (const kyc::Profile &p : all()) {
        if (p.provider != provider)
            continue;
        m_box->addItem(tr("%1 (%2)").arg(p.name, kyc::environmentDisplayName(p.environment)), p.name);
        if (p.name == active.name)
            m_box->setCurrentIndex(m_box->count() - 1);
    }
    m_box->setVisible(m_box->count() > 0);
}

void ProfileSwitcher::restore(const QSettings &settings)
{
    if (!m_settingsKept)
        return;
    for (const kyc::Provider provider : kProviders) {
        const QString name = settings.value(settingsKey(provider)).toString();
        if (!name.isEmpty())
            m_chosen.insert(provider, name); // active() falls back if it is gone
    }
}

void ProfileSwitcher::save(QSettings &settings) const
{
    if (!m_settingsKept)
        return;
    for (const kyc::Provider provider : kProviders) {
        const kyc::Profile profile = active(provider);
        if (!profile.id.isEmpty())
            settings.setValue(settingsKey(provider), profile.name);
    }
}
