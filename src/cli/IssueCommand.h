#pragma once

#include "cli/Command.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryLocation.h"
#include "core/profiles/Profile.h"
#include "core/tokens/TokenRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

namespace kyc {
class CredentialSource;
}

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

private:
    // The request from the options (or as approved); or the exit status, its message printed.
    std::variant<TokenRequest, int> requestFor(const Spec &command,
                                               const std::optional<HistoryEntry> &approved);
    int issue(const Profile &profile, const TokenRequest &request, CredentialSource *credentials,
              qint64 approvedRequest);

    HistoryLocation m_history;
};

} // namespace kyc::cli
