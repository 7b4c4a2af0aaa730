#pragma once

#include "cli/Print.h"
#include "core/history/HistoryLocation.h"

#include <memory>
#include <variant>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace kyc {
class PostgresHistoryStore;
}

namespace kyc::cli {

class CommandLine;

// kyc-share team init: a team's history created in PostgreSQL, once, by a database administrator.
// kyc-share report shares: every share of one applicant, or everything given to one partner, from
// whichever history is in use.
class TeamCommands
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::TeamCommands)

public:
    enum class Format
    {
        Text,
        Json,
        Csv
    };

    TeamCommands(const HistoryLocation &location, const Io &io);

    // kyc-share team init | report shares: the options checked, then the command.
    int run(const QStringList &positional, const CommandLine &line);

    // policy: production (also when empty), all or none.
    int init(const QString &policy, bool json);
    int reportShares(const QString &applicant, const QString &partner, Format format);
    // approvals list | approve N [--reason] | reject N --reason
    int approvals(const QString &action, qint64 id, const QString &reason, bool json);
    // The request approvals issue N issues: approved, this role's own, not issued, not lapsed; else the
    // exit status, its message printed.
    std::variant<HistoryEntry, int> approvedRequest(qint64 id);

private:
    // The team's history; nullptr (the message printed, *status set) outside team mode or when it
    // cannot be opened.
    std::unique_ptr<PostgresHistoryStore> openTeamHistory(int *status);
    int usageError(const QString &message);

    HistoryLocation m_location;
    Io m_io;
};

} // namespace kyc::cli
