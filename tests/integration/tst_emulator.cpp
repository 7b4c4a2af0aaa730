// The emulator itself, over real sockets: every route, state and fault it offers, checked with a
// plain QNetworkAccessManager client that follows no redirects (and, in emulator_curl.sh, with curl).
#include "core/sumsub/Pkce.h"
#include "core/sumsub/SumsubSigner.h"
#include "emulator/Emulator.h"
#include "emulator/Jwt.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace kyc::emulator;

namespace {
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

struct AppToken
{
    QByteArray token;
    QByteArray secret;
};
const AppToken kDemo{"sbx:emulator-demo-app-token", "emulator-demo-secret-key"};
const AppToken kNoShare{"sbx:emulator-no-share-app-token", "emulator-no-share-secret-key"};
const AppToken kNoConnect{"sbx:emulator-no-connect-app-token", "emulator-no-connect-secret-key"};
const QByteArray kTestKey = "test_emulator-demo-api-key";
const QByteArray kLiveKey = "live_emulator-demo-api-key";
const QString kTestClient = u"5eb04fcd0f3e360008035eb1"_s;
const QString kLiveClient = u"6a1f0e2d3c4b5a6978877665"_s;
const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;
const QString kRedirect = u"https://partner.example/callback"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject jwtClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
        .object();
}

bool jwtSignatureValid(const QByteArray &jwt)
{
    const qsizetype dot = jwt.lastIndexOf('.');
    const QByteArray mac = QMessageAuthenticationCode::hash(jwt.left(dot), QByteArray(Jwt::kSigningKey),
                                                            QCryptographicHash::Sha256);
    return jwt.mid(dot + 1) == mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Sumsub share token
    void shareTokenForKnownApplicant();
    void shareTokenUnknownApplicantIs404();
    void shareTokenWithoutPermissionIs403();
    void legacyQueryFormIssues();
    void shareTokenWorksOnce();
    void expiredShareTokenCannotBeUsed();
    void sumsubRateLimit();

    // Sumsub ID Connect
    void authorizeRedirectsWithCodeAndState();
    void authorizeRefuses_data();
    void authorizeRefuses();
    void exchangeGivesAccessTokenOnly();
    void exchangeWithOfflineAccessAndOpenid();
    void invalidCodes_data();
    void invalidCodes();
    void connectDisabledIsInvalidClientId();
    void refreshNeverWidensTheScope();

    // Sumsub ID share token
    void sharingAllowedFollowsConsent();
    void idShareTokenNeedsBothFields();
    void idShareTokenTtl();
    void idShareTokenErrorCodes_data();
    void idShareTokenErrorCodes();
    void idShareTokenNeedsShareScope();

    // ComplyCube
    void sdkTokenForWebAndMobile();
    void sdkTokenRefuses_data();
    void sdkTokenRefuses();
    void complyCubeAuthorization_data();
    void complyCubeAuthorization();
    void createClientAsTheApiDoes();
    void createClientRefuses_data();
    void createClientRefuses();
    void complyCubeRateLimitByKeyKind();
    void complyCubeRoutesAsTheVendorTakesThem();

    // Faults
    void faults_data();
    void faults();
    void oversizedIsTensOfMegabytes();
    void faultCountAndPath();
    void faultControlRoute();
    void listensOnlyOnLoopbackUnlessAllowed();

    // State file
    void stateFileErrors_data();
    void stateFileErrors();

    void requestLogHoldsNoSecrets();

private:
    Reply send(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 0);
    Reply sumsub(const QString &pathWithQuery, const QJsonObject &body, const AppToken &app = kDemo);
    Reply sumsubRaw(const QString &pathWithQuery, const QByteArray &body, const AppToken &app = kDemo);
    Reply complyCube(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QByteArray &key = kTestKey);
    // Plays the consent step; returns the code.
    QString authorizeCode(const QByteArray &verifier, const QString &scope, const QString &profile = {});
    QJsonObject connectToken(const QString &scope, const QString &profile = {},
                             QByteArray *verifier = nullptr);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_timeoutMs = 15000; // how long send() waits unless told otherwise
};

void TestEmulator::init()
{
    m_emulator = std::make_unique<Emulator>();
    QVERIFY(!m_emulator->start().isEmpty());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timeoutMs = 15000;
}

void TestEmulator::cleanup()
{
    m_nam.reset();
    m_emulator.reset();
}

Reply TestEmulator::send(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    if (timeoutMs == 0)
        timeoutMs = m_timeoutMs;
    QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + pathWithQuery));
    if (!body.isEmpty()) // what every client of the vendors' JSON APIs says; a test that means otherwise sets
                         // it
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(timeoutMs + 5000);
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply TestEmulator::sumsubRaw(const QString &pathWithQuery, const QByteArray &body, const AppToken &app)
{
    const qint64 ts = m_emulator->now().toSecsSinceEpoch(); // a client in step with the server's clock
    const QByteArray sig = kyc::SumsubSigner::sign(app.secret, ts, "POST", pathWithQuery.toUtf8(), body);
    return send("POST", pathWithQuery, body,
                {{"Content-Type", "application/json"},
                 {"X-App-Token", app.token},
                 {"X-App-Access-Ts", QByteArray::number(ts)},
                 {"X-App-Access-Sig", sig}});
}

Reply TestEmulator::sumsub(const QString &pathWithQuery, const QJsonObject &body, const AppToken &app)
{
    return sumsubRaw(pathWithQuery, json(body), app);
}

