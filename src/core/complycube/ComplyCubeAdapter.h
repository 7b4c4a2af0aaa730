#pragma once

#include "core/net/ProviderAdapter.h"

namespace kyc {

// ComplyCube's SDK token: POST /v1/tokens with the raw API key in Authorization (no "Bearer").
class ComplyCubeAdapter : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ComplyCubeAdapter)

public:
    static constexpr qint64 kSdkTokenLifetimeSecs = 3600; // documented: valid 60 minutes
    static constexpr qsizetype kMaxTokenBytes = 16 * 1024;

    // The connection check: GET /v1/clients?page=1&pageSize=1, authenticated, cheap, and harmless.
    KYC_PROVIDER_ADAPTER_OVERRIDES

    // ComplyCube's error body {type, message, param?}.
    static Failure parseError(const HttpResponse &response, const QDateTime &sentAt);
};

} // namespace kyc
