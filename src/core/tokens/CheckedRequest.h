#pragma once

#include "core/tokens/Operation.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <variant>

namespace kyc {

class TokenRequest;

// Which ComplyCube SDK a token is for.
enum class SdkKind
{
    Web,   // a referrer pattern says which pages may use it
    Mobile // an app ID says which app
};
QString sdkKindKey(SdkKind sdk); // "web", "mobile": the CLI's, the forms' and the history's word
std::optional<SdkKind> sdkKindFromKey(const QString &key);

// What each operation sends, typed and cleaned. Each knows its operation.

// Reusable KYC: a share token for one applicant, for one partner.
struct ShareTokenParams
{
    static constexpr Operation kOperation = Operation::SumsubShareToken;
    QString applicantId; // the ID, also when a dashboard link was pasted
    QString forClientId;
    std::chrono::seconds ttl;
};

// Sumsub ID Connect: an access token for an authorization code (with PKCE).
struct IdConnectCodeParams
{
    static constexpr Operation kOperation = Operation::SumsubIdConnectToken;
    QString code; // taken out of the redirect URL when one was pasted
    QString codeVerifier;
};

// Sumsub ID Connect: a fresh access token for a refresh token.
struct IdConnectRefreshParams
{
    static constexpr Operation kOperation = Operation::SumsubIdConnectRefresh;
    QString refreshToken;
    QString codeVerifier;
    QStringList scopes; // empty: those the token was granted
};

// Sumsub ID: a share token made from a user's connect access token.
struct IdShareTokenParams
{
    static constexpr Operation kOperation = Operation::SumsubIdShareToken;
    QString connectToken;
    QString forClientId;
    std::chrono::seconds ttl;
};

// ComplyCube: an SDK token for a client, bound to the pages of a referrer pattern or to one app.
struct SdkTokenParams
{
    static constexpr Operation kOperation = Operation::ComplyCubeSdkToken;
    QString clientId;
    SdkKind sdk;
    QString boundTo; // the referrer pattern (Web SDK) or the app ID (mobile SDK)
};

// Reusable KYC, receiving side: a donor's share token, redeemed with this account's key. A reuse rechecks
// the applicant for one of this account's levels; its preview runs the same checks with nothing copied;
// a copy takes the applicant without rechecks (a separate Sumsub product, not a KYC procedure, no level).
struct RedeemFields
{
    QString shareToken;
    QString levelName; // empty for a copy
};
template<Operation Op> struct RedeemParams : RedeemFields
{
    static constexpr Operation kOperation = Op;
};
using ReuseParams = RedeemParams<Operation::SumsubReuse>;
using ReusePreviewParams = RedeemParams<Operation::SumsubReusePreview>;
using CopyApplicantParams = RedeemParams<Operation::SumsubCopyApplicant>;

using RequestParams =
    std::variant<ShareTokenParams, IdConnectCodeParams, IdConnectRefreshParams, IdShareTokenParams,
                 SdkTokenParams, ReuseParams, ReusePreviewParams, CopyApplicantParams>;

// A request that passed TokenRequest::check(): the operator's input judged once, trimmed, parsed and
// typed. The adapters, the history and the result panel take this, never the raw strings again.
class CheckedRequest
{
public:
    CheckedRequest(RequestParams params, QString reason);

    Operation operation() const;
    const RequestParams &params() const { return m_params; }
    template<class P> const P &as() const { return std::get<P>(m_params); }
    template<class P> const P *tryAs() const { return std::get_if<P>(&m_params); }
    const QString &reason() const { return m_reason; }

    // The TTL asked for; zero when the provider decides.
    std::chrono::seconds ttl() const;
    // Who the token is for: the partner's client ID, or the referrer pattern or app ID.
    QString partner() const;
    // The fields as a form shows them (for "Issue again" and an approved request).
    TokenRequest toInput() const;
    // Redeeming a share token (reuse, its preview, or a copy): the token, and the level ("" for a copy);
    // null for any other operation.
    const RedeemFields *redeem() const;
    bool isRedeem() const { return redeem() != nullptr; }
    QString shareToken() const { return isRedeem() ? redeem()->shareToken : QString(); }
    QString levelName() const { return isRedeem() ? redeem()->levelName : QString(); }

private:
    RequestParams m_params;
    QString m_reason;
};

// std::visit over lambdas, one per params type.
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace kyc
