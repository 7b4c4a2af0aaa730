#include "cli/HistoryCommands.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/Print.h"
#include "core/history/HistoryExport.h"
#include "core/tokens/Operation.h"
#include "core/tokens/Validators.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

HistoryCommands::HistoryCommands(const HistoryLocation &location, const Io &io)
    : m_location(location)
    , m_io(io)
{}

int HistoryCommands::run(const QStringList &positional, const CommandLine &line)
{
    const QString action = positional.value(1);
    if (positional.size() > 2 || (positional.size() == 2 && action != u"verify" && action != u"checkpoint"))
        return cli::usageError(m_io.err, tr("Use: kyc-share history [--since DATE] [--until DATE] ..., "
                                            "kyc-share history verify [--against COUNT:HASH] [--export "
                                            "FILE.json], or kyc-share history checkpoint"));
    const bool listing = positional.size() == 1;
    for (const QString &option : {u"against"_s, u"export"_s}) {
        if (line.isSet(option) && action != u"verify")
            return cli::usageError(m_io.err, tr("--%1 belongs to 'kyc-share history verify'.").arg(option));
    }
    if (!listing) {
        for (const QCommandLineOption &o : line.historyOptions) {
            const QString name = o.names().constFirst();
            if (line.isSet(name) && name != u"against" && name != u"export")
                return cli::usageError(
                    m_io.err,
                    tr("--%1 belongs to the history listing, not to 'history %2'.").arg(name, action));
        }
    }
    if (action == u"verify")
        return verify(line.parser);
    if (action == u"checkpoint")
        return checkpoint();
    return list(line.parser);
}

