#include "core/tokens/CheckedRequest.h"

#include "core/tokens/TokenRequest.h"

#include <type_traits>

using namespace Qt::StringLiterals;

namespace kyc {

QString sdkKindKey(SdkKind sdk)
{
    return sdk == SdkKind::Web ? u"web"_s : u"mobile"_s;
}

std::optional<SdkKind> sdkKindFromKey(const QString &key)
{
    if (key == sdkKindKey(SdkKind::Web))
        return SdkKind::Web;
    if (key == sdkKindKey(SdkKind::Mobile))
        return SdkKind::Mobile;
    return std::nullopt;
}

CheckedRequest::CheckedRequest(RequestParams params, QString reason)
    : m_params(std::move(params))
    , m_reason(std::move(reason))
{}

Operation CheckedRequest::operation() const
{
    return std::visit([](const auto &p) { return std::decay_t<decltype(p)>::kOperation; }, m_params);
}

std::chrono::seconds CheckedRequest::ttl() const
{
    return std::visit(Overloaded{[](const ShareTokenParams &p) { return p.ttl; },
                                 [](const IdShareTokenParams &p) { return p.ttl; },
                                 [](const auto &) { return std::chrono::seconds(0); }},
                      m_params);
}

QString CheckedRequest::partner() const
{
    return std::visit(Overloaded{[](const ShareTokenParams &p) { return p.forClientId; },
                                 [](const IdShareTokenParams &p) { return p.forClientId; },
                                 [](const SdkTokenParams &p) { return p.boundTo; },
                                 [](const auto &) { return QString(); }},
                      m_params);
}

const RedeemFields *CheckedRequest::redeem() const
{
    return std::visit(
        [](const auto &p) -> const RedeemFields * {
            if constexpr (std::is_base_of_v<RedeemFields, std::decay_t<decltype(p)>>)
                return &p;
            else
                return nullptr;
        },
        m_params);
}

TokenRequest CheckedRequest::toInput() const
{
    TokenRequest r(operation());
    r.set(Field::Reason, m_reason);
    if (isRedeem()) {
        r.set(Field::ShareToken, shareToken());
        if (operation() != Operation::SumsubCopyApplicant)
            r.set(Field::LevelName, levelName());
        return r;
    }
    const auto ttlText = [](std::chrono::seconds ttl) { return QString::number(ttl.count()); };
    std::visit(Overloaded{[&](const ShareTokenParams &p) {
                              r.set(Field::ApplicantId, p.applicantId);
                              r.set(Field::ForClientId, p.forClientId);
                              r.set(Field::TtlSecs, ttlText(p.ttl));
                          },
                          [&](const IdConnectCodeParams &p) {
                              r.set(Field::AuthorizationResponse, p.code);
                              r.set(Field::CodeVerifier, p.codeVerifier);
                          },
                          [&](const IdConnectRefreshParams &p) {
                              r.set(Field::RefreshToken, p.refreshToken);
                              r.set(Field::CodeVerifier, p.codeVerifier);
                              r.set(Field::Scope, p.scopes.join(u' '));
                          },
                          [&](const IdShareTokenParams &p) {
                              r.set(Field::ConnectToken, p.connectToken);
                              r.set(Field::ForClientId, p.forClientId);
                              r.set(Field::TtlSecs, ttlText(p.ttl));
                          },
                          [&](const SdkTokenParams &p) {
                              r.set(Field::ClientId, p.clientId);
                              r.set(Field::SdkKind, sdkKindKey(p.sdk));
                              r.set(p.sdk == SdkKind::Web ? Field::Referrer : Field::AppId, p.boundTo);
                          },
                          [](const auto &) {}},
               m_params);
    return r;
}

} // namespace kyc
