#include "SumsubEmulator.h"

#include "sumsub/SumsubSigner.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
const QString kShareTokenPath = u"/resources/accessTokens/shareToken"_s;
const QString kLegacyShareTokenPath = u"/resources/accessTokens/-/shareToken"_s;

QString newCorrelationId()
{
    return u"req-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The shape of the vendor's documented example: an unsigned JWT whose content nobody should read.
QString newShareToken()
{
    const QByteArray header = base64Url(R"({"alg":"none"})");
    QJsonObject claims;
    claims.insert(u"jti"_s, QString(u"_act-emu-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    claims.insert(u"url"_s, u"https://api.sumsub.com"_s);
    return QString::fromLatin1(header + '.' +
                               base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.');
}
} // namespace

SumsubEmulator::SumsubEmulator(const EmulatorConfig &config)
    : m_config(config)
{}

EmulatorResponse SumsubEmulator::error(int status, const QString &description, int errorCode,
                                       const QString &errorName)
{
    QJsonObject body{
        {u"description"_s, description}, {u"code"_s, status}, {u"correlationId"_s, newCorrelationId()}};
    if (errorCode != 0)
        body.insert(u"errorCode"_s, errorCode);
    if (!errorName.isEmpty())
        body.insert(u"errorName"_s, errorName);
    return EmulatorResponse::json(status, body, errorCode != 0 ? QString::number(errorCode) : QString());
}

bool SumsubEmulator::handle(const QByteArray &method, const QUrl &url, const QHttpServerRequest &request,
                            const QDateTime &now, EmulatorResponse *response)
{
    const QString path = url.path();
    if (!path.startsWith(u"/resources/"_s))
        return false;

    EmulatorResponse auth = checkAuthentication(method, url, request, now);
    if (auth.status != 200) {
        *response = auth;
        return true;
    }

    if (path == kShareTokenPath || path == kLegacyShareTokenPath) {
        if (method != "POST") {
            *response =
                error(405, u"Method %1 is not allowed here; use POST."_s.arg(QString::fromLatin1(method)));
            return true;
        }
        if (path == kShareTokenPath) {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                *response = error(400, u"Request body is not a JSON object"_s);
                return true;
            }
            const QJsonObject o = doc.object();
            *response = shareToken(o.value(u"applicantId"_s).toString(), o.value(u"forClientId"_s).toString(),
                                   o.value(u"ttlInSecs"_s), now);
        } else {
            // The legacy form: everything in the query string, no body (the signature covers the query).
            const QUrlQuery query(url);
            const QJsonValue ttl = query.hasQueryItem(u"ttlInSecs"_s)
                                       ? QJsonValue(query.queryItemValue(u"ttlInSecs"_s))
                                       : QJsonValue(QJsonValue::Undefined);
            *response = shareToken(query.queryItemValue(u"applicantId"_s, QUrl::FullyDecoded),
                                   query.queryItemValue(u"forClientId"_s, QUrl::FullyDecoded), ttl, now);
        }
        return true;
    }

    *response = error(404, u"Not found"_s);
    return true;
}

EmulatorResponse SumsubEmulator::checkAuthentication(const QByteArray &method, const QUrl &url,
                                                     const QHttpServerRequest &request,
                                                     const QDateTime &now) const
{
    const QByteArray appToken = request.value("X-App-Token");
    if (appToken.isEmpty() || appToken != m_config.sumsubAppToken.toUtf8())
        return error(401, u"Invalid or missing app token"_s);

    const QByteArray signature = request.value("X-App-Access-Sig");
    const QByteArray tsText = request.value("X-App-Access-Ts");
    bool tsOk = false;
    const qint64 ts = tsText.toLongLong(&tsOk);
    const QByteArray expected =
        SumsubSigner::sign(m_config.sumsubSecretKey.toUtf8(), ts, method, pathWithQuery(url), request.body());
    if (!tsOk || signature.isEmpty() || !SumsubSigner::equal(signature, expected))
        return error(401, u"Request signature mismatch"_s, 4003, u"app-token-signature mismatch"_s);

    if (qAbs(now.toSecsSinceEpoch() - ts) > m_config.timestampWindowSecs)
        return error(401, u"Request timestamp is too far from the server time"_s, 4004,
                     u"app-token-request-expired"_s);
    return EmulatorResponse{};
}

EmulatorResponse SumsubEmulator::shareToken(const QString &applicantId, const QString &forClientId,
                                            const QJsonValue &ttl, const QDateTime &now)
{
    if (applicantId.isEmpty() || forClientId.isEmpty())
        return error(400, u"'applicantId' and 'forClientId' must be provided for creating share token"_s);
    static const QRegularExpression objectId(u"^[0-9a-f]{24}$"_s);
    if (!objectId.match(applicantId).hasMatch())
        return error(400, u"Invalid applicantId: %1"_s.arg(applicantId));

    qint64 ttlSecs = 600; // the documented example, used when the field is left out
    if (!ttl.isUndefined() && !ttl.isNull()) {
        bool ok = false;
        if (ttl.isDouble()) {
            const double d = ttl.toDouble();
            ok = d == double(qint64(d));
            ttlSecs = qint64(d);
        } else if (ttl.isString()) {
            ttlSecs = ttl.toString().toLongLong(&ok);
        }
        if (!ok || ttlSecs < 1 || ttlSecs > 2147483647)
            return error(400, u"'ttlInSecs' must be a positive 32-bit integer"_s);
    }

    ShareTokenRecord record{newShareToken(), applicantId, forClientId, now.addSecs(ttlSecs)};
    m_shareTokens.append(record);
    return EmulatorResponse::json(200, {{u"token"_s, record.token}, {u"forClientId"_s, forClientId}});
}

} // namespace kyc::emulator
