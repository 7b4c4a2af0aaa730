#include "net/ProviderAdapter.h"

namespace kyc {

ProviderAdapter::~ProviderAdapter() = default;

Failure ProviderAdapter::transportFailure(const TransportResult &result)
{
    Failure f;
    f.message = result.errorDetail;
    f.httpStatus = result.response.status;
    switch (result.error) {
    case TransportError::None:
        Q_ASSERT_X(false, "transportFailure", "called for a transfer that succeeded");
        f.kind = FailureKind::NetworkError;
        break;
    case TransportError::InvalidUrl:
    case TransportError::Network:
        f.kind = FailureKind::NetworkError;
        break;
    case TransportError::InsecureUrl:
        f.kind = FailureKind::InsecureUrl;
        break;
    case TransportError::Timeout:
        f.kind = FailureKind::Timeout;
        break;
    case TransportError::Cancelled:
        f.kind = FailureKind::Cancelled;
        break;
    case TransportError::ConnectionRefused:
        f.kind = FailureKind::ConnectionRefused;
        break;
    case TransportError::HostNotFound:
        f.kind = FailureKind::HostNotFound;
        break;
    case TransportError::Tls:
        f.kind = FailureKind::TlsError;
        break;
    case TransportError::Redirect:
        f.kind = FailureKind::Redirected;
        break;
    case TransportError::TooLarge:
        f.kind = FailureKind::ResponseTooLarge;
        break;
    }
    return f;
}

} // namespace kyc
