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

    HttpRequest buildRequest(const CheckedRequest &request, const Credentials &credentials,
                             const QUrl &baseUrl, const QDateTime &now) const override;
    Outcome parseResponse(const CheckedRequest &request, const HttpResponse &response,
                          const QDateTime &sentAt) const override;

    // GET /v1/clients?page=1&pageSize=1: authenticated, cheap, and harmless.
    HttpRequest buildConnectionCheck(const Credentials &credentials, const QUrl &baseUrl,
                                     const QDateTime &now) const override;
    std::optional<Failure> parseConnectionCheck(const HttpResponse &response,
                                                const QDateTime &sentAt) const override;

    // ComplyCube's error body {type, message, param?}.
    static Failure parseError(const HttpResponse &response, const QDateTime &sentAt);
};

} // namespace kyc
