#pragma once

#include "cli/Print.h"
#include "core/history/HistoryLocation.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

class QCommandLineParser;

namespace kyc::cli {

class CommandLine;

// kyc-share history: the listing with its filters, verify (the history's chain, or an export on its
// own, against a checkpoint), and checkpoint. And the one way every command opens the history.
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::HistoryCommands)

public:
    HistoryCommands(const HistoryLocation &location, const Io &io);

    // kyc-share history [verify|checkpoint]: the options checked, then the listing or the action.
    int run(const QStringList &positional, const CommandLine &line);

    int list(const QCommandLineParser &parser);
    // history verify [--against COUNT:HASH] [--export FILE.json]
    int verify(const QCommandLineParser &parser);
    int checkpoint();

    // The history at location, for an issuing command; nullptr (with the message printed on err) when it
    // cannot be opened, and then nothing is issued.
    static std::unique_ptr<HistoryStore> open(const HistoryLocation &location, FILE *err);
    // The same for reading, which never starts a new SQLite history: nullptr when there is none.
    static std::unique_ptr<HistoryStore> openExisting(const HistoryLocation &location, FILE *err);

private:
    // failure: the message when it cannot be opened, with %1 for why.
    static std::unique_ptr<HistoryStore> openFor(const HistoryLocation &location, FILE *err,
                                                 const QString &failure);

    HistoryLocation m_location;
    Io m_io;
};

} // namespace kyc::cli
