#include "cli/Cli.h"

#include "cli/ApprovalsCommand.h"
#include "cli/BatchCommand.h"
#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/HistoryCommands.h"
#include "cli/IssueCommand.h"
#include "cli/PartnerCommands.h"
#include "cli/ProfileCommands.h"
#include "cli/TeamCommands.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kyc::cli {

Cli::Cli(FILE *in, FILE *out, FILE *err)
    : m_io{in, out, err}
{}

int Cli::run(const QStringList &arguments)
{
    CommandLine line;
    QCommandLineParser &parser = line.parser;
    const auto usage = [this](const QString &message) { return usageError(m_io.err, message); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (line.isSet(u"help"_s)) {
        print(m_io.out, parser.helpText());
        return Issued;
    }
    if (line.isSet(u"version"_s)) {
        print(m_io.out, u"kyc-share "_s + QCoreApplication::applicationVersion() + u'\n');
        return Issued;
    }
    m_io.json = line.isSet(line.json);
    // The history: the option, the environment, then the setting the console's Preferences write.
    QString problem;
    const std::optional<HistoryLocation> history = HistoryLocation::resolve(
        line.value(line.historyUrl), Preferences::load(*ProfileStore::openDefaultSettings()).historyUrl,
        SqliteHistoryStore::defaultPath(), &problem);
    if (!history)
        return usage(problem);

    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (line.isSet(line.requireApproval) && verb != u"team")
        return usage(tr("--require-approval belongs to 'kyc-share team init'."));
    const bool batch = verb == u"batch";
    if (!batch) {
        for (const QCommandLineOption &o :
             {line.batchDryRun, line.batchOut, line.batchResume, line.batchRetryRows, line.batchNewBatch,
              line.batchWaves, line.batchNoWaves}) {
            if (line.isSet(o))
                return usage(tr("--%1 belongs to 'kyc-share batch'.").arg(o.names().constFirst()));
        }
    }
    if (batch) {
        for (const QCommandLineOption &o : line.historyOptions) {
            const QString name = o.names().constFirst();
            if (name != u"csv" && line.isSet(name))
                return usage(tr("--%1 belongs to the history command.").arg(name));
        }
        if (const QString o = line.firstSet(line.profileOptions); !o.isEmpty())
            return usage(tr("--%1 belongs to the profile commands.").arg(o));
        for (const QCommandLineOption &o : line.partnerOptions) {
            if (line.isSet(o))
                return usage(tr("--%1 belongs to 'kyc-share partner set'.").arg(o.names().constFirst()));
        }
        return BatchCommand(line, m_io, *history).run(positional);
    }
    if (line.isSet(line.partnerRules) && verb != u"approvals" && !IssueCommand::find(positional))
        return usage(tr("--partner-rules goes with the commands that issue."));
    if (verb == u"team" || verb == u"report")
        return TeamCommands(*history, m_io).run(positional, line);
    if (verb == u"history")
        return HistoryCommands(*history, m_io).run(positional, line);
    if (const QString o = line.firstSet(line.historyOptions); !o.isEmpty())
        return usage(tr("--%1 belongs to the history command.").arg(o));
    if (verb == u"profile") {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        ProfileStore store(settings.get());
        KeychainSecretStore secrets;
        return ProfileCommands(&store, &secrets, m_io).run(positional, line);
    }
    if (verb == u"partner") {
        if (const QString o = line.firstSet(line.fieldOptions); !o.isEmpty())
            return usage(tr("--%1 does not apply to partners.").arg(o));
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        PartnerBook book(settings.get());
        return PartnerCommands(line, m_io, &book).run(positional);
    }
    // --level-name is also the level a redeem rechecks with.
    const IssueCommand::Spec *issuing = IssueCommand::find(positional);
    for (const QCommandLineOption &option : line.partnerOptions) {
        const QString o = option.names().constFirst();
        if (line.isSet(o) && !(issuing && issuing->options.contains(o)))
            return usage(tr("--%1 belongs to 'kyc-share partner set'.").arg(o));
    }
    if (const QString o = line.firstSet(line.profileOptions); !o.isEmpty())
        return usage(tr("--%1 belongs to the profile commands.").arg(o));
    if (verb == u"approvals") {
        ApprovalsCommand approvals(line, m_io, *history);
        return approvals.run(positional);
    }
    const IssueCommand::Spec *command = issuing;
    if (!command)
        return usage(positional.isEmpty() ? tr("Name a command, like: kyc-share sumsub share-token ...")
                                          : tr("Unknown command '%1'.").arg(positional.join(u' ')));
    IssueCommand issue(line, m_io, *history);
    return issue.run(*command, std::nullopt);
}

} // namespace kyc::cli
