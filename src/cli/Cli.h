#pragma once

#include "cli/Print.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace kyc::cli {

// kyc-share: reads the command line (CommandLine) and hands it to the command it names, one class each:
// IssueCommand (and AuthorizeUrlCommand), HistoryCommands, ProfileCommands, TeamCommands,
// ApprovalsCommand. Standard output carries only results (text or --json); messages go to standard error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::Cli)

public:
    Cli(FILE *in, FILE *out, FILE *err);
    // Runs the command and returns the exit status. Needs a QCoreApplication.
    int run(const QStringList &arguments);

private:
    Io m_io;
};

} // namespace kyc::cli
