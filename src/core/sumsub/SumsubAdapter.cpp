#include "core/sumsub/SumsubAdapter.h"

#include "core/tokens/OperationSpec.h"

#include "core/base/Logging.h"
#include "core/base/Wipe.h"
#include "core/sumsub/SumsubIdConnect.h"
#include "core/sumsub/SumsubSigner.h"
#include "core/tokens/Validators.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
QString jsonString(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

Failure malformed(Operation operation, int status, const QString &message)
{
    Failure f;
    f.kind = FailureKind::MalformedResponse;
    f.operation = operation;
    f.httpStatus = status;
    f.message = message;
    return f;
}
} // namespace

HttpRequest SumsubAdapter::buildRequest(const CheckedRequest &request, const Credentials &credentials,
                                        const QUrl &baseUrl, const QDateTime &now) const
{
    HttpRequest http;
    http.method = "POST";
    http.url = baseUrl;
    http.url.setPath(QLatin1String(specOf(request.operation()).path));
    if (request.isRedeem()) {
        // Everything in the query, no body (as the vendor's reference shows); the signature covers the
        // query exactly as it goes on the wire.
        QByteArray query = "shareToken=" + QUrl::toPercentEncoding(request.shareToken());
        if (request.operation() != Operation::SumsubCopyApplicant)
            query += "&levelName=" + QUrl::toPercentEncoding(request.levelName());
        http.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        http.headers = signedHeaders(credentials, http, now);
        return http;
    }
    QJsonObject body;
    std::visit(
        Overloaded{
            [&](const ShareTokenParams &p) {
                body = {{u"applicantId"_s, p.applicantId},
                        {u"forClientId"_s, p.forClientId},
                        {u"ttlInSecs"_s, qint64(p.ttl.count())}};
            },
            [&](const IdShareTokenParams &p) {
                body = {{u"sumsubIdConnectToken"_s, p.connectToken},
                        {u"forClientId"_s, p.forClientId},
                        // an integer, though the vendor's example sends a string
                        {u"ttlInSecs"_s, qint64(p.ttl.count())}};
            },
            [&](const IdConnectCodeParams &p) {
                body = {{u"grant_type"_s, u"authorization_code"_s},
                        {u"code"_s, p.code},
                        {u"codeVerifier"_s, p.codeVerifier}}; // camelCase, as the vendor spells it
            },
            [&](const IdConnectRefreshParams &p) {
                body = {{u"grant_type"_s, u"refresh_token"_s},
                        {u"refresh_token"_s, p.refreshToken},
                        {u"codeVerifier"_s, p.codeVerifier}};
                if (!p.scopes.isEmpty())
                    body.insert(u"scope"_s, p.scopes.join(u' '));
            },
            [](const SdkTokenParams &) { qFatal("SumsubAdapter asked to build a ComplyCube request"); },
            [](const auto &) {}},
        request.params());
    // Serialised once: these exact bytes are signed and sent.
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.headers = signedHeaders(credentials, http, now);
    http.headers.prepend({"Content-Type", "application/json"});
    return http;
}

QList<std::pair<QByteArray, QByteArray>> SumsubAdapter::signedHeaders(const Credentials &credentials,
                                                                      HttpRequest &http, const QDateTime &now)
{
    const qint64 ts = now.toSecsSinceEpoch(); // seconds, never milliseconds
    QByteArray secret = credentials.sumsubSecretKey.toUtf8();
    const QByteArray signature =
        SumsubSigner::sign(secret, ts, http.method, pathWithQuery(http.url), http.body);
    wipe(secret);
    return {
        {"Accept", "application/json"},
        {"X-App-Token", credentials.sumsubAppToken.toUtf8()},
        {"X-App-Access-Ts", QByteArray::number(ts)},
        {"X-App-Access-Sig", signature},
    };
}

HttpRequest SumsubAdapter::buildConnectionCheck(const Credentials &credentials, const QUrl &baseUrl,
                                                const QDateTime &now) const
{
    HttpRequest http;
    http.method = "GET";
    http.url = baseUrl;
    http.url.setPath(u"/resources/applicants/-/levels"_s);
    http.headers = signedHeaders(credentials, http, now); // no body: nothing is appended to the signed bytes
    return http;
}

std::optional<Failure> SumsubAdapter::parseConnectionCheck(const HttpResponse &response,
                                                           const QDateTime &sentAt) const
{
    if (response.status != 200)
        return parseError(Operation::SumsubShareToken, response, sentAt);
    if (!QJsonDocument::fromJson(response.body).object().contains("items"_L1))
        return malformed(Operation::SumsubShareToken, response.status,
                         tr("The answer is not the list of levels Sumsub sends."));
    return std::nullopt;
}

