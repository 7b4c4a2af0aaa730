#pragma once

#include "cli/Command.h"
#include "core/history/HistoryLocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace kyc::cli {

// kyc-share approvals list | approve N [--reason TEXT] | reject N --reason TEXT | issue N: team mode's
// four eyes. The decisions are the team's history's (TeamCommands); issue N issues the maker's own
// approved request as the command it was made with, its fields as approved (IssueCommand).
class ApprovalsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::ApprovalsCommand)

public:
    ApprovalsCommand(const CommandLine &line, const Io &io, const HistoryLocation &history);
    int run(const QStringList &positional);

private:
    HistoryLocation m_history;
};

} // namespace kyc::cli
