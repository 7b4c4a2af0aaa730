#include "emulator/SumsubEmulator.h"

#include "core/sumsub/Pkce.h"
#include "core/sumsub/SumsubSigner.h"
#include "core/tokens/OperationSpec.h"
#include "emulator/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
// The routes the console's adapters call are the operation table's.
const QString kShareTokenPath = QLatin1String(specOf(Operation::SumsubShareToken).path);
const QString kLegacyShareTokenPath = u"/resources/accessTokens/-/shareToken"_s;
const QString kIdShareTokenPath = QLatin1String(specOf(Operation::SumsubIdShareToken).path);
const QString kConnectTokenPath = QLatin1String(specOf(Operation::SumsubIdConnectToken).path);
const QString kShareLinkPath = u"/resources/snsId/oauth/shareLink"_s;
const QString kReusePath = QLatin1String(specOf(Operation::SumsubReuse).path);
const QString kReusePreviewPath = QLatin1String(specOf(Operation::SumsubReusePreview).path);
const QString kCopyApplicantPath = QLatin1String(specOf(Operation::SumsubCopyApplicant).path);
const QString kAuthorizePath = u"/api/snsId/oauth/authorize"_s;
const QString kFollowShareLinkPath = u"/api/snsId/oauth/share"_s;

const QStringList kKnownScopes{u"openid"_s, u"profile"_s, u"email"_s,
                               u"name"_s,   u"share"_s,   u"offline_access"_s};
