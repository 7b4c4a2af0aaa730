#include "core/tokens/Outcome.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kyc {

QString failureKindKey(FailureKind kind)
{
    switch (kind) {
    case FailureKind::InvalidInput:
        return u"invalid-input"_s;
    case FailureKind::MissingCredentials:
        return u"missing-credentials"_s;
    case FailureKind::Authentication:
        return u"authentication"_s;
    case FailureKind::ClockSkew:
        return u"clock-skew"_s;
    case FailureKind::PermissionDenied:
        return u"permission-denied"_s;
    case FailureKind::NotFound:
        return u"not-found"_s;
    case FailureKind::RateLimited:
        return u"rate-limited"_s;
    case FailureKind::Rejected:
        return u"rejected"_s;
    case FailureKind::ProviderError:
        return u"provider-error"_s;
    case FailureKind::MalformedResponse:
        return u"malformed-response"_s;
    case FailureKind::ResponseTooLarge:
        return u"response-too-large"_s;
    case FailureKind::InvalidGrant:
        return u"invalid-grant"_s;
    case FailureKind::Redirected:
        return u"redirected"_s;
    case FailureKind::Timeout:
        return u"timeout"_s;
    case FailureKind::ConnectionRefused:
        return u"connection-refused"_s;
    case FailureKind::HostNotFound:
        return u"host-not-found"_s;
    case FailureKind::TlsError:
        return u"tls-error"_s;
    case FailureKind::InsecureUrl:
        return u"insecure-url"_s;
    case FailureKind::NetworkError:
        return u"network-error"_s;
    case FailureKind::Cancelled:
        return u"cancelled"_s;
    case FailureKind::EnvironmentMismatch:
        return u"environment-mismatch"_s;
    case FailureKind::HistoryFailed:
        return u"history-failed"_s;
    case FailureKind::AwaitingApproval:
        return u"awaiting-approval"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString Outcome::approximateDuration(qint64 secs)
{
    if (secs < 90)
        return tr("%1 s").arg(secs);
    if (secs < 90 * 60)
        return tr("%1 s (about %2 min)").arg(secs).arg((secs + 30) / 60);
    return tr("%1 s (about %2 h)").arg(secs).arg(QString::number(double(secs) / 3600.0, 'f', 1));
}

QString Outcome::describeDuration(qint64 secs)
{
    if (secs >= 86400)
        return tr("%1 d %2 h").arg(secs / 86400).arg(secs % 86400 / 3600);
    if (secs >= 3600)
        return tr("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60);
    if (secs >= 60)
        return tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    return tr("%1 s").arg(secs);
}

QString Outcome::describeClock(qint64 skewSecs)
{
    if (qAbs(skewSecs) < 5)
        return tr("This computer's clock is in step with the server's.");
    return skewSecs > 0
               ? tr("This computer's clock is %1 behind the server's.").arg(approximateDuration(skewSecs))
               : tr("This computer's clock is %1 ahead of the server's.").arg(approximateDuration(-skewSecs));
}

Outcome::Outcome(IssuedToken issued)
    : m_value(std::move(issued))
{}

Outcome::Outcome(Failure failure)
    : m_value(std::move(failure))
{}

QUrl ReceivedApplicant::dashboardUrl() const
{
    if (id.isEmpty())
        return {};
    return QUrl(u"https://cockpit.sumsub.com/checkus#/applicant/%1/basicInfo"_s.arg(id));
}

// The receiving side's refusals (Sumsub's 105xx codes and the share token's 401), in words an operator
// can act on; empty for anything else.
QString Outcome::redeemAdvice(const Failure &f)
{
    if (!isRedeem(f.operation))
        return {};
    const QString &code = f.providerCode;
    if (f.kind == FailureKind::InvalidGrant) {
        if (code == u"10502")
            return tr(
                "The share token names a partner Sumsub does not know. Ask the donor for a new token made "
                "for your client ID exactly.");
        static const QRegularExpression ttl(u"with ttl (\\d+)"_s);
        const QRegularExpressionMatch m = ttl.match(f.message);
        const QString made =
            m.hasMatch()
                ? u' ' +
                      tr("This one was made to last %1.").arg(approximateDuration(m.captured(1).toLongLong()))
                : QString();
        return tr("A share token works once, until its TTL runs out.") + made + u' ' +
               tr("Ask the donor for a new share token and redeem it soon after. (If every token fails like "
                  "this, check this profile's app token with Test connection.)");
    }
    if (f.kind == FailureKind::NotFound)
        return tr("Sumsub does not know this level in your account. Check its name (case matters) on the "
                  "Levels page of your Sumsub dashboard.");
    if (code == u"10501")
        return tr("You and the donor are not partners for Reusable KYC yet. Each adds the other on the "
                  "Reusable KYC partners page of the Sumsub dashboard; then ask the donor for a new token.");
    if (code == u"10505")
        return tr("Reusable KYC is disabled for your account. Ask your Sumsub account manager to enable it.");
    if (code == u"10518")
        return tr(
            "Copy applicant is not enabled for your account: it is a separate Sumsub product with its own "
            "agreement. Use Reuse, or ask your account manager.");
    if (code == u"10504")
        return tr(
            "This share token cannot be reused for the level you chose. Try the level your agreement with "
            "the donor names, or one with fewer steps (Preview checks a level without copying "
            "anything); the donor can say which level their applicant passed.");
    if (code == u"10506")
        return tr("The donor's applicant does not meet the criteria for reuse. Verify the person on your own "
                  "level, or ask the donor.");
    if (code == u"10507")
        return tr("The donor's applicant is not approved yet. Ask the donor to finish the verification, then "
                  "for a new token.");
    if (code == u"10508")
        return tr("The donor's applicant is not active (deactivated or deleted). Ask the donor.");
    if (code == u"10509")
        return tr(
            "The donor verified this applicant in a way that cannot be reused. Verify the person on your "
            "own level.");
    if (code == u"10510")
        return tr(
            "Your level needs a selfie or an identity document the donor's applicant lacks. Try a level "
            "without that step, or have the person complete it with you.");
    if (code == u"10511")
        return tr(
            "Your level needs a liveness check the donor's applicant has not passed. Try a level without "
            "liveness, or have the person complete it with you.");
    if (code == u"10512")
        return tr("None of the document types your level requires is one the donor's applicant holds. Try a "
                  "level that accepts the donor's documents.");
    if (code == u"10513")
        return tr("A document of the donor's applicant is of a type your level does not accept. Try a level "
                  "that accepts it.");
    return {};
}

QString Outcome::headline(const Failure &f)
{
    if (isRedeem(f.operation)) {
        switch (f.kind) {
        case FailureKind::InvalidGrant:
            return tr("Sumsub did not accept the share token.");
        case FailureKind::PermissionDenied:
            return tr("Sumsub does not let this account redeem the token.");
        case FailureKind::Rejected:
            if (f.providerCode.startsWith(u"105"_s))
                return tr("Sumsub refused to reuse the donor's applicant (error %1).").arg(f.providerCode);
            break;
        default:
            break;
        }
    }
    switch (f.kind) {
    case FailureKind::InvalidInput:
        return tr("Some fields need attention; nothing was sent.");
    case FailureKind::MissingCredentials:
        return tr("No credentials are set for this provider.");
    case FailureKind::Authentication:
        if (f.providerCode == u"4003")
            return tr("The provider rejected the request signature.");
        return tr("The provider did not accept the credentials.");
    case FailureKind::ClockSkew:
        return tr("The request's timestamp is too far from the provider's clock.");
    case FailureKind::PermissionDenied:
        return tr("The credentials lack a permission this operation needs.");
    case FailureKind::NotFound:
        return tr("The provider does not know what was asked for.");
    case FailureKind::RateLimited:
        return tr("Too many requests: the provider asks to slow down.");
    case FailureKind::Rejected:
        return tr("The provider refused the request.");
    case FailureKind::ProviderError:
        return tr("The provider had an internal error (HTTP %1).").arg(f.httpStatus);
    case FailureKind::MalformedResponse:
        return tr("The provider's answer could not be read.");
    case FailureKind::ResponseTooLarge:
        return tr("The provider's answer was far larger than any token; it was not read.");
    case FailureKind::InvalidGrant:
        switch (f.operation) {
        case Operation::SumsubIdConnectToken:
            return tr("Sumsub ID did not accept the authorization code.");
        case Operation::SumsubIdConnectRefresh:
            return tr("Sumsub ID did not accept the refresh token.");
        default:
            return tr("Sumsub ID did not accept the connect access token.");
        }
    case FailureKind::Redirected:
        return tr("The server answered with a redirect, which is never followed.");
    case FailureKind::Timeout:
        return tr("The provider did not answer in time.");
    case FailureKind::ConnectionRefused:
        return tr("The connection to the provider was refused.");
    case FailureKind::HostNotFound:
        return tr("The provider's host name could not be found.");
    case FailureKind::TlsError:
        return tr("The secure connection to the provider could not be verified.");
    case FailureKind::InsecureUrl:
        return tr("Plain http:// is only allowed to this computer.");
    case FailureKind::NetworkError:
        return tr("The request failed on the network.");
    case FailureKind::Cancelled:
        return tr("The request was cancelled.");
    case FailureKind::EnvironmentMismatch:
        return tr("The profile's environment does not match its key; nothing was sent.");
    case FailureKind::HistoryFailed:
        if (f.intentId > 0)
            return tr("The provider answered, but the history could not record it (attempt %1); no token is "
                      "shown.")
                .arg(f.intentId);
        return tr("The history could not be written, so nothing was sent.");
    case FailureKind::AwaitingApproval:
        return tr("Request %1 waits for a second person's approval; nothing was sent.").arg(f.requestId);
    }
    Q_UNREACHABLE();
    return {};
}

QString Outcome::advice(const Failure &f)
{
    if (const QString redeem = redeemAdvice(f); !redeem.isEmpty())
        return redeem;
    switch (f.kind) {
    case FailureKind::InvalidInput:
        return tr("Correct the fields marked and try again.");
    case FailureKind::MissingCredentials:
        return f.message;
    case FailureKind::Authentication:
        if (f.providerCode == u"4003")
            return tr("The secret key does not match the app token, or the token belongs to the other "
                      "environment (sandbox or production). Check both and try again.");
        if (providerOf(f.operation) == Provider::ComplyCube)
            return tr(
                "The API key was refused. test_ keys work with test clients only and live_ keys with live "
                "ones; check that the key belongs to this environment.");
        return tr("Check the app token, and that it belongs to this environment (sandbox or production).");
    case FailureKind::ClockSkew:
        if (f.clockSkewSecs)
            return describeClock(*f.clockSkewSecs) + u' ' +
                   tr("Set the clock automatically (NTP) and try again.");
        return tr("Check that this computer's clock is set automatically (NTP) and try again.");
    case FailureKind::PermissionDenied:
        if (f.providerCode == u"10601")
            return tr(
                "The user's Sumsub ID profile is blocked; it cannot be shared. Contact Sumsub support.");
        if (f.providerCode == u"10602")
            return tr("The user disconnected your app from their Sumsub ID. They must go through the consent "
                      "step again before anything can be shared.");
        if (f.providerCode == u"10604")
            return tr(
                "Sumsub ID Connect is not enabled for your client key. Ask Sumsub support to enable it.");
        if (f.operation == Operation::SumsubIdShareToken && f.message.contains(u"'share'"_s))
            return tr(
                "The connect access token was granted without the \"share\" scope. Authorize again with "
                "\"share\" ticked.");
        return tr("Ask your administrator to give the app token the \"Share applicants data\" permission.");
    case FailureKind::NotFound:
        if (f.providerCode == u"10600")
            return tr(
                "The user's Sumsub ID profile no longer exists (it was deleted). They must connect again.");
        if (f.operation == Operation::SumsubIdConnectToken ||
            f.operation == Operation::SumsubIdConnectRefresh)
            return tr(
                "Sumsub ID Connect is not enabled for this client key (\"Invalid clientId\"). Ask Sumsub "
                "support to enable it.");
        if (providerOf(f.operation) == Provider::ComplyCube)
            return tr(
                "ComplyCube does not know this client with this key. test_ keys see test clients only and "
                "live_ keys live ones; check the client ID and the key.");
        return tr("Check the IDs you entered; sandbox and production data are separate.");
    case FailureKind::RateLimited:
        if (f.retryAfterSecs)
            return tr("Try again in %1.").arg(approximateDuration(*f.retryAfterSecs));
        return tr("Wait a few seconds and try again.");
    case FailureKind::Rejected:
        if (providerOf(f.operation) == Provider::ComplyCube && !f.name.isEmpty())
            return tr("ComplyCube refused the field \"%1\". Correct it and try again.").arg(f.name);
        return tr("Read the provider's message below, correct the request and try again.");
    case FailureKind::InvalidGrant:
        if (f.operation == Operation::SumsubIdConnectToken)
            return tr(
                "The code was already used, has expired (codes live a few minutes), or the code verifier is "
                "not the one its authorize URL was made with. Make a new authorize URL and start again.");
        if (f.operation == Operation::SumsubIdConnectRefresh)
            return tr("The refresh token is unknown or expired, or the code verifier is not the one of the "
                      "original "
                      "authorization. Start a new authorization.");
        return tr("The connect access token is malformed or expired (they last 24 hours). Get a new one with "
                  "Sumsub ID Connect.");
    case FailureKind::ProviderError:
    case FailureKind::MalformedResponse:
    case FailureKind::ResponseTooLarge:
        if (f.correlationId.isEmpty())
            return tr("Try again later. If it persists, contact the provider's support with the time of the "
                      "attempt (the history keeps it).");
        return tr("Try again later. If it persists, contact the provider's support with the correlation ID.");
    case FailureKind::Redirected:
        return tr("Check the base URL: it must point straight at the provider's API.");
    case FailureKind::ConnectionRefused:
        return tr("Check the base URL and the network connection, then try again. The request did not reach "
                  "the provider; nothing is retried automatically.");
    case FailureKind::Timeout:
    case FailureKind::NetworkError:
        return tr("Check the network connection, then try again. The provider may have received the request "
                  "and issued a token all the same; nothing is retried automatically.");
    case FailureKind::HostNotFound:
        return tr("Check the base URL and the network connection (DNS, proxy).");
    case FailureKind::TlsError:
        return tr("Check the base URL. Behind a TLS-inspecting proxy, the proxy's CA certificate must be "
                  "trusted.");
    case FailureKind::InsecureUrl:
        return tr("Use an https:// base URL.");
    case FailureKind::Cancelled:
        return {};
    case FailureKind::EnvironmentMismatch:
        return f.message;
    case FailureKind::HistoryFailed:
        if (f.intentId > 0)
            return tr("The provider may hold a token that is not recorded: attempt %1 shows as \"outcome "
                      "unknown\" in the history. Free the history (another program may hold it locked, or "
                      "the "
                      "disk is full), then issue again if the partner still needs a token.")
                .arg(f.intentId);
        return tr("Another program may hold the history locked, or the disk is full or read-only. Free it "
                  "and try again.");
    case FailureKind::AwaitingApproval:
        return tr("Another member of the team approves it in their console's Approvals pane (or with "
                  "'kyc-share approvals approve %1'); then issue it from yours.")
            .arg(f.requestId);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kyc
