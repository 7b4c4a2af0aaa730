#include "cli/ExitStatus.h"

namespace kyc::cli {

ExitStatus exitStatusFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::InvalidInput:
    case FailureKind::MissingCredentials:
    case FailureKind::InsecureUrl:
    case FailureKind::EnvironmentMismatch:
        return BadInput;
    case FailureKind::HistoryFailed:
        return HistoryFailed;
    case FailureKind::AwaitingApproval:
        return AwaitingApproval;
    case FailureKind::Authentication:
    case FailureKind::InvalidGrant:
    case FailureKind::ClockSkew:
    case FailureKind::PermissionDenied:
        return AuthenticationFailed;
    case FailureKind::NotFound:
    case FailureKind::RateLimited:
    case FailureKind::Rejected:
        return ProviderRefused;
    case FailureKind::ProviderError:
    case FailureKind::MalformedResponse:
    case FailureKind::ResponseTooLarge:
        return ProviderFailed;
    case FailureKind::Redirected:
    case FailureKind::Timeout:
    case FailureKind::ConnectionRefused:
    case FailureKind::HostNotFound:
    case FailureKind::TlsError:
    case FailureKind::NetworkError:
        return NetworkFailed;
    case FailureKind::Cancelled:
        return Unexpected;
    }
    Q_UNREACHABLE();
    return Unexpected;
}

} // namespace kyc::cli