constexpr qint64 kCodeLifetimeSecs = 300;
constexpr qint64 kAccessTokenLifetimeSecs = 86400;
constexpr qint64 kRefreshTokenLifetimeSecs = 30 * 86400;
constexpr qint64 kShareLinkLifetimeSecs = 300;

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// The shape of the vendor's documented example: an unsigned JWT whose content nobody should read.
QString newShareToken()
{
    QJsonObject claims;
    claims.insert(u"jti"_s, QString(u"_act-emu-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    claims.insert(u"url"_s, u"https://api.sumsub.com"_s);
    return QString::fromLatin1(Jwt::base64Url(R"({"alg":"none"})") + '.' +
                               Jwt::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.');
}

std::optional<qint64> ttlFrom(const QJsonValue &ttl, qint64 defaultSecs)
{
    if (ttl.isUndefined() || ttl.isNull())
        return defaultSecs;
    bool ok = false;
    qint64 secs = 0;
    if (ttl.isDouble()) {
        const double d = ttl.toDouble();
        ok = d == double(qint64(d));
        secs = qint64(d);
    } else if (ttl.isString()) { // the vendor's own example sends it as a string
        secs = ttl.toString().toLongLong(&ok);
    }
    if (!ok || secs < 1 || secs > 2147483647)
        return std::nullopt;
    return secs;
}

QJsonObject jsonBody(const RequestContext &ctx, bool *ok)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body(), &parseError);
    *ok = parseError.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

EmulatorResponse oauthError(int status, const QString &error, const QString &description)
{
    return EmulatorResponse::json(status, {{u"error"_s, error}, {u"error_description"_s, description}},
                                  error);
}

QStringList splitScopes(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}
} // namespace

SumsubEmulator::SumsubEmulator(const EmulatorConfig &config, EmulatorState &state)
    : m_config(config)
    , m_state(state)
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

bool SumsubEmulator::handle(const RequestContext &ctx, EmulatorResponse *response)
{
    const QString path = ctx.url.path();
    if (path == kAuthorizePath) {
        *response = ctx.method == "GET" ? authorize(ctx) : error(405, u"Use GET"_s);
        return true;
    }
    if (path == kFollowShareLinkPath) {
        *response = ctx.method == "GET" ? followShareLink(ctx) : error(405, u"Use GET"_s);
        return true;
    }
    if (path == kShareLinkPath) {
        *response = ctx.method == "POST" ? createShareLink(ctx) : error(405, u"Use POST"_s);
        return true;
    }
    if (!path.startsWith(u"/resources/"_s))
        return false;

    const SumsubAppToken *app = nullptr;
    EmulatorResponse auth = checkAuthentication(ctx, &app);
    if (auth.status != 200) {
        *response = auth;
        return true;
    }
    if (m_config.rateLimits && ctx.method == "POST" &&
        !m_limiter.allow(app->appToken, 50, 5000, ctx.now.toMSecsSinceEpoch())) {
        *response = error(429, u"Too many requests"_s);
        return true;
    }

    if (path == u"/resources/applicants/-/levels" && ctx.method == "GET") {
        // The cheapest signed call there is: what "Test connection" asks for.
        const QJsonObject level{{u"id"_s, u"63e0a1c51b7b4030f2e0aaaa"_s},
                                {u"name"_s, u"basic-kyc-level"_s},
                                {u"clientId"_s, app->clientId}};
        *response = EmulatorResponse::json(200, {{u"items"_s, QJsonArray{level}}, {u"totalItems"_s, 1}});
        return true;
    }
    if (path == kReusePath || path == kReusePreviewPath || path == kCopyApplicantPath) {
        *response = ctx.method == "POST" ? redeem(*app, ctx) : error(405, u"Use POST"_s);
        return true;
    }
    const bool isShare = path == kShareTokenPath || path == kLegacyShareTokenPath;
    if (!isShare && path != kIdShareTokenPath && path != kConnectTokenPath) {
        *response = error(404, u"Not found"_s);
        return true;
    }
    if (ctx.method != "POST") {
        *response =
            error(405, u"Method %1 is not allowed here; use POST."_s.arg(QString::fromLatin1(ctx.method)));
        return true;
    }
    if (path == kLegacyShareTokenPath) {
        // Everything in the query string and no body; the signature covers the query.
        const QUrlQuery query(ctx.url);
        const QJsonValue ttl = query.hasQueryItem(u"ttlInSecs"_s)
                                   ? QJsonValue(query.queryItemValue(u"ttlInSecs"_s))
                                   : QJsonValue(QJsonValue::Undefined);
        *response = shareToken(*app, query.queryItemValue(u"applicantId"_s, QUrl::FullyDecoded),
                               query.queryItemValue(u"forClientId"_s, QUrl::FullyDecoded), ttl, ctx.now);
        return true;
    }
    bool ok = false;
    const QJsonObject body = jsonBody(ctx, &ok);
    if (!ok) {
        *response = error(400, u"Request body is not a JSON object"_s);
        return true;
    }
    if (path == kShareTokenPath)
        *response = shareToken(*app, body.value(u"applicantId"_s).toString(),
                               body.value(u"forClientId"_s).toString(), body.value(u"ttlInSecs"_s), ctx.now);
    else if (path == kIdShareTokenPath)
        *response = idShareToken(*app, body, ctx.now);
    else
        *response = connectToken(*app, body, ctx.now);
    return true;
}

EmulatorResponse SumsubEmulator::checkAuthentication(const RequestContext &ctx,
                                                     const SumsubAppToken **appToken) const
{
    const SumsubAppToken *app = m_state.findAppToken(ctx.header("X-App-Token"));
    if (!app)
        return error(401, u"Invalid or missing app token"_s);

    const QByteArray signature = ctx.header("X-App-Access-Sig");
    bool tsOk = false;
    const qint64 ts = ctx.header("X-App-Access-Ts").toLongLong(&tsOk);
    const QByteArray expected =
        SumsubSigner::sign(app->secretKey.toUtf8(), ts, ctx.method, pathWithQuery(ctx.url), ctx.body());
    if (!tsOk || signature.isEmpty() || !SumsubSigner::equal(signature, expected))
        return error(401, u"Request signature mismatch"_s, 4003, u"app-token-signature mismatch"_s);
    if (qAbs(ctx.now.toSecsSinceEpoch() - ts) > m_config.timestampWindowSecs)
        return error(401, u"Request timestamp is too far from the server time"_s, 4004,
                     u"app-token-request-expired"_s);
    *appToken = app;
    return EmulatorResponse{};
}

EmulatorResponse SumsubEmulator::shareToken(const SumsubAppToken &app, const QString &applicantId,
                                            const QString &forClientId, const QJsonValue &ttl,
                                            const QDateTime &now)
{
    if (!app.shareApplicantsData)
        return error(403, u"Forbidden: the app token's role lacks the 'Share applicants data' permission"_s);
    if (applicantId.isEmpty() || forClientId.isEmpty())
        return error(400, u"'applicantId' and 'forClientId' must be provided for creating share token"_s);
    static const QRegularExpression objectId(u"^[0-9a-f]{24}$"_s);
    if (!objectId.match(applicantId).hasMatch())
        return error(400, u"Invalid applicantId: %1"_s.arg(applicantId));
    const std::optional<qint64> ttlSecs = ttlFrom(ttl, 600);
    if (!ttlSecs)
        return error(400, u"'ttlInSecs' must be a positive 32-bit integer"_s);
    if (!m_state.applicants.contains(applicantId))
        return error(404, u"Applicant not found: %1"_s.arg(applicantId));

    ShareTokenRecord record{newShareToken(), applicantId, forClientId,  now.addSecs(*ttlSecs),
                            false,           false,       app.clientId, now};
    m_state.shareTokens.append(record);
    return EmulatorResponse::json(200, {{u"token"_s, record.token}, {u"forClientId"_s, forClientId}});
}

// The receiving side of Reusable KYC, as the vendor's reference describes it: the share token is checked
// first (a 401 naming it when it has expired), then the partnership and the account, then the donor's
// applicant against the level. A reuse or a copy uses the token up; a preview only checks.
EmulatorResponse SumsubEmulator::redeem(const SumsubAppToken &app, const RequestContext &ctx)
{
    const QString path = ctx.url.path();
    const QUrlQuery query(ctx.url);
    const QString token = query.queryItemValue(u"shareToken"_s, QUrl::FullyDecoded);
    const QString levelName = query.queryItemValue(u"levelName"_s, QUrl::FullyDecoded);
    const bool copy = path == kCopyApplicantPath;
    const bool preview = path == kReusePreviewPath;
    if (token.isEmpty())
        return error(400, u"Required parameter 'shareToken' is missing"_s);
    if (!copy && levelName.isEmpty())
        return error(400, u"Required parameter 'levelName' is missing"_s);

    ShareTokenRecord *record = nullptr;
    for (ShareTokenRecord &r : m_state.shareTokens) {
        if (r.token == token && !r.sumsubId)
            record = &r;
    }
    if (!record || record->consumed)
        return error(400, u"The provided share token is malformed or expired"_s, 10503,
                     u"invalid-share-token"_s);
    if (record->expiresAt < ctx.now) {
        const auto when = [](const QDateTime &t) { return t.toString(u"ddd MMM dd HH:mm:ss 'UTC' yyyy"_s); };
        return error(401,
                     u"Token is invalid: Token %1 is invalid now: created at %2 with ttl %3 but accessed "
                     u"at %4 [source: null]"_s.arg(token, when(record->createdAt))
                         .arg(record->createdAt.secsTo(record->expiresAt))
                         .arg(when(ctx.now)));
    }
    if (!app.reusableKyc)
        return error(400, u"Reusable KYC is disabled"_s, 10505, u"reusable-kyc-disabled"_s);
    if (record->forClientId != app.clientId)
        return error(400, u"Reusing applicants is not allowed since the target is not your partner"_s, 10501,
                     u"not-in-partners-list"_s);
    if (copy && !app.copyApplicant)
        return error(400, u"Copy applicant is disabled"_s, 10518, u"copy-applicant-disabled"_s);
    SumsubAppToken::LevelFit fit = SumsubAppToken::LevelFit::Approved;
    if (!copy) {
        if (!app.levels.contains(levelName))
            return error(404, u"Level '%1' not found"_s.arg(levelName));
        fit = app.levels.value(levelName);
        if (fit == SumsubAppToken::LevelFit::Unsuitable)
            return error(400, u"Not Reusable KYC for level: %1"_s.arg(levelName), 10504,
                         u"non-suitable-share-token"_s);
        if (m_state.notApprovedApplicants.contains(record->applicantId))
            return error(400, u"The donor applicant is not in an approved state"_s, 10507,
                         u"reusable-kyc-not-approved-applicant"_s);
    }
    if (preview)
        return EmulatorResponse::json(200,
                                      {{u"levelName"_s, levelName}, {u"clientId"_s, record->donorClientId}});

    record->consumed = true; // a share token works once
    QString id = QUuid::createUuid().toString(QUuid::Id128).left(24);
    m_state.applicants.insert(id);
    QJsonObject review;
    review.insert(u"reviewStatus"_s, fit == SumsubAppToken::LevelFit::Approved ? u"completed"_s : u"init"_s);
    if (fit == SumsubAppToken::LevelFit::Approved)
        review.insert(u"reviewResult"_s, QJsonObject{{u"reviewAnswer"_s, u"GREEN"_s}});
    QJsonObject applicant{
        {u"id"_s, id},
        {u"createdAt"_s, ctx.now.toString(u"yyyy-MM-dd HH:mm:ss"_s)},
        {u"clientId"_s, record->donorClientId},
        {u"externalUserId"_s, QString(u"copy-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))}};
    applicant.insert(u"info"_s, QJsonObject{{u"firstName"_s, u"John"_s}, {u"lastName"_s, u"Smith"_s}});
    applicant.insert(u"review"_s, review);
    return EmulatorResponse::json(200, applicant);
}

EmulatorResponse SumsubEmulator::connectToken(const SumsubAppToken &app, const QJsonObject &body,
                                              const QDateTime &now)
{
    if (!app.idConnectEnabled)
        return error(404, u"Invalid clientId: %1"_s.arg(app.clientId));
    const QString grantType = body.value(u"grant_type"_s).toString();
    const QByteArray verifier = body.value(u"codeVerifier"_s).toString().toUtf8();
    QJsonObject answer{{u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, kAccessTokenLifetimeSecs}};
    ConnectGrant access;
    access.token = u"snd-id-con-a-"_s + randomUrlSafe(48);
    access.clientId = app.clientId;
    access.expiresAt = now.addSecs(kAccessTokenLifetimeSecs);

    if (grantType == u"authorization_code") {
        auto it = m_state.codes.find(body.value(u"code"_s).toString());
        // One answer for every way a code can be wrong, as the vendor gives.
        if (it == m_state.codes.end() || it->used || it->expiresAt < now || it->clientId != app.clientId ||
            Pkce::challengeFor(verifier) != it->codeChallenge)
            return error(401, u"Invalid code"_s);
        it->used = true;
        access.profileId = it->profileId;
        access.scopes = it->scopes;
        access.codeChallenge = it->codeChallenge;
        if (it->scopes.contains(u"offline_access"_s)) {
            ConnectGrant refresh = access;
            refresh.token = u"snd-id-con-r-"_s + randomUrlSafe(48);
            refresh.expiresAt = now.addSecs(kRefreshTokenLifetimeSecs);
            m_state.refreshTokens.insert(refresh.token, refresh);
            answer.insert(u"refresh_token"_s, refresh.token);
        }
        if (it->scopes.contains(u"openid"_s)) {
            const IdProfile *profile = m_state.findProfile(it->profileId);
            QJsonObject claims{{u"iss"_s, u"https://id.sumsub.com"_s},
                               {u"sub"_s, it->profileId},
                               {u"aud"_s, app.clientId},
                               {u"iat"_s, now.toSecsSinceEpoch()},
                               {u"exp"_s, now.addSecs(3600).toSecsSinceEpoch()}};
            if (profile && it->scopes.contains(u"name"_s))
                claims.insert(u"name"_s, profile->name);
            if (profile && it->scopes.contains(u"email"_s))
                claims.insert(u"email"_s, profile->email);
            answer.insert(u"id_token"_s, QString::fromLatin1(Jwt::sign(claims)));
        }
    } else if (grantType == u"refresh_token") {
        const auto it = m_state.refreshTokens.constFind(body.value(u"refresh_token"_s).toString());
        if (it == m_state.refreshTokens.cend() || it->expiresAt < now || it->clientId != app.clientId ||
            Pkce::challengeFor(verifier) != it->codeChallenge)
            return error(401, u"Invalid refresh token"_s);
        const QStringList asked = splitScopes(body.value(u"scope"_s).toString());
        for (const QString &s : asked) {
            if (!it->scopes.contains(s))
                return error(400, u"Scope '%1' was not granted; a refresh cannot widen the scope"_s.arg(s));
        }
        access.profileId = it->profileId;
        access.scopes = asked.isEmpty() ? it->scopes : asked;
        access.codeChallenge = it->codeChallenge;
    } else {
        return error(
            400, u"Unsupported grant_type '%1': use authorization_code or refresh_token"_s.arg(grantType));
    }
    m_state.accessTokens.insert(access.token, access);
    answer.insert(u"access_token"_s, access.token);
    return EmulatorResponse::json(200, answer);
}

EmulatorResponse SumsubEmulator::idShareToken(const SumsubAppToken &app, const QJsonObject &body,
                                              const QDateTime &now)
{
    if (!app.shareApplicantsData)
        return error(403, u"Forbidden: the app token's role lacks the 'Share applicants data' permission"_s);
    const QString connectToken = body.value(u"sumsubIdConnectToken"_s).toString();
    const QString forClientId = body.value(u"forClientId"_s).toString();
    if (connectToken.isEmpty() || forClientId.isEmpty())
        return error(
            400, u"'forClientId' and 'sumsubIdConnectToken' must be provided for creating Sumsub ID share "
                 "token"_s);
    const std::optional<qint64> ttlSecs = ttlFrom(body.value(u"ttlInSecs"_s), 1800);
    if (!ttlSecs)
        return error(400, u"'ttlInSecs' must be a positive 32-bit integer"_s);
    if (!app.idConnectEnabled)
        return error(403, u"Sumsub ID Connect is not enabled for your client key"_s, 10604,
                     u"sumsub-id-connect-disabled"_s);
    const auto grant = m_state.accessTokens.constFind(connectToken);
    if (grant == m_state.accessTokens.cend() || grant->expiresAt < now || grant->clientId != app.clientId)
        return error(401, u"Sumsub ID Connect token is malformed or expired"_s, 10603,
                     u"sumsub-id-access-token-invalid"_s);
    if (!grant->scopes.contains(u"share"_s))
        return error(403, u"The Sumsub ID Connect token was granted without the 'share' scope"_s);
    const IdProfile *profile = m_state.findProfile(grant->profileId);
    if (!profile || profile->status == IdProfileStatus::Deleted)
        return error(404, u"Sumsub ID profile not found"_s, 10600, u"sumsub-id-profile-not-found"_s);
    if (profile->status == IdProfileStatus::Blocked)
        return error(403, u"Sumsub ID profile is blocked"_s, 10601, u"sumsub-id-profile-blocked"_s);
    if (profile->status == IdProfileStatus::Disconnected)
        return error(403, u"The Sumsub ID user disconnected your app"_s, 10602,
                     u"sumsub-id-app-disconnected"_s);

    ShareTokenRecord record{u"_act-snsId-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                            profile->id,
                            forClientId,
                            now.addSecs(*ttlSecs),
                            true,
                            false,
                            app.clientId,
                            now};
    m_state.shareTokens.append(record);
    return EmulatorResponse::json(200, {{u"token"_s, record.token},
                                        {u"forClientId"_s, forClientId},
                                        {u"sharingAllowed"_s, profile->consents.contains(forClientId)}});
}

EmulatorResponse SumsubEmulator::authorize(const RequestContext &ctx)
{
    // The consent page of id.sumsub.com, played without a page: the chosen profile (login_hint, an
    // emulator extension; otherwise the first active one) consents at once and the browser is sent
    // back to the redirect URI with the code, as after a real consent.
    const QUrlQuery q(ctx.url);
    auto value = [&q](const QString &key) { return q.queryItemValue(key, QUrl::FullyDecoded); };
    const SumsubAppToken *app = m_state.findAppTokenByClientId(value(u"client_id"_s));
    if (!app || !app->idConnectEnabled)
        return oauthError(400, u"invalid_client"_s, u"Invalid clientId: %1"_s.arg(value(u"client_id"_s)));
    const QString redirectUri = value(u"redirect_uri"_s);
    if (!m_state.redirectUris.contains(redirectUri))
        return oauthError(400, u"invalid_request"_s,
                          u"redirect_uri '%1' is not registered for this client"_s.arg(redirectUri));
    if (value(u"response_type"_s) != u"code")
        return oauthError(400, u"unsupported_response_type"_s, u"response_type must be code"_s);
    if (value(u"code_challenge_method"_s) != u"S256")
        return oauthError(400, u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    const QByteArray challenge = value(u"code_challenge"_s).toLatin1();
    if (challenge.size() != 43)
        return oauthError(400, u"invalid_request"_s,
                          u"code_challenge must be base64url(SHA-256(verifier))"_s);
    const QStringList scopes = splitScopes(value(u"scope"_s));
    for (const QString &s : scopes) {
        if (!kKnownScopes.contains(s))
            return oauthError(400, u"invalid_scope"_s, u"Unknown scope '%1'"_s.arg(s));
    }
    QString profileId = value(u"login_hint"_s);
    if (profileId.isEmpty()) {
        for (const IdProfile &p : m_state.idProfiles) {
            if (p.status == IdProfileStatus::Active) {
                profileId = p.id;
                break;
            }
        }
    }
    if (!m_state.findProfile(profileId))
        return oauthError(400, u"invalid_request"_s, u"No Sumsub ID profile '%1'"_s.arg(profileId));

    AuthorizationCode code;
    // Real codes are standard base64 with + / and =: a client must decode the redirect URL properly.
    QByteArray raw(32, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    code.code = QString::fromLatin1(raw.toBase64());
    code.clientId = app->clientId;
    code.profileId = profileId;
    code.redirectUri = redirectUri;
    code.codeChallenge = challenge;
    code.scopes = scopes;
    code.expiresAt = ctx.now.addSecs(kCodeLifetimeSecs);
    m_state.codes.insert(code.code, code);

    QByteArray location = redirectUri.toUtf8() + (redirectUri.contains(u'?') ? '&' : '?');
    location += "code=" + QUrl::toPercentEncoding(code.code);
    if (q.hasQueryItem(u"state"_s))
        location += "&state=" + QUrl::toPercentEncoding(value(u"state"_s));
    EmulatorResponse r;
    r.status = 302;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<html><body>Sumsub ID (emulator): consent given. Continue to the app.</body></html>";
    r.extraHeaders.append({"Location", location});
    return r;
}

EmulatorResponse SumsubEmulator::createShareLink(const RequestContext &ctx)
{
    const QByteArray authorization = ctx.header("Authorization");
    const QString token =
        QString::fromLatin1(authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray());
    const auto grant = m_state.accessTokens.constFind(token);
    if (grant == m_state.accessTokens.cend() || grant->expiresAt < ctx.now)
        return error(401, u"Invalid or expired Sumsub ID Connect access token"_s);
    bool ok = false;
    const QJsonObject body = jsonBody(ctx, &ok);
    if (!ok)
        return error(400, u"Request body is not a JSON object"_s);
    ShareLink link;
    link.id = randomUrlSafe(24);
    link.profileId = grant->profileId;
    link.forClientId = body.value(u"forClientId"_s).toString();
    link.redirectUri = body.value(u"redirectUri"_s).toString();
    link.state = body.value(u"state"_s).toString();
    link.expiresAt = ctx.now.addSecs(kShareLinkLifetimeSecs);
    if (link.forClientId.isEmpty() || link.redirectUri.isEmpty())
        return error(400, u"'redirectUri' and 'forClientId' must be provided"_s);
    if (!m_state.redirectUris.contains(link.redirectUri))
        return error(400, u"redirectUri '%1' is not registered"_s.arg(link.redirectUri));
    m_state.shareLinks.insert(link.id, link);
    QUrl url = ctx.baseUrl;
    url.setPath(kFollowShareLinkPath);
    url.setQuery(u"link="_s + link.id);
    return EmulatorResponse::json(200, {{u"link"_s, url.toString()}});
}

EmulatorResponse SumsubEmulator::followShareLink(const RequestContext &ctx)
{
    const auto it = m_state.shareLinks.constFind(QUrlQuery(ctx.url).queryItemValue(u"link"_s));
    if (it == m_state.shareLinks.cend() || it->expiresAt < ctx.now)
        return oauthError(400, u"invalid_request"_s,
                          u"The share link is unknown or has expired (5 minutes)"_s);
    if (IdProfile *profile = m_state.findProfile(it->profileId))
        profile->consents.insert(it->forClientId);
    QByteArray location = it->redirectUri.toUtf8() + (it->redirectUri.contains(u'?') ? '&' : '?');
    location += "state=" + QUrl::toPercentEncoding(it->state);
    EmulatorResponse r;
    r.status = 302;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<html><body>Sumsub ID (emulator): sharing allowed.</body></html>";
    r.extraHeaders.append({"Location", location});
    m_state.shareLinks.erase(it);
    return r;
}

} // namespace kyc::emulator
