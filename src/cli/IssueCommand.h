#pragma once

#include "cli/Command.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/credentials/RoutingCredentialSource.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryLocation.h"
#include "core/profiles/Profile.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokens/TokenRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace kyc::cli {

// kyc-share PROVIDER COMMAND: the commands of the operation table (Sumsub ID Connect's code and refresh
// share one), each taking its fields' options, and the Sumsub ID authorize URL, which issues nothing.
// The profile is --profile's or the environment's, with --base-url, --ca-file and --timeout applied;
// the request goes through the Issuer, recorded in the history, and its outcome is printed.
class IssueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::IssueCommand)

public:
    struct Spec
    {
        QString provider;
        QString name;
        QStringList options;                               // beyond the global ones
        std::optional<Operation> operation = std::nullopt; // what it issues (none: the authorize URL)
    };
    static const QList<Spec> &commands();
    // The command PROVIDER COMMAND names; nullptr when there is none.
    static const Spec *find(const QStringList &positional);
    static const Spec *forOperation(Operation operation);

    IssueCommand(const CommandLine &line, const Io &io, const HistoryLocation &history);

    // approved: approvals issue N: the request as it was approved, issued by its maker.
    int run(const Spec &command, const std::optional<HistoryEntry> &approved);
    // The profile the command issues with (--profile, or the environment's, with --base-url, --ca-file
    // and --timeout applied); or the exit status, its message printed.
    std::variant<Profile, int> profileFor(const Spec &command) const;
    // Each field option belongs to the command, and --partner-rules is on or off: nothing, or the exit
    // status, its message printed.
    std::optional<int> refusedOptions(const Spec &command) const;
    bool partnerRulesEnforced() const; // after refusedOptions()
    // Each field of the operation from its option (a secret one through secret, by the option's name); a
    // TTL not given is the operation's default.
    TokenRequest requestFromOptions(Operation operation,
                                    const std::function<QString(const QString &)> &secret) const;

    // The credentials a command issues with: the environment's when complete, else the profile's from
    // the keychain (RoutingCredentialSource::Rule::EnvironmentFirst).
    struct Credentials
    {
        EnvironmentCredentialSource environment;
        KeychainSecretStore keychain;
        KeychainCredentialSource profileSecrets{&keychain};
        RoutingCredentialSource routing{&profileSecrets, &environment,
                                        RoutingCredentialSource::Rule::EnvironmentFirst};
        // The source for the profile; says on err when the environment's stand in for the profile's.
        CredentialSource *forProfile(const Profile &profile, const Io &io);
    };

private:
    // The request from the options (or as approved); or the exit status, its message printed.
    std::variant<TokenRequest, int> requestFor(const Spec &command,
                                               const std::optional<HistoryEntry> &approved);
    int issue(const Profile &profile, const TokenRequest &request, CredentialSource *credentials,
              qint64 approvedRequest);

    HistoryLocation m_history;
};

} // namespace kyc::cli
