#pragma once

// Requests for tests of what comes after the check: the adapters, the history. Made-up values.
#include "core/tokens/TokenRequest.h"

#include <QtGlobal>

namespace kyc::test {

// The request as it passed TokenRequest::check(); ends the test loudly when it does not pass.
inline CheckedRequest checked(const TokenRequest &request)
{
    TokenRequest::Checked c = request.check();
    if (!c.request)
        qFatal("the test's request does not pass its check: %s", qPrintable(c.errors.first().message));
    return *c.request;
}

// A valid request of each operation.
inline CheckedRequest sampleRequest(Operation operation)
{
    using namespace std::chrono_literals;
    const QString verifier(43, QLatin1Char('v'));
    switch (operation) {
    case Operation::SumsubShareToken:
        return {
            ShareTokenParams{QStringLiteral("63e092c51b7b4030f2e01154"), QStringLiteral("CoolCoinLtd"), 600s},
            {}};
    case Operation::SumsubIdConnectToken:
        return {IdConnectCodeParams{QStringLiteral("made-up-code"), verifier}, {}};
    case Operation::SumsubIdConnectRefresh:
        return {IdConnectRefreshParams{QStringLiteral("made-up-refresh"), verifier, {}}, {}};
    case Operation::SumsubIdShareToken:
        return {IdShareTokenParams{QStringLiteral("snd-id-con-a-x"), QStringLiteral("CoolCoinLtd"), 1800s},
                {}};
    case Operation::ComplyCubeSdkToken:
        return {SdkTokenParams{QStringLiteral("5eb04fcd0f3e360008035eb1"), SdkKind::Web,
                               QStringLiteral("https://www.example.com/*")},
                {}};
    case Operation::SumsubReuse:
        return {ReuseParams{QStringLiteral("_act-made-up-share-token"), QStringLiteral("basic-kyc-level")},
                {}};
    case Operation::SumsubReusePreview:
        return {
            ReusePreviewParams{QStringLiteral("_act-made-up-share-token"), QStringLiteral("basic-kyc-level")},
            {}};
    case Operation::SumsubCopyApplicant:
        return {CopyApplicantParams{QStringLiteral("_act-made-up-share-token"), {}}, {}};
    }
    qFatal("no sample for operation %d", int(operation));
}

} // namespace kyc::test
