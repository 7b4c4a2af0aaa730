#pragma once

#include "core/net/ProviderAdapter.h"

namespace kyc {

// Sumsub's calls (share token, Sumsub ID Connect token and refresh, Sumsub ID share token, and the
// receiving side's reuse, preview and copy of a share token): builds and signs each request, reads the
// answers and the vendor's error bodies.
class SumsubAdapter : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(kyc::SumsubAdapter)

public:
    static constexpr qsizetype kMaxTokenBytes = 1024; // the vendor's documented maximum for share tokens
    // Sumsub ID Connect documents no size for its access and refresh tokens; this is far above any
    // OAuth token seen, and keeps an answer that is not a token out of the clipboard and the keychain.
    static constexpr qsizetype kMaxConnectTokenBytes = 16 * 1024;

    // The connection check: GET /resources/applicants/-/levels, signed, cheap, and harmless.
    KYC_PROVIDER_ADAPTER_OVERRIDES

    // Sumsub's error body {description, code, correlationId, errorCode?, errorName?}, classified by
    // HTTP status, errorCode and the operation, never by the description text.
    static Failure parseError(Operation operation, const HttpResponse &response, const QDateTime &sentAt);

private:
    static QList<std::pair<QByteArray, QByteArray>> signedHeaders(const Credentials &credentials,
                                                                  HttpRequest &http, const QDateTime &now);
    static Outcome parseShareToken(const CheckedRequest &request, const QJsonObject &o,
                                   const QDateTime &sentAt, int status);
    static Outcome parseConnectToken(const CheckedRequest &request, const QJsonObject &o,
                                     const QDateTime &sentAt, int status);
    static Outcome parseReceived(const CheckedRequest &request, const QJsonObject &o, const QDateTime &sentAt,
                                 int status);
};

} // namespace kyc