Reply TestEmulator::complyCube(const QByteArray &method, const QString &path, const QJsonObject &body,
                               const QByteArray &key)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!key.isEmpty())
        headers.append({"Authorization", key});
    return send(method, path, method == "GET" ? QByteArray() : json(body), headers);
}

QString TestEmulator::authorizeCode(const QByteArray &verifier, const QString &scope, const QString &profile)
{
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, u"emulator-demo-client"_s);
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"redirect_uri"_s, kRedirect);
    q.addQueryItem(u"scope"_s, scope);
    q.addQueryItem(u"state"_s, u"st-1"_s);
    q.addQueryItem(u"code_challenge"_s, QString::fromLatin1(kyc::Pkce::challengeFor(verifier)));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    if (!profile.isEmpty())
        q.addQueryItem(u"login_hint"_s, profile);
    const Reply r = send("GET", u"/api/snsId/oauth/authorize?"_s + q.toString(QUrl::FullyEncoded));
    if (r.status != 302)
        return {};
    return QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

QJsonObject TestEmulator::connectToken(const QString &scope, const QString &profile, QByteArray *verifierOut)
{
    const QByteArray verifier = kyc::Pkce::generateVerifier();
    if (verifierOut)
        *verifierOut = verifier;
    const QString code = authorizeCode(verifier, scope, profile);
    const Reply r =
        sumsub(u"/resources/snsId/api/connect/token"_s, {{u"grant_type"_s, u"authorization_code"_s},
                                                         {u"code"_s, code},
                                                         {u"codeVerifier"_s, QString::fromLatin1(verifier)}});
    return r.status == 200 ? r.json() : QJsonObject();
}

// --- Sumsub share token ------------------------------------------------------------------------------

void TestEmulator::shareTokenForKnownApplicant()
{
    const Reply r =
        sumsub(u"/resources/accessTokens/shareToken"_s,
               {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"CoolCoinLtd"_s}, {u"ttlInSecs"_s, 600}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"forClientId"_s).toString(), u"CoolCoinLtd"_s);
    QVERIFY(!r.json().value(u"token"_s).toString().isEmpty());
    QVERIFY(!r.header("Date").isEmpty());
    QCOMPARE(m_emulator->shareTokens().size(), 1);
    QCOMPARE(m_emulator->shareTokens().first().expiresAt.secsTo(m_emulator->now().addSecs(600)), 0);
}

void TestEmulator::shareTokenUnknownApplicantIs404()
{
    const Reply r = sumsub(u"/resources/accessTokens/shareToken"_s,
                           {{u"applicantId"_s, u"000000000000000000000000"_s}, {u"forClientId"_s, u"P"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 404);
    QVERIFY(r.json().value(u"description"_s).toString().contains(u"not found"_s));
    QVERIFY(!r.json().value(u"correlationId"_s).toString().isEmpty());
}

void TestEmulator::shareTokenWithoutPermissionIs403()
{
    const Reply r = sumsub(u"/resources/accessTokens/shareToken"_s,
                           {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}}, kNoShare);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json().value(u"description"_s).toString().contains(u"Share applicants data"_s));
}

void TestEmulator::legacyQueryFormIssues()
{
    const Reply r = sumsubRaw(
        u"/resources/accessTokens/-/shareToken?applicantId=%1&forClientId=CoolCoinLtd&ttlInSecs=120"_s.arg(
            kApplicant),
        {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"forClientId"_s).toString(), u"CoolCoinLtd"_s);
    QCOMPARE(m_emulator->shareTokens().first().expiresAt.secsTo(m_emulator->now().addSecs(120)), 0);
}

void TestEmulator::shareTokenWorksOnce()
{
    const QString token = sumsub(u"/resources/accessTokens/shareToken"_s,
                                 {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"CoolCoinLtd"_s}})
                              .json()
                              .value(u"token"_s)
                              .toString();
    const QByteArray body = json({{u"token"_s, token}});
    const Reply first = send("POST", u"/_emulator/shareTokens/consume"_s, body);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"applicantId"_s).toString(), kApplicant);
    QCOMPARE(first.json().value(u"forClientId"_s).toString(), u"CoolCoinLtd"_s);
    const Reply second = send("POST", u"/_emulator/shareTokens/consume"_s, body);
    QCOMPARE(second.status, 410);
    QVERIFY(second.json().value(u"description"_s).toString().contains(u"already been used"_s));
    QCOMPARE(send("POST", u"/_emulator/shareTokens/consume"_s, json({{u"token"_s, u"nope"_s}})).status, 404);
}

void TestEmulator::expiredShareTokenCannotBeUsed()
{
    const QString token =
        sumsub(u"/resources/accessTokens/shareToken"_s,
               {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}, {u"ttlInSecs"_s, 60}})
            .json()
            .value(u"token"_s)
            .toString();
    m_emulator->setClockOffsetSecs(61);
    const Reply r = send("POST", u"/_emulator/shareTokens/consume"_s, json({{u"token"_s, token}}));
    QCOMPARE(r.status, 410);
    QVERIFY(r.json().value(u"description"_s).toString().contains(u"expired"_s));
}

