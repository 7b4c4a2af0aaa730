#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace kyc::cli {

// kyc-share's command line: every option, the help text, and the parser they are declared to (in the
// order --help lists them). The commands read what they take from here.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::CommandLine)

public:
    CommandLine();

    // The first of these options given, if any.
    QString firstSet(const QList<QCommandLineOption> &options) const;
    bool isSet(const QString &name) const { return parser.isSet(name); }
    bool isSet(const QCommandLineOption &option) const { return parser.isSet(option); }
    QString value(const QString &name) const { return parser.value(name); }
    QString value(const QCommandLineOption &option) const { return parser.value(option); }

    const QString description;
    // For every command.
    const QCommandLineOption baseUrl;
    const QCommandLineOption caFile;
    const QCommandLineOption json;
    const QCommandLineOption timeout;
    const QCommandLineOption profile;
    const QCommandLineOption historyUrl;
    const QCommandLineOption requireApproval; // team init
    // The issuing commands.
    const QCommandLineOption reason;
    const QCommandLineOption tokensStdin;
    const QCommandLineOption allowBroad;
    const QCommandLineOption allowLongTtl;
    const QCommandLineOption partnerRules;
    // batch PROVIDER COMMAND --csv FILE
    const QCommandLineOption batchDryRun;
    const QCommandLineOption batchOut;
    const QCommandLineOption batchResume;
    const QCommandLineOption batchRetryRows;
    const QCommandLineOption batchNewBatch;
    const QCommandLineOption batchWaves;
    const QCommandLineOption batchNoWaves;
    // Each command's own.
    const QList<QCommandLineOption> profileOptions;
    const QList<QCommandLineOption> historyOptions;
    const QList<QCommandLineOption> fieldOptions; // the request fields' and the authorize URL's
    const QList<QCommandLineOption> partnerOptions;

    QCommandLineParser parser;
};

} // namespace kyc::cli
