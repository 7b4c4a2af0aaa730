#include "core/profiles/ProfileStore.h"

#include "core/base/PrivateFiles.h"

#include "core/tokens/Validators.h"

#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
const QString kGroup = u"profiles"_s;

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

std::unique_ptr<QSettings> ProfileStore::openDefaultSettings()
{
    auto settings = std::make_unique<QSettings>(u"kyc-share"_s, u"kyc-share-console"_s);
    // Made 0600 in a 0700 folder before anything is written; QSettings keeps a file's mode when it
    // rewrites it.
    PrivateFiles::makeFile(settings->fileName());
    return settings;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    m_settings->beginGroup(kGroup);
    for (const QString &id : m_settings->childGroups()) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(u"name"_s).toString();
        p.provider = providerFromKey(m_settings->value(u"provider"_s).toString()).value_or(Provider::Sumsub);
        p.environment =
            environmentFromKey(m_settings->value(u"environment"_s).toString()).value_or(Environment::Sandbox);
        p.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        if (p.baseUrl.isEmpty())
            p.baseUrl = Profile::defaultBaseUrl(p.provider);
        p.caFile = m_settings->value(u"caFile"_s).toString();
        p.timeoutMs = m_settings->value(u"timeoutMs"_s, 30000).toInt();
        m_settings->endGroup();
        if (!p.name.isEmpty())
            list.append(p);
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Profile ProfileStore::save(Profile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(kGroup + u'/' + p.id);
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"provider"_s, providerKey(p.provider));
    m_settings->setValue(u"environment"_s, environmentKey(p.environment));
    m_settings->setValue(u"baseUrl"_s, p.baseUrl.toString());
    m_settings->setValue(u"caFile"_s, p.caFile);
    m_settings->setValue(u"timeoutMs"_s, p.timeoutMs);
    m_settings->endGroup();
    m_settings->sync();
    return p;
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(kGroup + u'/' + id);
    m_settings->sync();
}

QString ProfileStore::check(const Profile &p) const
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name, like \"Sumsub sandbox\".");
    if (name != p.name)
        return tr("The profile name must not begin or end with spaces.");
    for (const Profile &other : profiles()) {
        if (other.name == p.name && other.id != p.id)
            return tr("A profile named \"%1\" already exists; choose another name.").arg(p.name);
    }
    if (const QString problem = Validators::checkBaseUrl(p.baseUrl.toString()); !problem.isEmpty())
        return problem;
    if (!p.caFile.isEmpty()) {
        if (const QString problem = Validators::checkCaFile(p.caFile); !problem.isEmpty())
            return problem;
    }
    if (p.timeoutMs < 1000 || p.timeoutMs > 600000)
        return tr("The timeout must be between 1 and 600 seconds.");
    return {};
}

} // namespace kyc