void TestEmulator::sumsubRateLimit()
{
    const QJsonObject body{{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}};
    int ok = 0;
    for (int i = 0; i < 50; ++i)
        ok += sumsub(u"/resources/accessTokens/shareToken"_s, body).status == 200 ? 1 : 0;
    QCOMPARE(ok, 50);
    const Reply limited = sumsub(u"/resources/accessTokens/shareToken"_s, body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json().value(u"code"_s).toInt(), 429);
    // Counted per app token: another account is not slowed down.
    QCOMPARE(sumsub(u"/resources/accessTokens/shareToken"_s, body, kNoConnect).status, 200);
}

// --- Sumsub ID Connect -------------------------------------------------------------------------------

void TestEmulator::authorizeRedirectsWithCodeAndState()
{
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, u"emulator-demo-client"_s);
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"redirect_uri"_s, kRedirect);
    q.addQueryItem(u"scope"_s, u"share openid"_s);
    q.addQueryItem(u"state"_s, u"a b&c"_s);
    q.addQueryItem(u"code_challenge"_s,
                   QString::fromLatin1(kyc::Pkce::challengeFor(kyc::Pkce::generateVerifier())));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    const Reply r = send("GET", u"/api/snsId/oauth/authorize?"_s + q.toString(QUrl::FullyEncoded));
    QCOMPARE(r.status, 302);
    const QUrl location = QUrl::fromEncoded(r.header("Location"));
    QCOMPARE(location.host(), u"partner.example"_s);
    QCOMPARE(location.path(), u"/callback"_s);
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"a b&c"_s);
    const QString code = back.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QCOMPARE(code.size(), 44); // standard base64 of 32 bytes, with its '='
    QVERIFY(m_emulator->state().codes.contains(code));
}

void TestEmulator::authorizeRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unregistered redirect")
        << u"redirect_uri"_s << u"https://evil.example/cb"_s << u"invalid_request"_s;
    QTest::newRow("plain method") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
    QTest::newRow("unknown client") << u"client_id"_s << u"someone-else"_s << u"invalid_client"_s;
    QTest::newRow("connect disabled")
        << u"client_id"_s << u"emulator-no-connect-client"_s << u"invalid_client"_s;
    QTest::newRow("token response") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
    QTest::newRow("unknown scope") << u"scope"_s << u"share admin"_s << u"invalid_scope"_s;
    QTest::newRow("short challenge") << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s;
    QTest::newRow("unknown profile") << u"login_hint"_s << u"sid-nobody"_s << u"invalid_request"_s;
}

void TestEmulator::authorizeRefuses()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QUrlQuery q;
    const QList<std::pair<QString, QString>> items{
        {u"client_id"_s, u"emulator-demo-client"_s},
        {u"response_type"_s, u"code"_s},
        {u"redirect_uri"_s, kRedirect},
        {u"scope"_s, u"share"_s},
        {u"code_challenge"_s, QString::fromLatin1(kyc::Pkce::challengeFor(kyc::Pkce::generateVerifier()))},
        {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &[k, v] : items)
        q.addQueryItem(k, k == key ? value : v);
    if (!q.hasQueryItem(key))
        q.addQueryItem(key, value);
    const Reply r = send("GET", u"/api/snsId/oauth/authorize?"_s + q.toString(QUrl::FullyEncoded));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), error);
    QVERIFY(r.header("Location").isEmpty()); // never sent to an unchecked address
}

void TestEmulator::exchangeGivesAccessTokenOnly()
{
    const QJsonObject o = connectToken(u"share"_s);
    QVERIFY(o.value(u"access_token"_s).toString().startsWith(u"snd-id-con-a-"_s));
    QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"expires_in"_s).toInt(), 86400);
    QVERIFY(!o.contains(u"refresh_token"_s));
    QVERIFY(!o.contains(u"id_token"_s));
}

void TestEmulator::exchangeWithOfflineAccessAndOpenid()
{
    const QJsonObject o = connectToken(u"openid name email share offline_access"_s, u"sid-bruno"_s);
    QVERIFY(o.value(u"refresh_token"_s).toString().startsWith(u"snd-id-con-r-"_s));
    const QByteArray idToken = o.value(u"id_token"_s).toString().toLatin1();
    QVERIFY(jwtSignatureValid(idToken));
    const QJsonObject claims = jwtClaims(idToken);
    QCOMPARE(claims.value(u"sub"_s).toString(), u"sid-bruno"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"emulator-demo-client"_s);
    QCOMPARE(claims.value(u"name"_s).toString(), u"Bruno Example"_s);
    QCOMPARE(claims.value(u"email"_s).toString(), u"bruno@example.com"_s);
}

void TestEmulator::invalidCodes_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("wrong verifier") << u"verifier"_s;
    QTest::newRow("used twice") << u"reuse"_s;
    QTest::newRow("expired") << u"expired"_s;
    QTest::newRow("unknown") << u"unknown"_s;
}

void TestEmulator::invalidCodes()
{
    QFETCH(QString, how);
    const QByteArray verifier = kyc::Pkce::generateVerifier();
    const QString code = authorizeCode(verifier, u"share"_s);
    QVERIFY(!code.isEmpty());
    auto exchange = [&](const QString &c, const QByteArray &v) {
        return sumsub(u"/resources/snsId/api/connect/token"_s, {{u"grant_type"_s, u"authorization_code"_s},
                                                                {u"code"_s, c},
                                                                {u"codeVerifier"_s, QString::fromLatin1(v)}});
    };
    Reply r;
    if (how == u"verifier") {
        r = exchange(code, kyc::Pkce::generateVerifier());
    } else if (how == u"reuse") {
        QCOMPARE(exchange(code, verifier).status, 200);
        r = exchange(code, verifier);
    } else if (how == u"expired") {
        m_emulator->setClockOffsetSecs(301); // codes live five minutes
        r = exchange(code, verifier);
    } else {
        r = exchange(u"bm90IGEgY29kZQ=="_s, verifier);
    }
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"description"_s).toString(), u"Invalid code"_s);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 401);
}

