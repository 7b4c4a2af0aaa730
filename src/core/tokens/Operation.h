#pragma once

#include <QString>

namespace kyc {

enum class Provider
{
    Sumsub,
    ComplyCube,
};

// The token operations the console performs. Only the Sumsub share token is implemented so far.
enum class Operation
{
    SumsubShareToken,
};

Provider providerOf(Operation operation);
QString providerDisplayName(Provider provider);
// A short, stable identifier used in the CLI's JSON, logs and (later) the history: "sumsub-share-token".
QString operationKey(Operation operation);
QString operationDisplayName(Operation operation);

} // namespace kyc
