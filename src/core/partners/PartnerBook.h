#pragma once

#include "core/tokens/Operation.h"

#include <QList>
#include <QString>

class QSettings;

namespace kyc {

// A partner the operator shares with: a display name and what identifies the partner to the provider
// (Sumsub: the forClientId; ComplyCube: a referrer pattern or an app ID).
struct Partner
{
    Provider provider = Provider::Sumsub;
    QString name;
    QString id;

    friend bool operator==(const Partner &a, const Partner &b)
    {
        return a.provider == b.provider && a.name == b.name && a.id == b.id;
    }
};

// The partner address book, in the same QSettings as the profiles (group "partners"): nothing in it is
// secret. One entry per provider and ID; saving an ID again renames it.
class PartnerBook
{
public:
    explicit PartnerBook(QSettings *settings); // not owned

    QList<Partner> partners(Provider provider) const; // by name
    // The name saved for an ID, or empty.
    QString nameFor(Provider provider, const QString &id) const;
    // Returns what is wrong (for the operator) when the partner cannot be saved; empty when it was.
    QString save(const Partner &partner);
    void remove(Provider provider, const QString &id);

private:
    QList<Partner> all() const;
    void write(const QList<Partner> &partners);

    QSettings *m_settings;
};

} // namespace kyc