void TestEmulator::connectDisabledIsInvalidClientId()
{
    const Reply r =
        sumsub(u"/resources/snsId/api/connect/token"_s,
               {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"x"_s}, {u"codeVerifier"_s, u"y"_s}},
               kNoConnect);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"description"_s).toString(), u"Invalid clientId: emulator-no-connect-client"_s);
}

void TestEmulator::refreshNeverWidensTheScope()
{
    QByteArray verifier;
    const QJsonObject first = connectToken(u"share name offline_access"_s, {}, &verifier);
    const QString refresh = first.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh.isEmpty());
    auto doRefresh = [&](const QString &scope, const QByteArray &v) {
        return sumsub(u"/resources/snsId/api/connect/token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                                                {u"refresh_token"_s, refresh},
                                                                {u"codeVerifier"_s, QString::fromLatin1(v)},
                                                                {u"scope"_s, scope}});
    };
    const Reply ok = doRefresh(u"share name"_s, verifier);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json().value(u"access_token"_s).toString().startsWith(u"snd-id-con-a-"_s));
    QVERIFY(!ok.json().contains(u"refresh_token"_s)); // only the first exchange hands one out
    const Reply wider = doRefresh(u"share email"_s, verifier);
    QCOMPARE(wider.status, 400);
    QVERIFY(wider.json().value(u"description"_s).toString().contains(u"email"_s));
    QCOMPARE(doRefresh(u"share"_s, kyc::Pkce::generateVerifier()).status, 401);
}

// --- Sumsub ID share token ---------------------------------------------------------------------------

void TestEmulator::sharingAllowedFollowsConsent()
{
    const QString access = connectToken(u"share"_s, u"sid-alice"_s).value(u"access_token"_s).toString();
    auto share = [&](const QString &partner) {
        return sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s,
                      {{u"sumsubIdConnectToken"_s, access}, {u"forClientId"_s, partner}});
    };
    const Reply known = share(u"CoolCoinLtd"_s); // Alice consented to CoolCoinLtd in the seed state
    QCOMPARE(known.status, 200);
    QVERIFY(known.json().value(u"token"_s).toString().startsWith(u"_act-snsId-"_s));
    QCOMPARE(known.json().value(u"sharingAllowed"_s).toBool(), true);
    QCOMPARE(share(u"OtherPartner"_s).json().value(u"sharingAllowed"_s).toBool(), false);

    // She consents through a share link; then sharing is allowed.
    const Reply link =
        send("POST", u"/resources/snsId/oauth/shareLink"_s,
             json({{u"redirectUri"_s, kRedirect},
                   {u"forClientId"_s, u"OtherPartner"_s},
                   {u"displayMode"_s, u"popup"_s},
                   {u"state"_s, u"s-9"_s}}),
             {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + access.toLatin1()}});
    QCOMPARE(link.status, 200);
    const QUrl linkUrl(link.json().value(u"link"_s).toString());
    const Reply followed = send("GET", linkUrl.path() + u'?' + linkUrl.query());
    QCOMPARE(followed.status, 302);
    QVERIFY(followed.header("Location").startsWith(kRedirect.toLatin1()));
    QCOMPARE(share(u"OtherPartner"_s).json().value(u"sharingAllowed"_s).toBool(), true);
    QCOMPARE(send("GET", linkUrl.path() + u'?' + linkUrl.query()).status, 400); // a link works once

    const Reply noBearer = send("POST", u"/resources/snsId/oauth/shareLink"_s, "{}",
                                {{"Content-Type", "application/json"}, {"Authorization", "Bearer nope"}});
    QCOMPARE(noBearer.status, 401);
}

void TestEmulator::idShareTokenNeedsBothFields()
{
    const Reply r = sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s, {{u"forClientId"_s, u"P"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.json().value(u"description"_s).toString(),
        u"'forClientId' and 'sumsubIdConnectToken' must be provided for creating Sumsub ID share token"_s);
}

void TestEmulator::idShareTokenTtl()
{
    const QString access = connectToken(u"share"_s).value(u"access_token"_s).toString();
    QCOMPARE(sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s,
                    {{u"sumsubIdConnectToken"_s, access}, {u"forClientId"_s, u"P"_s}})
                 .status,
             200);
    QCOMPARE(m_emulator->shareTokens().last().expiresAt.secsTo(m_emulator->now().addSecs(1800)),
             0); // default
    // The vendor's own example sends the TTL as a string.
    QCOMPARE(
        sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s,
               {{u"sumsubIdConnectToken"_s, access}, {u"forClientId"_s, u"P"_s}, {u"ttlInSecs"_s, u"900"_s}})
            .status,
        200);
    QCOMPARE(m_emulator->shareTokens().last().expiresAt.secsTo(m_emulator->now().addSecs(900)), 0);
}

