#pragma once

#include "cli/Print.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdio>
#include <optional>

namespace kyc::cli {

class CommandLine;

// Tokens and codes (--code, --redirect-url, --code-verifier, --refresh-token, --connect-token,
// --share-token): from the argument (with a warning: argv is readable by every user of the machine), from
// standard input (--tokens-stdin, NAME=VALUE lines) or from the environment (KYC_SHARE_CODE, …, taken at
// start).
class TokenInput
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::TokenInput)

public:
    TokenInput(const CommandLine &line, const Io &io);

    // With --tokens-stdin, reads standard input; false when it cannot (the problem printed).
    bool read();
    bool has(const QString &name) const;
    // The value, with a warning on err when it came from the command line.
    QString take(const QString &name) const;
    // Given any of those ways, or else the first line of standard input (with the prompt, and without
    // echo, when it is a terminal): how a redeem takes its share token.
    QString takeOrRead(const QString &name, const QString &prompt) const;
    static QString variable(const QString &name); // "KYC_SHARE_REFRESH_TOKEN"
    // One line from a stream, without its line break; with echo off when it is a terminal.
    static std::optional<QString> readLine(FILE *in, bool hidden);

private:
    const CommandLine &m_line;
    Io m_io;
    QHash<QString, QString> m_fromStdin;
};

} // namespace kyc::cli