int HistoryCommands::verify(const QCommandLineParser &parser)
{
    std::optional<AuditCheckpoint> against;
    if (parser.isSet(u"against"_s)) {
        against = AuditCheckpoint::parse(parser.value(u"against"_s));
        if (!against)
            return cli::usageError(
                m_io.err, tr("--against takes COUNT:HASH as 'kyc-share history checkpoint' printed it, "
                             "like 1234:9f86d081884c7d65...  (64 hex digits)."));
    }
    if (parser.isSet(u"export"_s)) {
        if (against)
            return cli::usageError(
                m_io.err, tr("--against checks the history itself; an export is verified on its own."));
        QFile file(parser.value(u"export"_s));
        if (!file.open(QIODevice::ReadOnly))
            return cli::usageError(m_io.err, tr("--export: %1: %2").arg(file.fileName(), file.errorString()));
        const HistoryExport::Verdict v = HistoryExport::verifyJson(file.readAll());
        if (m_io.json) {
            QJsonObject o{{u"intact"_s, v.intact}, {u"records"_s, v.records}, {u"linksProven"_s, v.links}};
            if (!v.intact)
                o.insert(u"problem"_s, v.problem);
            print(m_io.out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else if (v.intact) {
            print(m_io.out,
                  tr("The export is intact: each of its %1 records matches its hash and what its row "
                     "shows; %2 links between its records hold. Compare a record's hash with the "
                     "history, or with a checkpoint, to prove it came from there.\n")
                      .arg(v.records)
                      .arg(v.links));
        }
        if (!v.intact)
            print(m_io.err, tr("kyc-share: the export FAILED verification. %1\n").arg(v.problem));
        return v.intact ? Issued : HistoryFailed;
    }
    const std::unique_ptr<HistoryStore> store = openExisting(m_location, m_io.err);
    if (!store)
        return HistoryFailed;
    const AuditVerdict v = store->verify(against);
    if (m_io.json) {
        QJsonObject o{{u"intact"_s, v.intact},
                      {u"records"_s, v.count},
                      {u"headHash"_s, QString::fromLatin1(v.headHash)},
                      {u"store"_s, store->kindKey()},
                      {u"history"_s, store->description()}};
        if (m_location.kind == HistoryLocation::Kind::Sqlite)
            o.insert(u"path"_s, m_location.path);
        if (against)
            o.insert(u"checkpointProven"_s, v.checkpointProven);
        if (!v.intact) {
            o.insert(u"brokenAt"_s, v.brokenAt);
            o.insert(u"problem"_s, v.problem);
        }
        print(m_io.out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    } else if (v.intact) {
        print(m_io.out, tr("The history is intact: %1 records, head hash %2.\n")
                            .arg(v.count)
                            .arg(QString::fromLatin1(v.headHash)));
        if (against)
            print(m_io.out,
                  tr("The first %1 records are the ones the checkpoint names.\n").arg(against->count));
    }
    if (!v.intact)
        print(m_io.err, tr("kyc-share: the history FAILED verification. %1\n").arg(v.problem));
    return v.intact ? Issued : HistoryFailed;
}

int HistoryCommands::checkpoint()
{
    const std::unique_ptr<HistoryStore> store = openExisting(m_location, m_io.err);
    if (!store)
        return HistoryFailed;
    const std::optional<AuditCheckpoint> checkpoint = store->checkpoint();
    if (!checkpoint) {
        print(m_io.err, tr("kyc-share: the history could not be read: %1\n").arg(store->error()));
        return HistoryFailed;
    }
    print(m_io.out, checkpoint->toString() + u'\n');
    print(m_io.err, tr("Keep this line somewhere the history's writers cannot change (a ticket, an e-mail). "
                       "'kyc-share history verify --against %1' later proves those %2 records unchanged.\n")
                        .arg(checkpoint->toString())
                        .arg(checkpoint->count));
    return Issued;
}

std::unique_ptr<HistoryStore> HistoryCommands::openExisting(const HistoryLocation &location, FILE *err)
{
    if (location.kind == HistoryLocation::Kind::Sqlite && !QFile::exists(location.path)) {
        print(err, tr("kyc-share: there is no history yet (%1).\n").arg(location.path));
        return nullptr;
    }
    return openFor(location, err, tr("kyc-share: the history cannot be read: %1\n"));
}

std::unique_ptr<HistoryStore> HistoryCommands::open(const HistoryLocation &location, FILE *err)
{
    return openFor(location, err, tr("kyc-share: the history cannot be written, so nothing is issued: %1\n"));
}

std::unique_ptr<HistoryStore> HistoryCommands::openFor(const HistoryLocation &location, FILE *err,
                                                       const QString &failure)
{
    HistoryStore::OpenResult opened;
    std::unique_ptr<HistoryStore> store = openHistoryStore(location, &opened);
    if (!opened.movedTo.isEmpty())
        print(err, tr("kyc-share: the history was damaged; it was moved to %1 and a new one started.\n")
                       .arg(opened.movedTo));
    if (!opened.ok) {
        print(err, failure.arg(opened.error));
        return nullptr;
    }
    return store;
}

int HistoryCommands::list(const QCommandLineParser &parser)
{
    auto date = [](const QString &text) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid()) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid())
                t = QDateTime(d, QTime(0, 0), Qt::UTC);
        }
        return t.isValid() && t.timeSpec() == Qt::LocalTime ? QDateTime(t.date(), t.time(), Qt::UTC) : t;
    };
    HistoryFilter filter;
    for (const auto &[option, target] :
         {std::pair{u"since"_s, &filter.since}, std::pair{u"until"_s, &filter.until}}) {
        if (!parser.isSet(option))
            continue;
        *target = date(parser.value(option));
        if (!target->isValid())
            return cli::usageError(
                m_io.err,
                tr("--%1 takes a date like 2026-11-01 or a time like 2026-11-01T09:30:00Z.").arg(option));
    }
    filter.subject = parser.value(u"applicant"_s).trimmed();
    filter.partner = parser.value(u"partner"_s).trimmed();
    filter.text = parser.value(u"find"_s).trimmed();
    if (parser.isSet(u"operation"_s)) {
        filter.operation = parser.value(u"operation"_s);
        if (!operationFromKey(filter.operation)) {
            QStringList keys;
            for (const Operation op : allOperations())
                keys << operationKey(op);
            return cli::usageError(m_io.err, tr("--operation is one of %1.").arg(keys.join(u", "_s)));
        }
    }
    if (parser.isSet(u"outcome"_s)) {
        const QString outcome = parser.value(u"outcome"_s);
        if (outcome != u"ok" && outcome != u"error" && outcome != u"unknown")
            return cli::usageError(m_io.err, tr("--outcome is ok, error or unknown."));
        if (outcome == u"unknown")
            filter.outcomeUnknown = true;
        else
            filter.ok = outcome == u"ok";
    }
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1)
            return cli::usageError(m_io.err, tr("--limit takes a positive whole number."));
    }
    if (m_io.json && parser.isSet(u"csv"_s))
        return cli::usageError(m_io.err, tr("Choose --json or --csv, not both."));

    std::unique_ptr<HistoryStore> store;
    if (m_location.kind == HistoryLocation::Kind::Sqlite && !QFile::exists(m_location.path)) {
        print(m_io.err, tr("kyc-share: nothing has been issued yet.\n"));
    } else if (store = open(m_location, m_io.err); !store) {
        return HistoryFailed;
    }
    const QList<HistoryEntry> entries = store ? store->query(filter) : QList<HistoryEntry>{};
    if (m_io.json) {
        print(m_io.out, QString::fromUtf8(HistoryExport::toJson(entries)));
    } else if (parser.isSet(u"csv"_s)) {
        print(m_io.out, QString::fromUtf8(HistoryExport::toCsv(entries)));
    } else {
        // What a vendor answered or an operator typed goes to the terminal escaped, never raw.
        const auto safe = &Validators::forTerminal;
        for (const HistoryEntry &e : entries) {
            print(m_io.out,
                  u"%1  %2  %3  %4 -> %5  %6%7\n"_s.arg(
                      e.at.toString(Qt::ISODate),
                      !e.outcomeKnown ? u"UNKNOWN"_s : (e.ok ? u"ok     "_s : u"ERROR  "_s),
                      safe(e.operation), e.subject.isEmpty() ? u"-"_s : safe(e.subject),
                      e.partner.isEmpty() ? u"-"_s : safe(e.partner),
                      !e.outcomeKnown
                          ? tr("outcome unknown: attempt %1 was sent, its outcome never recorded").arg(e.id)
                      : e.ok && e.expiresAt.isValid()
                          ? tr("expires %1").arg(e.expiresAt.toString(Qt::ISODate))
                      : e.ok ? safe(e.note) // a redeem: the level it was for
                             : u"%1 %2"_s.arg(safe(e.failureKind), safe(e.providerCode)),
                      e.correlationId.isEmpty() ? QString() : u"  correlationId "_s + safe(e.correlationId)));
        }
    }
    return Issued;
}

} // namespace kyc::cli