void TestEmulator::idShareTokenErrorCodes_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("validToken");
    QTest::addColumn<bool>("connectEnabled");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("errorName");
    QTest::newRow("10600 deleted") << u"sid-deleted"_s << true << true << 404 << 10600
                                   << u"sumsub-id-profile-not-found"_s;
    QTest::newRow("10601 blocked") << u"sid-blocked"_s << true << true << 403 << 10601
                                   << u"sumsub-id-profile-blocked"_s;
    QTest::newRow("10602 disconnected")
        << u"sid-disconnected"_s << true << true << 403 << 10602 << u"sumsub-id-app-disconnected"_s;
    QTest::newRow("10603 invalid token")
        << u"sid-alice"_s << false << true << 401 << 10603 << u"sumsub-id-access-token-invalid"_s;
    QTest::newRow("10604 connect disabled")
        << u"sid-alice"_s << true << false << 403 << 10604 << u"sumsub-id-connect-disabled"_s;
}

void TestEmulator::idShareTokenErrorCodes()
{
    QFETCH(QString, profile);
    QFETCH(bool, validToken);
    QFETCH(bool, connectEnabled);
    QFETCH(int, status);
    QFETCH(int, errorCode);
    QFETCH(QString, errorName);
    const QString access = validToken ? connectToken(u"share"_s, profile).value(u"access_token"_s).toString()
                                      : u"snd-id-con-a-made-up"_s;
    QVERIFY(!access.isEmpty());
    const Reply r = sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s,
                           {{u"sumsubIdConnectToken"_s, access}, {u"forClientId"_s, u"CoolCoinLtd"_s}},
                           connectEnabled ? kDemo : kNoConnect);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"errorCode"_s).toInt(), errorCode);
    QCOMPARE(r.json().value(u"errorName"_s).toString(), errorName);
}

void TestEmulator::idShareTokenNeedsShareScope()
{
    const QString access = connectToken(u"profile name"_s).value(u"access_token"_s).toString();
    const Reply r = sumsub(u"/resources/accessTokens/sumsubIdShareToken"_s,
                           {{u"sumsubIdConnectToken"_s, access}, {u"forClientId"_s, u"CoolCoinLtd"_s}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.json().value(u"description"_s).toString().contains(u"'share'"_s));
}

// --- ComplyCube --------------------------------------------------------------------------------------

void TestEmulator::sdkTokenForWebAndMobile()
{
    const Reply web =
        complyCube("POST", u"/v1/tokens"_s,
                   {{u"clientId"_s, kTestClient}, {u"referrer"_s, u"https://*.example.com/*"_s}});
    QCOMPARE(web.status, 200);
    const QByteArray token = web.json().value(u"token"_s).toString().toLatin1();
    QVERIFY(jwtSignatureValid(token));
    const QJsonObject claims = jwtClaims(token);
    QCOMPARE(claims.value(u"clientId"_s).toString(), kTestClient);
    QCOMPARE(claims.value(u"referrer"_s).toString(), u"https://*.example.com/*"_s);
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 3600);

    const Reply mobile =
        complyCube("POST", u"/v1/tokens"_s,
                   {{u"clientId"_s, kLiveClient}, {u"appId"_s, u"com.myapp.demo.app"_s}}, kLiveKey);
    QCOMPARE(mobile.status, 200);
    QCOMPARE(jwtClaims(mobile.json().value(u"token"_s).toString().toLatin1()).value(u"appId"_s).toString(),
             u"com.myapp.demo.app"_s);
}

void TestEmulator::sdkTokenRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");
    const QByteArray client = kTestClient.toLatin1();
    QTest::newRow("no clientId") << QByteArray(R"({"referrer":"https://a.example/*"})") << kTestKey << 400
                                 << u"invalid_request"_s << u"clientId"_s;
    QTest::newRow("malformed clientId")
        << QByteArray(R"({"clientId":"CLIENT_ID","referrer":"https://a.example/*"})") << kTestKey << 400
        << u"invalid_request"_s << u"clientId"_s;
    QTest::newRow("unknown client")
        << QByteArray(R"({"clientId":"aaaaaaaaaaaaaaaaaaaaaaaa","referrer":"https://a.example/*"})")
        << kTestKey << 404 << u"resource_not_found"_s << QString();
    QTest::newRow("live client, test key")
        << QByteArray(R"({"clientId":")" + kLiveClient.toLatin1() + R"(","referrer":"https://a.example/*"})")
        << kTestKey << 404 << u"resource_not_found"_s << QString();
    QTest::newRow("neither referrer nor appId") << QByteArray(R"({"clientId":")" + client + R"("})")
                                                << kTestKey << 400 << u"invalid_request"_s << u"referrer"_s;
    QTest::newRow("referrer without path")
        << QByteArray(R"({"clientId":")" + client + R"(","referrer":"https://a.example"})") << kTestKey << 400
        << u"invalid_request"_s << u"referrer"_s;
    QTest::newRow("referrer ftp") << QByteArray(R"({"clientId":")" + client +
                                                R"(","referrer":"ftp://a.example/*"})")
                                  << kTestKey << 400 << u"invalid_request"_s << u"referrer"_s;
    QTest::newRow("referrer inner wildcard")
        << QByteArray(R"({"clientId":")" + client + R"(","referrer":"https://a*.example/*"})") << kTestKey
        << 400 << u"invalid_request"_s << u"referrer"_s;
    QTest::newRow("appId one part") << QByteArray(R"({"clientId":")" + client + R"(","appId":"myapp"})")
                                    << kTestKey << 400 << u"invalid_request"_s << u"appId"_s;
    QTest::newRow("appId empty part") << QByteArray(R"({"clientId":")" + client + R"(","appId":"com..app"})")
                                      << kTestKey << 400 << u"invalid_request"_s << u"appId"_s;
    QTest::newRow("not JSON") << QByteArray("clientId=x") << kTestKey << 400 << u"invalid_request"_s
                              << QString();
}

void TestEmulator::sdkTokenRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, param);
    const Reply r =
        send("POST", u"/v1/tokens"_s, body, {{"Content-Type", "application/json"}, {"Authorization", key}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"type"_s).toString(), type);
    QCOMPARE(r.json().value(u"param"_s).toString(), param);
    QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
}

void TestEmulator::complyCubeAuthorization_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no key") << QByteArray() << u"invalid API key"_s;
    QTest::newRow("Bearer prefix") << QByteArray("Bearer " + kTestKey) << u"without 'Bearer'"_s;
    QTest::newRow("unknown key") << QByteArray("test_made-up") << u"invalid API key"_s;
}

