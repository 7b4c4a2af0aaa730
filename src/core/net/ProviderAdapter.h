#pragma once

#include "core/credentials/Credentials.h"
#include "core/net/HttpMessage.h"
#include "core/net/PendingReply.h"
#include "core/tokens/CheckedRequest.h"
#include "core/tokens/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kyc {

// Turns a checked request into the vendor's HTTP call (signed where the vendor signs), and the
// vendor's answer into an Outcome. Pure functions of their inputs: no network, no clock of its own.
class ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ProviderAdapter)

public:
    virtual ~ProviderAdapter();

    virtual HttpRequest buildRequest(const CheckedRequest &request, const Credentials &credentials,
                                     const QUrl &baseUrl, const QDateTime &now) const = 0;
    virtual Outcome parseResponse(const CheckedRequest &request, const HttpResponse &response,
                                  const QDateTime &sentAt) const = 0;
    // A cheap authenticated call that proves the credentials work ("Test connection"), and its reading:
    // nothing when it succeeded, else why not.
    virtual HttpRequest buildConnectionCheck(const Credentials &credentials, const QUrl &baseUrl,
                                             const QDateTime &now) const = 0;
    virtual std::optional<Failure> parseConnectionCheck(const HttpResponse &response,
                                                        const QDateTime &sentAt) const = 0;

    // Failures that happen below HTTP, told apart so the operator knows what to check.
    static Failure transportFailure(const TransportResult &result, Operation operation);
    // Server time minus sentAt, from the Date header; empty when there is none.
    static std::optional<qint64> clockSkewSecs(const HttpResponse &response, const QDateTime &sentAt);
    static std::optional<qint64> retryAfterSecs(const HttpResponse &response, const QDateTime &now);
    // What to say of an error answer that is not the vendor's JSON: a web page comes from a proxy or
    // gateway on the way at least as often as from the vendor.
    static QString unreadableErrorBody(const HttpResponse &response);
    // What to say of a token that is not printable ASCII (Validators::isPrintableAsciiToken).
    static QString notAToken();
    // RFC 9110's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), UTC; invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray &value);
};

// The four calls above, as each adapter declares them (ProviderAdapter's signatures, in one place).
#define KYC_PROVIDER_ADAPTER_OVERRIDES                                                                       \
    HttpRequest buildRequest(const CheckedRequest &request, const Credentials &credentials,                  \
                             const QUrl &baseUrl, const QDateTime &now) const override;                      \
    Outcome parseResponse(const CheckedRequest &request, const HttpResponse &response,                       \
                          const QDateTime &sentAt) const override;                                           \
    HttpRequest buildConnectionCheck(const Credentials &credentials, const QUrl &baseUrl,                    \
                                     const QDateTime &now) const override;                                   \
    std::optional<Failure> parseConnectionCheck(const HttpResponse &response, const QDateTime &sentAt)       \
        const override;

} // namespace kyc
