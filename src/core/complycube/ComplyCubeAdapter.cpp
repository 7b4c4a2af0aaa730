#include "core/complycube/ComplyCubeAdapter.h"

#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc {

HttpRequest ComplyCubeAdapter::buildRequest(const CheckedRequest &request, const Credentials &credentials,
                                            const QUrl &baseUrl, const QDateTime &) const
{
    const SdkTokenParams &p = request.as<SdkTokenParams>();
    HttpRequest http;
    http.method = "POST";
    http.url = baseUrl;
    http.url.setPath(QLatin1String(specOf(request.operation()).path));
    QJsonObject body{{u"clientId"_s, p.clientId}};
    body.insert(p.sdk == SdkKind::Web ? u"referrer"_s : u"appId"_s, p.boundTo);
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.headers = {
        {"Accept", "application/json"},
        {"Content-Type", "application/json"},
        {"Authorization", credentials.complyCubeApiKey.toUtf8()}, // the raw key, as the vendor wants it
    };
    return http;
}

Outcome ComplyCubeAdapter::parseResponse(const CheckedRequest &request, const HttpResponse &response,
                                         const QDateTime &sentAt) const
{
    if (response.status != 200)
        return parseError(response, sentAt);
    const SdkTokenParams &p = request.as<SdkTokenParams>();
    Failure malformed;
    malformed.kind = FailureKind::MalformedResponse;
    malformed.operation = Operation::ComplyCubeSdkToken;
    malformed.httpStatus = response.status;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        malformed.message = tr("The answer is not a JSON object (%1).").arg(parseError.errorString());
        return malformed;
    }
    const QString token = doc.object().value("token"_L1).toString();
    if (token.isEmpty()) {
        malformed.message = tr("The answer has no \"token\" text.");
        return malformed;
    }
    if (!Validators::isPrintableAsciiToken(token)) {
        malformed.message = ProviderAdapter::notAToken();
        return malformed;
    }
    if (token.toUtf8().size() > kMaxTokenBytes) {
        malformed.message = tr("The token is %1 bytes long, far more than an SDK token; it was not accepted.")
                                .arg(token.toUtf8().size());
        return malformed;
    }
    IssuedToken issued;
    issued.operation = Operation::ComplyCubeSdkToken;
    issued.token = token;
    issued.partner = p.boundTo;
    issued.ttlSecs = kSdkTokenLifetimeSecs;
    issued.issuedAt = sentAt.toUTC();
    issued.expiresAt = issued.issuedAt.addSecs(kSdkTokenLifetimeSecs);
    issued.clientId = p.clientId;
    issued.sdk = p.sdk;
    return issued;
}

HttpRequest ComplyCubeAdapter::buildConnectionCheck(const Credentials &credentials, const QUrl &baseUrl,
                                                    const QDateTime &) const
{
    HttpRequest http;
    http.method = "GET";
    http.url = baseUrl;
    http.url.setPath(u"/v1/clients"_s);
    http.url.setQuery(u"page=1&pageSize=1"_s);
    http.headers = {{"Accept", "application/json"}, {"Authorization", credentials.complyCubeApiKey.toUtf8()}};
    return http;
}

std::optional<Failure> ComplyCubeAdapter::parseConnectionCheck(const HttpResponse &response,
                                                               const QDateTime &sentAt) const
{
    if (response.status != 200)
        return parseError(response, sentAt);
    if (!QJsonDocument::fromJson(response.body).isObject()) {
        Failure f;
        f.kind = FailureKind::MalformedResponse;
        f.operation = Operation::ComplyCubeSdkToken;
        f.httpStatus = response.status;
        f.message = tr("The answer is not the list of clients ComplyCube sends.");
        return f;
    }
    return std::nullopt;
}

Failure ComplyCubeAdapter::parseError(const HttpResponse &response, const QDateTime &sentAt)
{
    Failure f;
    f.operation = Operation::ComplyCubeSdkToken;
    f.httpStatus = response.status;
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    f.providerCode = o.value("type"_L1).toString();
    f.name = o.value("param"_L1).toString();
    f.message = o.value("message"_L1).toString();
    if (f.message.isEmpty())
        f.message = unreadableErrorBody(response);
    const int s = response.status;
    if (s == 401 || s == 403)
        f.kind = FailureKind::Authentication;
    else if (s == 404)
        f.kind = FailureKind::NotFound;
    else if (s == 429) {
        f.kind = FailureKind::RateLimited;
        f.retryAfterSecs = retryAfterSecs(response, sentAt);
    } else if (s >= 500)
        f.kind = FailureKind::ProviderError;
    else if (s >= 400)
        f.kind = FailureKind::Rejected;
    else {
        f.kind = FailureKind::MalformedResponse;
        f.message = tr("Unexpected HTTP status %1.").arg(s);
    }
    return f;
}

} // namespace kyc