Outcome SumsubAdapter::parseResponse(const CheckedRequest &request, const HttpResponse &response,
                                     const QDateTime &sentAt) const
{
    const Operation op = request.operation();
    if (response.status != 200) {
        Failure f = parseError(op, response, sentAt);
        if (request.isRedeem()) {
            // Sumsub's 401 names the token it refused: never shown or recorded.
            static const QRegularExpression tokenLike(u"_act-[^\\s\"',;]*"_s);
            f.message.replace(request.shareToken(), u"…"_s).replace(tokenLike, u"_act-…"_s);
        }
        return f;
    }
    if (op == Operation::SumsubReusePreview && response.body.trimmed().isEmpty())
        return parseReceived(request, {}, sentAt, response.status);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(op, response.status,
                         tr("The answer is not a JSON object (%1).").arg(parseError.errorString()));
    if (op == Operation::SumsubIdConnectToken || op == Operation::SumsubIdConnectRefresh)
        return parseConnectToken(request, doc.object(), sentAt, response.status);
    if (request.isRedeem())
        return parseReceived(request, doc.object(), sentAt, response.status);
    return parseShareToken(request, doc.object(), sentAt, response.status);
}

Outcome SumsubAdapter::parseReceived(const CheckedRequest &request, const QJsonObject &o,
                                     const QDateTime &sentAt, int status)
{
    const Operation op = request.operation();
    ReceivedApplicant received;
    received.preview = op == Operation::SumsubReusePreview;
    received.levelName = request.levelName();
    received.id = jsonString(o, "id"_L1);
    if (!Validators::checkSumsubApplicantId(received.id).isEmpty()) {
        if (!received.preview)
            return malformed(op, status, tr("The answer does not name the new applicant's \"id\"."));
        received.id.clear(); // a preview creates none; whatever it says is not an applicant of ours
    }
    received.donorClientId = jsonString(o, "clientId"_L1);
    received.externalUserId = jsonString(o, "externalUserId"_L1);
    received.createdAt = jsonString(o, "createdAt"_L1);
    const QJsonObject review = o.value("review"_L1).toObject();
    received.reviewStatus = jsonString(review, "reviewStatus"_L1);
    received.reviewAnswer = jsonString(review.value("reviewResult"_L1).toObject(), "reviewAnswer"_L1);

    IssuedToken issued;
    issued.operation = op;
    issued.partner = received.donorClientId;
    issued.issuedAt = sentAt.toUTC();
    issued.received = received;
    qCDebug(lcSumsub) << operationKey(op) << "answered for level" << received.levelName;
    return issued;
}

Outcome SumsubAdapter::parseShareToken(const CheckedRequest &request, const QJsonObject &o,
                                       const QDateTime &sentAt, int status)
{
    const Operation op = request.operation();
    const QJsonValue token = o.value("token"_L1);
    if (!token.isString() || token.toString().isEmpty())
        return malformed(op, status, tr("The answer has no \"token\" text."));
    const QString tokenText = token.toString();
    if (!Validators::isPrintableAsciiToken(tokenText))
        return malformed(op, status, ProviderAdapter::notAToken());
    if (tokenText.toUtf8().size() > kMaxTokenBytes)
        return malformed(
            op, status,
            tr("The token is %1 bytes long; Sumsub tokens are at most %2 bytes, so it was not accepted.")
                .arg(tokenText.toUtf8().size())
                .arg(kMaxTokenBytes));

    IssuedToken issued;
    issued.operation = op;
    issued.token = tokenText;
    const QString partner = jsonString(o, "forClientId"_L1);
    issued.partner = partner.isEmpty() ? request.partner() : partner;
    if (issued.partner != request.partner())
        return malformed(op, status,
                         tr("The token was issued for partner \"%1\", not \"%2\" as asked; do not use it.")
                             .arg(issued.partner, request.partner()));
    issued.ttlSecs = request.ttl().count();
    issued.issuedAt = sentAt.toUTC();
    issued.expiresAt = issued.issuedAt.addSecs(issued.ttlSecs);
    if (op == Operation::SumsubIdShareToken) {
        const QJsonValue allowed = o.value("sharingAllowed"_L1);
        if (!allowed.isBool())
            return malformed(op, status, tr("The answer does not say whether sharing is allowed."));
        issued.sharingAllowed = allowed.toBool();
    }
    qCDebug(lcSumsub) << operationKey(op) << "issued for partner" << issued.partner;
    return issued;
}

