#include "sumsub/SumsubAdapter.h"

#include "Logging.h"
#include "sumsub/SumsubSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (Qt 6.4's RFC2822Date refuses "GMT").
    QDateTime t =
        QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

HttpRequest SumsubAdapter::buildRequest(const TokenRequest &request, const Credentials &credentials,
                                        const QUrl &baseUrl, const QDateTime &now) const
{
    const TokenRequest clean = request.normalized();
    HttpRequest http;
    http.method = "POST";
    http.url = baseUrl;
    switch (clean.operation()) {
    case Operation::SumsubShareToken: {
        http.url.setPath(u"/resources/accessTokens/shareToken"_s);
        const QJsonObject body{
            {fieldKey(Field::ApplicantId), clean.value(Field::ApplicantId)},
            {fieldKey(Field::ForClientId), clean.value(Field::ForClientId)},
            {fieldKey(Field::TtlSecs), clean.ttlSecs()},
        };
        // Serialised once: these exact bytes are signed and sent.
        http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    }

    const qint64 ts = now.toSecsSinceEpoch(); // seconds, never milliseconds
    const QByteArray secret = credentials.sumsubSecretKey.toUtf8();
    const QByteArray signature =
        SumsubSigner::sign(secret, ts, http.method, pathWithQuery(http.url), http.body);
    http.headers = {
        {"Accept", "application/json"},
        {"Content-Type", "application/json"},
        {"X-App-Token", credentials.sumsubAppToken.toUtf8()},
        {"X-App-Access-Ts", QByteArray::number(ts)},
        {"X-App-Access-Sig", signature},
    };
    return http;
}

Outcome SumsubAdapter::parseResponse(const TokenRequest &request, const HttpResponse &response,
                                     const QDateTime &sentAt) const
{
    if (response.status != 200)
        return parseError(response, sentAt);

    const TokenRequest clean = request.normalized();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject o = doc.object();
    const QJsonValue token = o.value("token"_L1);
    Failure malformed;
    malformed.kind = FailureKind::MalformedResponse;
    malformed.httpStatus = response.status;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        malformed.message = tr("The answer is not a JSON object (%1).").arg(parseError.errorString());
        return malformed;
    }
    if (!token.isString() || token.toString().isEmpty()) {
        malformed.message = tr("The answer has no \"token\" text.");
        return malformed;
    }
    const QString tokenText = token.toString();
    if (tokenText.toUtf8().size() > kMaxTokenBytes) {
        malformed.message = tr("The token is %1 bytes long; Sumsub tokens are at most %2 bytes, so it was "
                               "not accepted.")
                                .arg(tokenText.toUtf8().size())
                                .arg(kMaxTokenBytes);
        return malformed;
    }

    IssuedToken issued;
    issued.operation = clean.operation();
    issued.token = tokenText;
    const QString partner = jsonString(o, "forClientId"_L1);
    issued.partner = partner.isEmpty() ? clean.value(Field::ForClientId) : partner;
    issued.ttlSecs = clean.ttlSecs();
    issued.issuedAt = sentAt.toUTC();
    issued.expiresAt = issued.issuedAt.addSecs(issued.ttlSecs);
    if (issued.partner != clean.value(Field::ForClientId)) {
        malformed.message = tr("The token was issued for partner \"%1\", not \"%2\" as asked; do not use it.")
                                .arg(issued.partner, clean.value(Field::ForClientId));
        return malformed;
    }
    qCDebug(lcSumsub) << "share token issued for partner" << issued.partner;
    return issued;
}

Failure SumsubAdapter::parseError(const HttpResponse &response, const QDateTime &sentAt)
{
    Failure f;
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
        f.message = tr("HTTP %1 without a readable error body.").arg(response.status);

    const int s = response.status;
    if (s == 401 && f.providerCode == u"4004") {
        f.kind = FailureKind::ClockSkew;
        f.clockSkewSecs = clockSkewSecs(response, sentAt);
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

std::optional<qint64> SumsubAdapter::clockSkewSecs(const HttpResponse &response, const QDateTime &sentAt)
{
    const QDateTime server = parseHttpDate(response.header("Date"));
    if (!server.isValid() || !sentAt.isValid())
        return std::nullopt;
    return sentAt.secsTo(server);
}

std::optional<qint64> SumsubAdapter::retryAfterSecs(const HttpResponse &response, const QDateTime &now)
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