void TestEmulator::complyCubeAuthorization()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, messagePart);
    const Reply r =
        complyCube("POST", u"/v1/tokens"_s,
                   {{u"clientId"_s, kTestClient}, {u"referrer"_s, u"https://a.example/*"_s}}, key);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"type"_s).toString(), u"unauthorized"_s);
    QVERIFY2(r.json().value(u"message"_s).toString().contains(messagePart, Qt::CaseInsensitive),
             r.body.constData());
}

void TestEmulator::createClientAsTheApiDoes()
{
    const Reply created = complyCube(
        "POST", u"/v1/clients"_s,
        {{u"type"_s, u"person"_s},
         {u"email"_s, u"a@b.example"_s},
         {u"personDetails"_s, QJsonObject{{u"firstName"_s, u"Ann"_s}, {u"lastName"_s, u"Lee"_s}}}});
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(id).hasMatch());
    QVERIFY(created.json().contains(u"createdAt"_s));
    QCOMPARE(created.json().value(u"personDetails"_s).toObject().value(u"lastName"_s).toString(), u"Lee"_s);

    const Reply fetched = complyCube("GET", u"/v1/clients/"_s + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(u"email"_s).toString(), u"a@b.example"_s);
    QCOMPARE(
        complyCube("POST", u"/v1/tokens"_s, {{u"clientId"_s, id}, {u"appId"_s, u"com.example.app"_s}}).status,
        200);
    // Made with a test key, it does not exist for a live key.
    QCOMPARE(complyCube("GET", u"/v1/clients/"_s + id, {}, kLiveKey).status, 404);
    const Reply missing = complyCube("GET", u"/v1/clients/aaaaaaaaaaaaaaaaaaaaaaaa"_s);
    QCOMPARE(missing.json().value(u"message"_s).toString(),
             u"Invalid client id 'aaaaaaaaaaaaaaaaaaaaaaaa'"_s);
}

void TestEmulator::createClientRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("no type") << QByteArray(R"({"email":"a@b.example"})") << u"type"_s;
    QTest::newRow("no email") << QByteArray(R"({"type":"company","companyDetails":{"name":"X"}})")
                              << u"email"_s;
    QTest::newRow("person without last name")
        << QByteArray(R"({"type":"person","email":"a@b.example","personDetails":{"firstName":"A"}})")
        << u"personDetails.lastName"_s;
    QTest::newRow("company without name")
        << QByteArray(R"({"type":"company","email":"a@b.example"})") << u"companyDetails.name"_s;
}

void TestEmulator::createClientRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    const Reply r = send("POST", u"/v1/clients"_s, body,
                         {{"Content-Type", "application/json"}, {"Authorization", kTestKey}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"type"_s).toString(), u"invalid_request"_s);
    QCOMPARE(r.json().value(u"param"_s).toString(), param);
}

void TestEmulator::complyCubeRateLimitByKeyKind()
{
    // Sent all at once, so they fall into one second whatever the machine's load.
    auto burst = [this](const QByteArray &key, int n) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < n; ++i) {
            QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + u"/v1/clients/"_s + kTestClient));
            request.setRawHeader("Authorization", key);
            replies.append(m_nam->get(request));
        }
        int limited = 0;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QSignalSpy(r, &QNetworkReply::finished).wait(10000);
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429) {
                ++limited;
                if (QJsonDocument::fromJson(r->readAll()).object().value(u"type"_s).toString() !=
                    u"rate_limit_exceeded")
                    limited += 1000;
            }
            r->deleteLater();
        }
        return limited;
    };
    QCOMPARE(burst(kTestKey, 6), 1);  // 5 a second with a test key
    QCOMPARE(burst(kLiveKey, 11), 1); // 10 with a live key
}

// --- Faults ------------------------------------------------------------------------------------------