Outcome SumsubAdapter::parseConnectToken(const CheckedRequest &request, const QJsonObject &o,
                                         const QDateTime &sentAt, int status)
{
    const Operation op = request.operation();
    const QString access = o.value("access_token"_L1).toString();
    if (access.isEmpty())
        return malformed(op, status, tr("The answer has no \"access_token\"."));
    const QString refresh = o.value("refresh_token"_L1).toString();
    if (!Validators::isPrintableAsciiToken(access) ||
        (!refresh.isEmpty() && !Validators::isPrintableAsciiToken(refresh)))
        return malformed(op, status, ProviderAdapter::notAToken());
    for (const QString &token : {access, refresh}) {
        if (token.toUtf8().size() > kMaxConnectTokenBytes)
            return malformed(op, status,
                             tr("A token in the answer is %1 bytes long, far more than a Sumsub ID token; it "
                                "was not accepted.")
                                 .arg(token.toUtf8().size()));
    }
    const qint64 expiresIn = o.value("expires_in"_L1).toInteger(86400);
    if (expiresIn <= 0)
        return malformed(op, status, tr("The answer's \"expires_in\" is not a positive number of seconds."));

    IssuedToken issued;
    issued.operation = op;
    issued.token = access;
    issued.ttlSecs = expiresIn;
    issued.issuedAt = sentAt.toUTC();
    issued.expiresAt = issued.issuedAt.addSecs(expiresIn);
    issued.tokenType = o.value("token_type"_L1).toString(u"Bearer"_s);
    issued.refreshToken = refresh;
    const QString idToken = o.value("id_token"_L1).toString();
    if (!idToken.isEmpty()) {
        // Shown to the operator, never trusted: the signature is not verified.
        issued.idTokenClaims = SumsubIdConnect::decodeIdTokenClaims(idToken);
        issued.idTokenUnreadable = !issued.idTokenClaims;
    }
    return issued;
}

Failure SumsubAdapter::parseError(Operation operation, const HttpResponse &response, const QDateTime &sentAt)
{
    Failure f;
    f.operation = operation;
    f.httpStatus = response.status;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonObject o = doc.object();
    if (doc.isObject()) {
        f.message = jsonString(o, "description"_L1);
        f.correlationId = jsonString(o, "correlationId"_L1);
        f.providerCode = jsonString(o, "errorCode"_L1);
        f.name = jsonString(o, "errorName"_L1);
    }
    if (f.message.isEmpty())
        f.message = unreadableErrorBody(response);

    const int s = response.status;
    const QString &code = f.providerCode;
    const bool connectCall =
        operation == Operation::SumsubIdConnectToken || operation == Operation::SumsubIdConnectRefresh;
    const bool redeem = isRedeem(operation);
    // The Sumsub ID codes first: their HTTP statuses are not documented.
    if (code == u"10600") {
        f.kind = FailureKind::NotFound;
    } else if (code == u"10601" || code == u"10602" || code == u"10604") {
        f.kind = FailureKind::PermissionDenied;
    } else if (code == u"10603") {
        f.kind = FailureKind::InvalidGrant;
    } else if (redeem && (code == u"10502" || code == u"10503" || (s == 401 && code.isEmpty()))) {
        // The share token itself: malformed, used, expired (a 401 from the token check that comes first).
        f.kind = FailureKind::InvalidGrant;
    } else if (redeem && (code == u"10501" || code == u"10505" || code == u"10518")) {
        f.kind = FailureKind::PermissionDenied; // the partnership or the product, not the request
    } else if (redeem && code.startsWith(u"105"_s)) {
        f.kind = FailureKind::Rejected; // the donor's applicant does not fit the level
    } else if (s == 401 && code == u"4004") {
        f.kind = FailureKind::ClockSkew;
        f.clockSkewSecs = clockSkewSecs(response, sentAt);
    } else if (s == 401 && code.isEmpty() && connectCall) {
        f.kind = FailureKind::InvalidGrant; // "Invalid code": used, expired, or the verifier does not match
    } else if (s == 401) {
        f.kind = FailureKind::Authentication;
    } else if (s == 403) {
        f.kind = FailureKind::PermissionDenied;
    } else if (s == 404) {
        f.kind = FailureKind::NotFound;
    } else if (s == 429) {
        f.kind = FailureKind::RateLimited;
        f.retryAfterSecs = retryAfterSecs(response, sentAt);
    } else if (s >= 500) {
        f.kind = FailureKind::ProviderError;
    } else if (s >= 400) {
        f.kind = FailureKind::Rejected;
    } else {
        f.kind = FailureKind::MalformedResponse;
        f.message = tr("Unexpected HTTP status %1.").arg(s);
    }
    return f;
}

} // namespace kyc
