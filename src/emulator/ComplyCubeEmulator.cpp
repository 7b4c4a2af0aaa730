#include "emulator/ComplyCubeEmulator.h"

#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"
#include "emulator/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
constexpr qint64 kSdkTokenLifetimeSecs = 3600;

QString newObjectId()
{
    QByteArray raw(12, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

bool isObjectId(const QString &id)
{
    static const QRegularExpression re(u"^[0-9a-f]{24}$"_s);
    return re.match(id).hasMatch();
}
} // namespace

ComplyCubeEmulator::ComplyCubeEmulator(const EmulatorConfig &config, EmulatorState &state)
    : m_config(config)
    , m_state(state)
{}

EmulatorResponse ComplyCubeEmulator::error(int status, const QString &type, const QString &message,
                                           const QString &param)
{
    QJsonObject body{{u"type"_s, type}, {u"message"_s, message}};
    if (!param.isEmpty())
        body.insert(u"param"_s, param);
    return EmulatorResponse::json(status, body, type);
}

bool ComplyCubeEmulator::handle(const RequestContext &ctx, EmulatorResponse *response)
{
    QString path = ctx.url.path();
    if (!path.startsWith(u"/v1/"_s))
        return false;
    // ComplyCube takes a route with a trailing slash as the route, and its official Node client sends
    // them so (POST /v1/tokens/, /v1/clients/).
    if (path.size() > 4 && path.endsWith(u'/'))
        path.chop(1);

    const QByteArray key = ctx.header("Authorization");
    const std::optional<bool> live = m_state.complyCubeKeyIsLive(key);
    if (!live) {
        *response = error(401, u"unauthorized"_s,
                          key.startsWith("Bearer ") ? u"Invalid API key: send the raw key, without 'Bearer'"_s
                                                    : u"Missing or invalid API key"_s);
        return true;
    }
    const int limit = *live ? 10 : 5;
    if (m_config.rateLimits &&
        !m_limiter.allow(QString::fromUtf8(key), limit, 1000, ctx.now.toMSecsSinceEpoch())) {
        *response = error(429, u"rate_limit_exceeded"_s,
                          u"Too many requests: at most %1 a second with a %2 key"_s.arg(limit).arg(
                              *live ? u"live"_s : u"test"_s));
        return true;
    }

    if (path.startsWith(u"/v1/clients/"_s) && ctx.method == "GET") {
        const QString id = path.mid(12);
        const ComplyCubeClient *client = m_state.findClient(id, *live);
        *response = client ? EmulatorResponse::json(200, client->object)
                           : error(404, u"resource_not_found"_s, u"Invalid client id '%1'"_s.arg(id));
        return true;
    }
    if (path == u"/v1/clients" && ctx.method == "GET") {
        QJsonArray items;
        for (const ComplyCubeClient &c : std::as_const(m_state.complyCubeClients)) {
            if (c.live == *live)
                items.append(c.object);
        }
        const int pageSize = qBound(1, QUrlQuery(ctx.url).queryItemValue(u"pageSize"_s).toInt(), 100);
        QJsonArray page;
        for (qsizetype i = 0; i < items.size() && i < pageSize; ++i)
            page.append(items.at(i));
        *response = EmulatorResponse::json(200, {{u"page"_s, 1},
                                                 {u"pageSize"_s, pageSize},
                                                 {u"totalItems"_s, items.size()},
                                                 {u"pages"_s, (items.size() + pageSize - 1) / pageSize},
                                                 {u"items"_s, page}});
        return true;
    }
    const bool tokens = path == QLatin1String(specOf(Operation::ComplyCubeSdkToken).path); // the table's
    const bool clients = path == u"/v1/clients";
    if (!tokens && !clients) {
        // No such route: said as such, never in the words of an unknown client.
        *response = error(404, u"resource_not_found"_s,
                          u"No such route: %1 %2"_s.arg(QString::fromLatin1(ctx.method), ctx.url.path()));
        return true;
    }
    if (ctx.method != "POST") {
        *response = error(405, u"invalid_request"_s, u"Use POST"_s);
        return true;
    }
    if (!ctx.header("Content-Type").startsWith("application/json")) {
        *response = error(400, u"invalid_request"_s, u"The content-type must be application/json"_s);
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *response = error(400, u"invalid_request"_s, u"The request body is not a JSON object"_s);
        return true;
    }
    *response = tokens ? sdkToken(doc.object(), *live, ctx.now) : createClient(doc.object(), *live, ctx.now);
    return true;
}

EmulatorResponse ComplyCubeEmulator::sdkToken(const QJsonObject &body, bool live, const QDateTime &now)
{
    const QJsonValue clientIdValue = body.value(u"clientId"_s);
    const QString clientId = clientIdValue.toString();
    if (!clientIdValue.isString() || !isObjectId(clientId))
        return error(400, u"invalid_request"_s, u"'clientId' is invalid"_s, u"clientId"_s);
    const bool hasReferrer = body.contains(u"referrer"_s);
    const bool hasAppId = body.contains(u"appId"_s);
    if (!hasReferrer && !hasAppId)
        return error(400, u"invalid_request"_s,
                     u"'referrer' is required for the Web SDK, 'appId' for mobile"_s, u"referrer"_s);
    const QString referrer = body.value(u"referrer"_s).toString();
    if (hasReferrer && !Validators::checkReferrerPattern(referrer).isEmpty())
        return error(400, u"invalid_request"_s, u"'referrer' is invalid"_s, u"referrer"_s);
    const QString appId = body.value(u"appId"_s).toString();
    if (hasAppId && !Validators::checkAppId(appId).isEmpty())
        return error(400, u"invalid_request"_s, u"'appId' is invalid"_s, u"appId"_s);
    if (!m_state.findClient(clientId, live))
        return error(404, u"resource_not_found"_s, u"Invalid client id '%1'"_s.arg(clientId));

    QJsonObject claims{{u"iss"_s, u"kyc-share-emulator"_s},
                       {u"clientId"_s, clientId},
                       {u"env"_s, live ? u"live"_s : u"test"_s},
                       {u"iat"_s, now.toSecsSinceEpoch()},
                       {u"exp"_s, now.addSecs(kSdkTokenLifetimeSecs).toSecsSinceEpoch()}};
    if (hasReferrer)
        claims.insert(u"referrer"_s, referrer);
    if (hasAppId)
        claims.insert(u"appId"_s, appId);
    const QString token = QString::fromLatin1(Jwt::sign(claims));
    m_state.sdkTokens.append(token);
    return EmulatorResponse::json(200, {{u"token"_s, token}});
}

EmulatorResponse ComplyCubeEmulator::createClient(const QJsonObject &body, bool live, const QDateTime &now)
{
    const QString type = body.value(u"type"_s).toString();
    if (type != u"person" && type != u"company")
        return error(400, u"invalid_request"_s, u"'type' must be person or company"_s, u"type"_s);
    const QString email = body.value(u"email"_s).toString();
    if (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@'))
        return error(400, u"invalid_request"_s, u"'email' is invalid"_s, u"email"_s);
    if (type == u"person") {
        const QJsonObject details = body.value(u"personDetails"_s).toObject();
        for (const QString &field : {u"firstName"_s, u"lastName"_s}) {
            if (details.value(field).toString().trimmed().isEmpty())
                return error(400, u"invalid_request"_s, u"'personDetails.%1' is required"_s.arg(field),
                             u"personDetails."_s + field);
        }
    } else if (body.value(u"companyDetails"_s).toObject().value(u"name"_s).toString().trimmed().isEmpty()) {
        return error(400, u"invalid_request"_s, u"'companyDetails.name' is required"_s,
                     u"companyDetails.name"_s);
    }

    ComplyCubeClient client;
    client.id = newObjectId();
    client.live = live;
    QJsonObject object = body;
    object.insert(u"id"_s, client.id);
    const QString stamp = now.toString(Qt::ISODateWithMs);
    object.insert(u"createdAt"_s, stamp);
    object.insert(u"updatedAt"_s, stamp);
    client.object = object;
    m_state.complyCubeClients.append(client);
    return EmulatorResponse::json(200, object);
}

} // namespace kyc::emulator
