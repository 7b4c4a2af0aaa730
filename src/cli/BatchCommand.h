#pragma once

#include "cli/Command.h"
#include "core/batch/BatchCsv.h"
#include "core/history/HistoryLocation.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace kyc {
class BatchRun;
}

namespace kyc::cli {

class IssueCommand;

// kyc-share batch PROVIDER COMMAND --csv FILE: one operation for every row of a CSV, validated whole
// first (--dry-run stops there), then sent at the vendor's pace through the same Issuer, each row
// recorded with the batch's ID. Each row's outcome is one JSON object a line on standard output (or in
// --out FILE, created 0600); nothing else keeps a token. --resume ID goes on where a batch stopped.
class BatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::BatchCommand)

public:
    BatchCommand(const CommandLine &line, const Io &io, const HistoryLocation &history);
    int run(const QStringList &positional);

private:
    // The value of every field the CSV has no column for, from the options.
    std::optional<TokenRequest> defaultsFor(const IssueCommand &issuing, Operation operation);
    int problems(const QString &file, const BatchPlan &plan) const;
    void writeRow(const BatchRun &run, int row, FILE *out) const;
    void progress(const BatchRun &run) const;
    bool waitForWave(int wave, int waves, int rows) const;

    HistoryLocation m_history;
};

} // namespace kyc::cli
