#pragma once

#include "core/credentials/CredentialSource.h"

#include <QCoreApplication>

namespace kyc {

// Credentials from environment variables, for automation:
//   KYC_SHARE_SUMSUB_APP_TOKEN, KYC_SHARE_SUMSUB_SECRET_KEY, KYC_SHARE_COMPLYCUBE_API_KEY
// Values are trimmed: whitespace pasted around a key is a classic cause of signature mismatches.
class EnvironmentCredentialSource : public CredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(kyc::EnvironmentCredentialSource)

public:
    static constexpr const char *kSumsubAppToken = "KYC_SHARE_SUMSUB_APP_TOKEN";
    static constexpr const char *kSumsubSecretKey = "KYC_SHARE_SUMSUB_SECRET_KEY";
    static constexpr const char *kComplyCubeApiKey = "KYC_SHARE_COMPLYCUBE_API_KEY";

    void fetch(const Profile &profile, std::function<void(CredentialsResult)> done) override;

    // Synchronous form of fetch(), also used to tell the user at start-up what is missing.
    static CredentialsResult read(Provider provider);

    // Takes the secret variables out of this process's environment, first thing in main(): their values
    // are kept in memory for read() (and wiped at exit), and overwritten and removed from the
    // environment, so that no child (xdg-open, a browser) inherits them and /proc/PID/environ no longer
    // shows them. Before it is called, read() reads the environment as it is.
    static void takeFromEnvironment();
    // A variable's value as taken at start (or, before takeFromEnvironment(), as it is). Taken with the
    // credentials: the CLI's tokens and codes of Sumsub ID Connect (KYC_SHARE_CODE, …_REDIRECT_URL,
    // …_CODE_VERIFIER, …_REFRESH_TOKEN, …_CONNECT_TOKEN).
    static QString taken(const char *name);
};

} // namespace kyc