void TestEmulator::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expect");
    const QString share = u"/resources/accessTokens/shareToken"_s;
    QTest::newRow("delay") << u"delay:700"_s << share << u"late 200"_s;
    QTest::newRow("hang") << u"hang"_s << share << u"no answer"_s;
    QTest::newRow("close mid-response") << u"close"_s << share << u"closed"_s;
    QTest::newRow("html 500") << u"html:500"_s << share << u"html"_s;
    QTest::newRow("html 502") << u"html:502"_s << u"/v1/tokens"_s << u"html"_s;
    QTest::newRow("html 503") << u"html:503"_s << share << u"html"_s;
    QTest::newRow("429 with Retry-After") << u"rate-limit:7"_s << share << u"429 7"_s;
    QTest::newRow("429 without Retry-After") << u"rate-limit"_s << u"/v1/tokens"_s << u"429"_s;
    QTest::newRow("malformed JSON") << u"malformed-json"_s << share << u"not json"_s;
    QTest::newRow("wrong shape") << u"wrong-shape"_s << share << u"no token"_s;
    QTest::newRow("oversized") << u"oversized:2"_s << share << u"big"_s;
    QTest::newRow("redirect") << u"redirect"_s << share << u"redirect"_s;
    QTest::newRow("long token") << u"long-token:3000"_s << share << u"long token"_s;
    QTest::newRow("Sumsub 400") << u"status:400"_s << share << u"sumsub 400"_s;
    QTest::newRow("ComplyCube 500") << u"status:500"_s << u"/v1/tokens"_s << u"complycube 500"_s;
}

void TestEmulator::faults()
{
    QFETCH(QString, spec);
    QFETCH(QString, path);
    QFETCH(QString, expect);
    QCOMPARE(send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, spec}})).status, 200);
    if (expect == u"no answer")
        m_timeoutMs = 1000;
    const bool sumsubPath = path.startsWith(u"/resources/"_s);
    const Reply r =
        sumsubPath ? sumsub(path, {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}})
                   : complyCube("POST", path,
                                {{u"clientId"_s, kTestClient}, {u"referrer"_s, u"https://a.example/*"_s}});
    if (expect == u"late 200") {
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 690, qPrintable(QString::number(r.elapsedMs)));
    } else if (expect == u"no answer") {
        QCOMPARE(r.status, 0);
        QCOMPARE(m_emulator->requestLog().last().status, 0);
    } else if (expect == u"closed") {
        QVERIFY2(r.error != QNetworkReply::NoError, "a cut answer is an error, not a token");
        QVERIFY(!r.json().contains(u"token"_s));
    } else if (expect == u"html") {
        QCOMPARE(r.status, spec.mid(5).toInt());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.startsWith("<html>"));
    } else if (expect.startsWith(u"429")) {
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), expect.size() > 3 ? expect.mid(4).toLatin1() : QByteArray());
    } else if (expect == u"not json") {
        QCOMPARE(r.status, 200);
        QJsonParseError e{};
        QJsonDocument::fromJson(r.body, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
    } else if (expect == u"no token") {
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().size() > 0 && !r.json().contains(u"token"_s));
    } else if (expect == u"big") {
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 2 * 1024 * 1024);
    } else if (expect == u"redirect") {
        QCOMPARE(r.status, 302);
        QVERIFY(QUrl::fromEncoded(r.header("Location")).host() != m_emulator->baseUrl().host());
    } else if (expect == u"long token") {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"token"_s).toString().size(), 3000);
    } else if (expect == u"sumsub 400") {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 400);
        QVERIFY(r.json().contains(u"correlationId"_s));
    } else if (expect == u"complycube 500") {
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(u"type"_s).toString(), u"internal_server_error"_s);
    } else {
        QFAIL("unknown expectation");
    }
    QVERIFY(m_emulator->requestLog().last().errorCode.contains(u"fault:"_s));
}

void TestEmulator::oversizedIsTensOfMegabytes()
{
    m_emulator->faults().add(*Fault::parse(u"oversized"_s, nullptr));
    const Reply r = sumsub(u"/resources/accessTokens/shareToken"_s,
                           {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}});
    QVERIFY(r.body.size() >= 30 * 1024 * 1024);
}

void TestEmulator::faultCountAndPath()
{
    QString error;
    m_emulator->faults().add(*Fault::parse(u"status:503@/v1/tokens*2"_s, &error));
    const QJsonObject body{{u"clientId"_s, kTestClient}, {u"referrer"_s, u"https://a.example/*"_s}};
    QCOMPARE(sumsub(u"/resources/accessTokens/shareToken"_s,
                    {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"P"_s}})
                 .status,
             200); // another path is untouched
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 503);
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 503);
    QTest::qWait(1100); // ComplyCube's test-key rate limit is 5 a second
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 200);

    m_emulator->faults().add(*Fault::parse(u"html:502*0"_s, &error)); // until cleared
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 502);
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 502);
    QCOMPARE(send("DELETE", u"/_emulator/faults"_s).status, 200);
    QTest::qWait(1100);
    QCOMPARE(complyCube("POST", u"/v1/tokens"_s, body).status, 200);
}

