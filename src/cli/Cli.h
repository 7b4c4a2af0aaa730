#pragma once

#include "core/history/HistoryLocation.h"
#include "core/profiles/Profile.h"
#include "core/tokens/Outcome.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace kyc {
class CredentialSource;
class HistoryStore;
class SecretStore;
} // namespace kyc

namespace kyc::cli {

// kyc-share: parses the command line, hands the request to the Issuer, prints the Outcome.
// Standard output carries only results (text or --json); messages go to standard error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::Cli)

public:
    Cli(FILE *in, FILE *out, FILE *err);
    // Runs the command and returns the exit status. Needs a QCoreApplication.
    int run(const QStringList &arguments);
    // Whether a request was abandoned on its deadline with Qt's network thread possibly still reading:
    // then the process should end at once rather than wait for that thread.
    bool leftBusyNetwork() const { return m_leftBusyNetwork; }

private:
    int usageError(const QString &message);
    int authorizeUrl(const QCommandLineParser &parser, const Profile &profile);
    int issue(const Profile &profile, const TokenRequest &request, CredentialSource *credentials,
              qint64 approvedRequest = 0);
    // A cheap authenticated call with the profile, and the clock compared with the provider's.
    int testConnection(const Profile &profile, SecretStore *secrets);
    void printIssued(const IssuedToken &token);
    void printFailure(const Failure &failure);
    void printPending(const Failure &failure, const HistoryEntry &what);
    // Tokens and codes (--code, --redirect-url, --code-verifier, --refresh-token, --connect-token): from
    // the argument (with a warning: argv is readable by every user of the machine), from standard input
    // (--tokens-stdin, NAME=VALUE lines) or from the environment (KYC_SHARE_CODE, …, taken at start).
    // Empty when there is a problem with standard input (printed), else true.
    bool readTokensFromStdin(const QCommandLineParser &parser);
    bool hasSecretInput(const QCommandLineParser &parser, const QString &name) const;
    QString secretInput(const QCommandLineParser &parser, const QString &name);
    static QString tokenVariable(const QString &name); // "KYC_SHARE_REFRESH_TOKEN"

    FILE *m_in;
    FILE *m_out;
    FILE *m_err;
    bool m_json = false;
    HistoryLocation m_historyLocation;
    QString m_historyDescription; // the store an issuing command records in
    bool m_leftBusyNetwork = false;
    QHash<QString, QString> m_stdinTokens;
};

} // namespace kyc::cli
