#pragma once

#include "core/tokens/CheckedRequest.h"
#include "core/tokens/Operation.h"
#include "core/tokens/TokenRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace kyc {

// What a partner takes, as it told the operator: kept with the partner, applied before anything is
// sent (PartnerRules::refusal), so that nobody has to remember it.
struct PartnerRules
{
    QList<Operation> operations; // the operations it takes; empty: any of its provider's
    qint64 maxTtlSecs = 0;       // the longest TTL it takes; 0: no cap of its own
    QString levelName;           // the level it redeems a share token with (the receiving side's)
    QString note;                // anything else, for the operator

    bool isEmpty() const
    {
        return operations.isEmpty() && maxTtlSecs == 0 && levelName.isEmpty() && note.isEmpty();
    }
    friend bool operator==(const PartnerRules &a, const PartnerRules &b)
    {
        return a.operations == b.operations && a.maxTtlSecs == b.maxTtlSecs && a.levelName == b.levelName &&
               a.note == b.note;
    }
};

// A partner the operator shares with: a display name and what identifies the partner to the provider
// (Sumsub: the forClientId; ComplyCube: a referrer pattern or an app ID), and its rules.
struct Partner
{
    Provider provider = Provider::Sumsub;
    QString name;
    QString id;
    PartnerRules rules;

    friend bool operator==(const Partner &a, const Partner &b)
    {
        return a.provider == b.provider && a.name == b.name && a.id == b.id && a.rules == b.rules;
    }
    // "CoolCoin Ltd (CoolCoinLtd)"
    QString displayName() const;
    // The rules in a line, for the operator ("at most 1200 s; takes only …; level …; note"); empty without
    // rules.
    QString rulesSummary() const;
    // Why the partner's rules refuse the request (on the field to change), or nothing.
    std::optional<FieldError> refusal(const CheckedRequest &request) const;
};

// The partner address book, in the same QSettings as the profiles (group "partners"): nothing in it is
// secret. One entry per provider and ID; saving an ID again renames it.
class PartnerBook
{
    Q_DECLARE_TR_FUNCTIONS(kyc::PartnerBook)

public:
    explicit PartnerBook(QSettings *settings); // not owned

    QList<Partner> partners(Provider provider) const; // by name
    std::optional<Partner> find(Provider provider, const QString &id) const;
    // The name saved for an ID, or empty.
    QString nameFor(Provider provider, const QString &id) const;
    // Returns what is wrong (for the operator) when the partner cannot be saved; empty when it was. A
    // partner saved again under a new name keeps its rules unless rules are given.
    QString save(const Partner &partner);
    // What is wrong with rules for a partner of the provider (a cap out of range, an operation of another
    // provider); empty when nothing is.
    static QString checkRules(Provider provider, const PartnerRules &rules);
    // The partner's rules, replaced; what is wrong when they cannot be (no such partner, checkRules()).
    QString setRules(Provider provider, const QString &id, const PartnerRules &rules);
    // The partner the request is for, when the book has it: its rules apply.
    std::optional<Partner> partnerFor(const CheckedRequest &request) const;
    void remove(Provider provider, const QString &id);

private:
    QList<Partner> all() const;
    void write(const QList<Partner> &partners);

    QSettings *m_settings;
};

} // namespace kyc
