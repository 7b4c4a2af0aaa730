#include "cli/PartnerCommands.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "core/base/Json.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/Profile.h"
#include "core/tokens/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {
QJsonObject toJson(const Partner &p)
{
    QJsonArray operations;
    for (const Operation op : p.rules.operations)
        operations.append(operationKey(op));
    return {{u"provider"_s, providerKey(p.provider)},
            {u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"operations"_s, operations},
            {u"maxTtlSecs"_s, jsonOrNull(p.rules.maxTtlSecs)},
            {u"levelName"_s, jsonOrNull(p.rules.levelName)},
            {u"note"_s, jsonOrNull(p.rules.note)}};
}
} // namespace

PartnerCommands::PartnerCommands(const CommandLine &line, const Io &io, PartnerBook *book)
    : Command(line, io)
    , m_book(book)
{}

int PartnerCommands::run(const QStringList &positional)
{
    const QString action = positional.value(1);
    const bool named = action != u"list";
    if (!QStringList{u"list"_s, u"show"_s, u"set"_s, u"remove"_s}.contains(action) ||
        positional.size() != (named ? 3 : 2))
        return usageError(
            tr("Use: kyc-share partner list | show ID | set ID [--name NAME] [--operations OPS] "
               "[--max-ttl SECS] [--level-name LEVEL] [--note TEXT] | remove ID"));
    if (action != u"set") {
        if (const QString o = m_line.firstSet(m_line.partnerOptions); !o.isEmpty())
            return usageError(tr("--%1 belongs to 'kyc-share partner set'.").arg(o));
        if (m_line.isSet(u"name"_s))
            return usageError(tr("--name belongs to 'kyc-share partner set'."));
    }
    const QString providerText = m_line.isSet(u"provider"_s) ? m_line.value(u"provider"_s) : u"sumsub"_s;
    const std::optional<Provider> provider = providerFromKey(providerText);
    if (!provider)
        return usageError(
            tr("--provider is sumsub or complycube, not \"%1\".").arg(Validators::forTerminal(providerText)));
    if (action == u"list")
        return list();
    const QString id = positional.value(2).trimmed();
    if (action == u"set")
        return set(*provider, id);
    const std::optional<Partner> partner = m_book->find(*provider, id);
    if (!partner)
        return usageError(
            tr("There is no %1 partner \"%2\" in the address book. 'kyc-share partner list' shows them.")
                .arg(providerDisplayName(*provider), Validators::forTerminal(id)));
    if (action == u"show")
        return show(*partner);
    m_book->remove(*provider, id);
    print(m_io.err,
          tr("kyc-share: partner \"%1\" removed.\n").arg(Validators::forTerminal(partner->displayName())));
    return Issued;
}

QString PartnerCommands::describe(const Partner &p) const
{
    QStringList operations;
    for (const Operation op : p.rules.operations)
        operations << operationKey(op);
    QString text = tr("%1 partner %2\n").arg(providerDisplayName(p.provider), p.displayName());
    text += tr("  operations: %1\n").arg(operations.isEmpty() ? tr("any") : operations.join(u", "_s));
    text += tr("  max TTL:    %1\n")
                .arg(p.rules.maxTtlSecs == 0 ? tr("no cap of its own") : tr("%1 s").arg(p.rules.maxTtlSecs));
    if (!p.rules.levelName.isEmpty())
        text += tr("  level:      %1\n").arg(p.rules.levelName);
    if (!p.rules.note.isEmpty())
        text += tr("  note:       %1\n").arg(p.rules.note);
    return Validators::forTerminal(text.chopped(1)) + u'\n'; // a name or a note is text from outside
}

int PartnerCommands::list()
{
    QJsonArray all;
    QString text;
    for (const Provider provider : {Provider::Sumsub, Provider::ComplyCube}) {
        for (const Partner &p : m_book->partners(provider)) {
            all.append(toJson(p));
            text += describe(p);
        }
    }
    if (m_io.json)
        print(m_io.out, QString::fromUtf8(
                            QJsonDocument(QJsonObject{{u"partners"_s, all}}).toJson(QJsonDocument::Compact)) +
                            u'\n');
    else
        print(m_io.out, text.isEmpty()
                            ? tr("No partners yet: 'kyc-share partner set ID --name NAME' adds one.\n")
                            : text);
    return Issued;
}

int PartnerCommands::show(const Partner &partner)
{
    print(m_io.out,
          m_io.json ? QString::fromUtf8(QJsonDocument(toJson(partner)).toJson(QJsonDocument::Compact)) + u'\n'
                    : describe(partner));
    return Issued;
}

int PartnerCommands::set(Provider provider, const QString &id)
{
    // What is given changes; the rest stays as it was.
    std::optional<Partner> partner = m_book->find(provider, id);
    const QString name = m_line.value(u"name"_s).trimmed();
    if (!partner && name.isEmpty())
        return usageError(tr("\"%1\" is not in the address book yet: give it a name with --name.")
                              .arg(Validators::forTerminal(id)));
    if (const QString problem = Validators::checkVisible(id, tr("The partner's ID")); !problem.isEmpty())
        return usageError(problem);
    PartnerRules rules = partner ? partner->rules : PartnerRules{};
    if (m_line.isSet(u"operations"_s)) {
        rules.operations.clear();
        const QString given = m_line.value(u"operations"_s).trimmed();
        if (given != u"any") {
            for (const QString &key : given.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<Operation> op = operationFromKey(key.trimmed());
                if (!op)
                    return usageError(
                        tr("--operations: \"%1\" is not an operation; use the keys of the history's "
                           "operation column, like sumsub-share-token, or any.")
                            .arg(Validators::forTerminal(key.trimmed())));
                if (!rules.operations.contains(*op))
                    rules.operations.append(*op);
            }
        }
    }
    if (m_line.isSet(u"max-ttl"_s)) {
        const QString given = m_line.value(u"max-ttl"_s).trimmed();
        bool ok = given == u"none";
        const qint64 secs = ok ? 0 : given.toLongLong(&ok);
        if (!ok || secs < 0)
            return usageError(tr("--max-ttl takes a whole number of seconds, or none."));
        rules.maxTtlSecs = secs;
    }
    if (m_line.isSet(u"level-name"_s))
        rules.levelName = m_line.value(u"level-name"_s).trimmed();
    if (m_line.isSet(u"note"_s))
        rules.note = m_line.value(u"note"_s).trimmed();
    // Nothing is written unless all of it can be: the rules are checked before a new name is saved.
    if (const QString problem = PartnerBook::checkRules(provider, rules); !problem.isEmpty())
        return usageError(problem);
    if (!name.isEmpty() || !partner) {
        if (const QString problem = m_book->save({provider, name.isEmpty() ? partner->name : name, id, {}});
            !problem.isEmpty())
            return usageError(problem);
    }
    if (const QString problem = m_book->setRules(provider, id, rules); !problem.isEmpty())
        return usageError(problem);
    return show(*m_book->find(provider, id));
}

} // namespace kyc::cli
