#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kyc {

enum class Provider
{
    Sumsub,
    ComplyCube,
};

// The token operations the console performs.
enum class Operation
{
    SumsubShareToken,       // Reusable KYC share token for an applicant
    SumsubIdConnectToken,   // Sumsub ID Connect access token from an authorization code
    SumsubIdConnectRefresh, // ... from a refresh token
    SumsubIdShareToken,     // Sumsub ID share token from a connect access token
    ComplyCubeSdkToken,     // ComplyCube SDK token for a client (Web or mobile SDK)
    // The receiving side of Reusable KYC: a partner's share token, redeemed with this account's key.
    SumsubReuse,        // a new applicant from it, rechecked for one of this account's levels (counts as KYC)
    SumsubReusePreview, // the same checks, nothing copied or saved
    SumsubCopyApplicant, // the applicant copied without rechecks: not a KYC procedure
};

QList<Operation> allOperations();
// The receiving side: a reuse, its preview or a copy of a partner's share token.
bool isRedeem(Operation operation);
Provider providerOf(Operation operation);
QString providerDisplayName(Provider provider);
// A short, stable identifier for the CLI's JSON, logs and the history: "sumsub-share-token".
QString operationKey(Operation operation);
std::optional<Operation> operationFromKey(const QString &key);
QString operationDisplayName(Operation operation);

} // namespace kyc
