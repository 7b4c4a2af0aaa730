#include "core/partners/PartnerBook.h"

#include "core/profiles/Profile.h"
#include "core/tokens/OperationSpec.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

QString Partner::displayName() const
{
    return name.isEmpty() ? id : u"%1 (%2)"_s.arg(name, id);
}

QString Partner::rulesSummary() const
{
    QStringList parts;
    if (rules.maxTtlSecs > 0)
        parts << PartnerBook::tr("at most %1 s").arg(rules.maxTtlSecs);
    if (!rules.operations.isEmpty()) {
        QStringList taken;
        for (const Operation op : rules.operations)
            taken << operationDisplayName(op);
        parts << PartnerBook::tr("takes only %1").arg(taken.join(u", "_s));
    }
    if (!rules.levelName.isEmpty())
        parts << PartnerBook::tr("level %1").arg(rules.levelName);
    if (!rules.note.isEmpty())
        parts << rules.note;
    return parts.isEmpty() ? QString() : PartnerBook::tr("%1: %2").arg(displayName(), parts.join(u"; "_s));
}

std::optional<FieldError> Partner::refusal(const CheckedRequest &request) const
{
    // The complaint goes next to the field that names the partner, or to the TTL.
    Field partnerField = Field::ForClientId;
    if (const SdkTokenParams *sdk = request.tryAs<SdkTokenParams>())
        partnerField = sdk->sdk == SdkKind::Web ? Field::Referrer : Field::AppId;
    if (!rules.operations.isEmpty() && !rules.operations.contains(request.operation())) {
        QStringList taken;
        for (const Operation op : rules.operations)
            taken << operationDisplayName(op);
        return FieldError{
            partnerField,
            PartnerBook::tr("%1 takes only: %2. Its rules in the address book say so; choose an "
                            "operation it takes.")
                .arg(displayName(), taken.join(u"; "_s))};
    }
    if (rules.maxTtlSecs > 0 && request.ttl().count() > rules.maxTtlSecs)
        return FieldError{
            Field::TtlSecs,
            PartnerBook::tr("%1 takes tokens of at most %2 s (its rules in the address book); this "
                            "one would live %3 s. Lower the TTL to %2 s or less.")
                .arg(displayName())
                .arg(rules.maxTtlSecs)
                .arg(request.ttl().count())};
    return std::nullopt;
}

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
        if (!provider || id.isEmpty())
            continue;
        Partner partner{*provider, m_settings->value(u"name"_s).toString(), id, {}};
        for (const QString &key : m_settings->value(u"operations"_s).toStringList()) {
            if (const std::optional<Operation> op = operationFromKey(key))
                partner.rules.operations.append(*op);
        }
        partner.rules.maxTtlSecs = m_settings->value(u"maxTtlSecs"_s).toLongLong();
        partner.rules.levelName = m_settings->value(u"levelName"_s).toString();
        partner.rules.note = m_settings->value(u"note"_s).toString();
        out.append(partner);
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
        const PartnerRules &rules = partners.at(i).rules;
        if (rules.isEmpty())
            continue;
        QStringList operations;
        for (const Operation op : rules.operations)
            operations << operationKey(op);
        m_settings->setValue(u"operations"_s, operations);
        m_settings->setValue(u"maxTtlSecs"_s, rules.maxTtlSecs);
        m_settings->setValue(u"levelName"_s, rules.levelName);
        m_settings->setValue(u"note"_s, rules.note);
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

std::optional<Partner> PartnerBook::find(Provider provider, const QString &id) const
{
    const QList<Partner> every = all();
    const auto it = std::find_if(every.cbegin(), every.cend(),
                                 [&](const Partner &p) { return p.provider == provider && p.id == id; });
    return it == every.cend() ? std::nullopt : std::optional<Partner>(*it);
}

QString PartnerBook::nameFor(Provider provider, const QString &id) const
{
    const std::optional<Partner> partner = find(provider, id);
    return partner ? partner->name : QString();
}

std::optional<Partner> PartnerBook::partnerFor(const CheckedRequest &request) const
{
    const QString id = request.partner();
    return id.isEmpty() ? std::nullopt : find(providerOf(request.operation()), id);
}

QString PartnerBook::checkRules(Provider provider, const PartnerRules &rules)
{
    if (rules.maxTtlSecs < 0)
        return tr("A partner's maximum TTL is a number of seconds, or 0 for none.");
    for (const Operation op : rules.operations) {
        if (providerOf(op) != provider)
            return tr("%1 is not an operation of %2.").arg(operationKey(op), providerDisplayName(provider));
    }
    return {};
}

QString PartnerBook::setRules(Provider provider, const QString &id, const PartnerRules &rules)
{
    QList<Partner> every = all();
    const auto it = std::find_if(every.begin(), every.end(),
                                 [&](const Partner &p) { return p.provider == provider && p.id == id; });
    if (it == every.end())
        return tr("There is no partner \"%1\" in the address book; save it with a name first.").arg(id);
    if (const QString problem = checkRules(provider, rules); !problem.isEmpty())
        return problem;
    it->rules = rules;
    write(every);
    return {};
}

QString PartnerBook::save(const Partner &partner)
{
    Partner clean{partner.provider, partner.name.trimmed(), partner.id.trimmed(), partner.rules};
    if (clean.id.isEmpty())
        return tr("Enter the partner's ID first, then save it.");
    if (clean.name.isEmpty())
        return tr("Give the partner a name, like the company's, to find it by.");
    if (const QString problem = checkRules(clean.provider, clean.rules); !problem.isEmpty())
        return problem;
    QList<Partner> every = all();
    if (const std::optional<Partner> known = find(clean.provider, clean.id); known && clean.rules.isEmpty())
        clean.rules = known->rules; // renamed: its rules stay
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
