#pragma once

#include "net/ProviderAdapter.h"

namespace kyc {

// Sumsub's calls: builds and signs the request, reads the answer and the vendor's error bodies.
class SumsubAdapter : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(kyc::SumsubAdapter)

public:
    static constexpr qsizetype kMaxTokenBytes = 1024; // the vendor's documented maximum

    HttpRequest buildRequest(const TokenRequest &request, const Credentials &credentials, const QUrl &baseUrl,
                             const QDateTime &now) const override;
    Outcome parseResponse(const TokenRequest &request, const HttpResponse &response,
                          const QDateTime &sentAt) const override;

    // Sumsub's error body {description, code, correlationId, errorCode?, errorName?}, classified by
    // HTTP status and errorCode, never by the description text.
    static Failure parseError(const HttpResponse &response, const QDateTime &sentAt);
    // Server time minus sentAt, from the Date header; empty when there is none.
    static std::optional<qint64> clockSkewSecs(const HttpResponse &response, const QDateTime &sentAt);
    static std::optional<qint64> retryAfterSecs(const HttpResponse &response, const QDateTime &now);
};

} // namespace kyc
