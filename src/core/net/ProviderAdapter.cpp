#include "core/net/ProviderAdapter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kyc {

ProviderAdapter::~ProviderAdapter() = default;

Failure ProviderAdapter::transportFailure(const TransportResult &result, Operation operation)
{
    Failure f;
    f.operation = operation;
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

QString ProviderAdapter::notAToken()
{
    return tr("The token in the answer holds characters no token has (control characters, spaces or letters "
              "outside ASCII), which could change what a terminal or a text shows; it was not accepted.");
}

QString ProviderAdapter::unreadableErrorBody(const HttpResponse &response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    const QByteArray start = response.body.left(512).trimmed().toLower();
    if (type.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html"))
        return tr("The answer is a web page, not the provider's JSON: a proxy or gateway between this "
                  "computer and the provider may have answered instead.");
    if (response.body.trimmed().isEmpty())
        return tr("The error answer has no body.");
    return tr("The error answer does not say what went wrong.");
}

QDateTime ProviderAdapter::parseHttpDate(const QByteArray &value)
{
    // Qt 6.4's RFC2822Date refuses "GMT", so the fixed format is read by hand.
    QDateTime t =
        QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::optional<qint64> ProviderAdapter::clockSkewSecs(const HttpResponse &response, const QDateTime &sentAt)
{
    const QDateTime server = parseHttpDate(response.header("Date"));
    if (!server.isValid() || !sentAt.isValid())
        return std::nullopt;
    return sentAt.secsTo(server);
}

std::optional<qint64> ProviderAdapter::retryAfterSecs(const HttpResponse &response, const QDateTime &now)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secs = value.toLongLong(&ok);
    if (ok && secs >= 0)
        return secs;
    const QDateTime at = parseHttpDate(value);
    if (at.isValid())
        return qMax<qint64>(0, now.secsTo(at));
    return std::nullopt;
}

} // namespace kyc