// The emulator's credentials are published: on an address other machines can reach it starts only when
// told so, and then warns.
void TestEmulator::listensOnlyOnLoopbackUnlessAllowed()
{
    QProcess refused;
    refused.start(QStringLiteral(KYC_EMULATOR_PATH), {u"--listen"_s, u"0.0.0.0:0"_s});
    QVERIFY(refused.waitForFinished(10000));
    QVERIFY(refused.exitCode() != 0);
    QVERIFY2(refused.readAllStandardError().contains("--allow-remote"), "no word on --allow-remote");

    QProcess allowed;
    allowed.start(QStringLiteral(KYC_EMULATOR_PATH), {u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-remote"_s});
    QVERIFY(allowed.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(allowed.canReadLine(), 10000);
    QVERIFY(allowed.readLine().startsWith("listening on "));
    QVERIFY(allowed.readAllStandardError().contains("reachable from other machines"));
    allowed.kill();
    allowed.waitForFinished(10000);
}

// ComplyCube takes a route with a trailing slash (its official client sends them so); a route it does not
// have is said to be one, never in the words of an unknown client.
void TestEmulator::complyCubeRoutesAsTheVendorTakesThem()
{
    const QJsonObject body{{u"clientId"_s, u"5eb04fcd0f3e360008035eb1"_s},
                           {u"appId"_s, u"com.example.app"_s}};
    const Reply slash = complyCube("POST", u"/v1/tokens/"_s, body);
    QCOMPARE(slash.status, 200);
    QVERIFY(slash.json().value(u"token"_s).toString().startsWith(u"eyJ"_s));
    QCOMPARE(complyCube("GET", u"/v1/clients/"_s).json().value(u"page"_s).toInt(),
             1);       // the list, not a client
    QTest::qWait(250); // the test key's 5 a second

    const Reply noRoute = complyCube("POST", u"/v1/tokenz"_s, body);
    QCOMPARE(noRoute.status, 404);
    QVERIFY2(noRoute.json().value(u"message"_s).toString().contains(u"No such route"_s),
             noRoute.body.constData());
    const Reply noClient =
        complyCube("POST", u"/v1/tokens"_s,
                   {{u"clientId"_s, u"5eb04fcd0f3e360008035eb9"_s}, {u"appId"_s, u"com.example.app"_s}});
    QCOMPARE(noClient.status, 404);
    QVERIFY2(noClient.json().value(u"message"_s).toString().contains(u"client"_s) &&
                 !noClient.json().value(u"message"_s).toString().contains(u"route"_s),
             noClient.body.constData());
}

void TestEmulator::faultControlRoute()
{
    const Reply bad = send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, u"explode"_s}}));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().value(u"error"_s).toString().contains(u"unknown fault 'explode'"_s));
    QCOMPARE(send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, u"delay"_s}})).status, 400); // needs ms
    QCOMPARE(send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, u"html:404"_s}})).status, 400);
    const Reply listed =
        send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, u"delay:50@/v1/tokens*3"_s}}));
    QCOMPARE(listed.json().value(u"faults"_s).toArray().first().toString(), u"delay:50@/v1/tokens*3"_s);
    QCOMPARE(send("GET", u"/_emulator/faults"_s).json().value(u"faults"_s).toArray().size(), 1);

    // What a fault may ask of the machine is bounded.
    for (const QString &spec : {u"oversized:100000"_s, u"long-token:2000000000"_s, u"delay:86400000"_s,
                                u"oversized:0"_s, u"rate-limit:999999"_s}) {
        const Reply r = send("POST", u"/_emulator/faults"_s, json({{u"fault"_s, spec}}));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value(u"error"_s).toString().contains(u"at most"_s), r.body.constData());
    }
    // A web page can post plain text anywhere without a preflight: the control routes take JSON only.
    for (const QByteArray &type :
         {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded")}) {
        const Reply r =
            send("POST", u"/_emulator/faults"_s, R"({"fault":"hang*0"})", {{"Content-Type", type}});
        QCOMPARE(r.status, 415);
        const Reply consume =
            send("POST", u"/_emulator/shareTokens/consume"_s, R"({"token":"x"})", {{"Content-Type", type}});
        QCOMPARE(consume.status, 415);
    }
    QCOMPARE(send("GET", u"/_emulator/faults"_s).json().value(u"faults"_s).toArray().size(), 1);
}

// --- State file --------------------------------------------------------------------------------------

void TestEmulator::stateFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("app token without secret")
        << QByteArray(R"({"sumsub":{"appTokens":[{"appToken":"x"}]}})") << u"secretKey"_s;
    QTest::newRow("bad profile status")
        << QByteArray(R"({"sumsub":{"idProfiles":[{"id":"p","status":"sleepy"}]}})") << u"status"_s;
    QTest::newRow("client without id")
        << QByteArray(R"({"complycube":{"clients":[{"type":"person"}]}})") << u"\"id\""_s;
}

void TestEmulator::stateFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!EmulatorState::fromJson(json, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestEmulator::requestLogHoldsNoSecrets()
{
    const QString shareToken = sumsub(u"/resources/accessTokens/shareToken"_s,
                                      {{u"applicantId"_s, kApplicant}, {u"forClientId"_s, u"CoolCoinLtd"_s}})
                                   .json()
                                   .value(u"token"_s)
                                   .toString();
    const QJsonObject connect = connectToken(u"share offline_access openid"_s);
    const QString sdk = complyCube("POST", u"/v1/tokens"_s,
                                   {{u"clientId"_s, kTestClient}, {u"referrer"_s, u"https://a.example/*"_s}})
                            .json()
                            .value(u"token"_s)
                            .toString();
    QVERIFY(!shareToken.isEmpty() && !connect.isEmpty() && !sdk.isEmpty());
    const QStringList secrets{QString::fromLatin1(kDemo.token),
                              QString::fromLatin1(kDemo.secret),
                              QString::fromLatin1(kTestKey),
                              shareToken,
                              connect.value(u"access_token"_s).toString(),
                              connect.value(u"refresh_token"_s).toString(),
                              sdk};
    for (const RequestLogEntry &e : m_emulator->requestLog()) {
        for (const QString &s : secrets)
            QVERIFY2(!e.toString().contains(s), qPrintable(e.toString()));
        QVERIFY(!e.toString().contains(u'?')); // no query strings: they can carry codes
    }
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
