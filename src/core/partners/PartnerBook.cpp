#include "core/partners/PartnerBook.h"

#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

PartnerBook::PartnerBook(QSettings *settings)
    : m_settings(settings)
{}

QList<Partner> PartnerBook::all() const
{
    QList<Partner> out;
    const int n = m_settings->beginReadArray(u"partners"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        const std::optional<Provider> provider = providerFromKey(m_settings->value(u"provider"_s).toString());
        const QString id = m_settings->value(u"id"_s).toString();
        if (provider && !id.isEmpty())
            out.append({*provider, m_settings->value(u"name"_s).toString(), id});
    }
    m_settings->endArray();
    return out;
}

void PartnerBook::write(const QList<Partner> &partners)
{
    m_settings->remove(u"partners"_s);
    m_settings->beginWriteArray(u"partners"_s, int(partners.size()));
    for (int i = 0; i < partners.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"provider"_s, providerKey(partners.at(i).provider));
        m_settings->setValue(u"name"_s, partners.at(i).name);
        m_settings->setValue(u"id"_s, partners.at(i).id);
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<Partner> PartnerBook::partners(Provider provider) const
{
    QList<Partner> out;
    const QList<Partner> every = all();
    std::copy_if(every.cbegin(), every.cend(), std::back_inserter(out),
                 [provider](const Partner &p) { return p.provider == provider; });
    std::sort(out.begin(), out.end(), [](const Partner &a, const Partner &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QString PartnerBook::nameFor(Provider provider, const QString &id) const
{
    const QList<Partner> every = all();
    const auto it = std::find_if(every.cbegin(), every.cend(),
                                 [&](const Partner &p) { return p.provider == provider && p.id == id; });
    return it == every.cend() ? QString() : it->name;
}

QString PartnerBook::save(const Partner &partner)
{
    const Partner clean{partner.provider, partner.name.trimmed(), partner.id.trimmed()};
    if (clean.id.isEmpty())
        return QCoreApplication::translate("kyc::PartnerBook", "Enter the partner's ID first, then save it.");
    if (clean.name.isEmpty())
        return QCoreApplication::translate("kyc::PartnerBook",
                                           "Give the partner a name, like the company's, to find it by.");
    QList<Partner> every = all();
    every.removeIf([&](const Partner &p) { return p.provider == clean.provider && p.id == clean.id; });
    every.append(clean);
    write(every);
    return {};
}

void PartnerBook::remove(Provider provider, const QString &id)
{
    QList<Partner> every = all();
    every.removeIf([&](const Partner &p) { return p.provider == provider && p.id == id; });
    write(every);
}

} // namespace kyc
