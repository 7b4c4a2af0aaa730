// The Sumsub adapter: the request it builds (byte for byte, signed) and how it reads every answer.
#include "core/sumsub/SumsubAdapter.h"
#include "core/sumsub/SumsubSigner.h"
#include "core/tokens/Validators.h"

#include "SampleRequests.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;
using kyc::test::checked;
using kyc::test::sampleRequest;

class TestSumsubAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheDocumentedSignedRequest();
    void trimsBeforeSending();
    void parsesSuccess();
    void rejectsUnreadableSuccess_data();
    void rejectsUnreadableSuccess();
    void classifiesErrors_data();
    void classifiesErrors();
    void buildsTheConnectAndIdShareCalls();
    void parsesConnectToken();
    void refusesTokensThatAreNotPrintableAscii_data();
    void refusesTokensThatAreNotPrintableAscii();
    void parsesIdShareToken();
    void classifiesCodedErrors_data();
    void classifiesCodedErrors();
    void clockSkewFromDateHeader();
    void retryAfter();
    void connectionCheckIsASignedGetWithoutBody();
    void buildsTheRedeemCalls();
    void parsesAReusedApplicant();

private:
    static TokenRequest request(const QString &ttl = u"600"_s);
    static HttpResponse response(int status, const QByteArray &body, HttpHeaders headers = {});
};

TokenRequest TestSumsubAdapter::request(const QString &ttl)
{
    TokenRequest r(Operation::SumsubShareToken);
    r.set(Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
    r.set(Field::ForClientId, u"CoolCoinLtd"_s);
    r.set(Field::TtlSecs, ttl);
    return r;
}

// Sumsub's error body with an errorCode and errorName, as its reference shows them.
QByteArray codedError(int code, const char *name)
{
    return QByteArray(R"({"code":400,"correlationId":"c","description":"d","errorCode":)") +
           QByteArray::number(code) + R"(,"errorName":")" + name + R"("})";
}

HttpResponse TestSumsubAdapter::response(int status, const QByteArray &body, HttpHeaders headers)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

void TestSumsubAdapter::buildsTheDocumentedSignedRequest()
{
    // The third vector of provider-apis.md: same secret, time, path and body must give its signature.
    Credentials c;
    c.sumsubAppToken = u"sbx:made-up-app-token"_s;
    c.sumsubSecretKey = u"Hej2ch71kG2kTd1iIUDZFNsO5C1lh5Gq"_s;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1607551635, Qt::UTC);
    const HttpRequest http =
        SumsubAdapter().buildRequest(checked(request()), c, QUrl(u"https://api.sumsub.com"_s), now);

    QCOMPARE(http.method, QByteArray("POST"));
    QCOMPARE(http.url.toString(), u"https://api.sumsub.com/resources/accessTokens/shareToken"_s);
    QCOMPARE(
        http.body,
        QByteArray(
            R"({"applicantId":"63e092c51b7b4030f2e01154","forClientId":"CoolCoinLtd","ttlInSecs":600})"));
    auto header = [&](const QByteArray &name) {
        for (const auto &[k, v] : http.headers)
            if (k == name)
                return v;
        return QByteArray();
    };
    QCOMPARE(header("X-App-Token"), QByteArray("sbx:made-up-app-token"));
    QCOMPARE(header("X-App-Access-Ts"), QByteArray("1607551635"));
    QCOMPARE(header("X-App-Access-Sig"),
             QByteArray("af6417334ce66d73b46ace258deeadbdda9c7c540df654e979dd6b0d81e3032c"));
    QCOMPARE(header("Content-Type"), QByteArray("application/json"));
}

void TestSumsubAdapter::trimsBeforeSending()
{
    TokenRequest r = request(u" 600 "_s);
    r.set(Field::ApplicantId, u"\t63e092c51b7b4030f2e01154 "_s);
    r.set(Field::ForClientId, u" CoolCoinLtd\n"_s);
    const HttpRequest http =
        SumsubAdapter().buildRequest(checked(r), Credentials{u"t"_s, u"s"_s, {}},
                                     QUrl(u"http://127.0.0.1:1"_s), QDateTime::currentDateTimeUtc());
    QCOMPARE(
        http.body,
        QByteArray(
            R"({"applicantId":"63e092c51b7b4030f2e01154","forClientId":"CoolCoinLtd","ttlInSecs":600})"));
}

void TestSumsubAdapter::parsesSuccess()
{
    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QByteArray seedToken =
        "eyJhbGciOiJub25lIn0.eyJqdGkiOiJfYWN0LTZmODI2ZTU0LTE2MzctNDViMS05NzMyLWY1MjZiN2YxNWE3YyIs"
        "InVybCI6Imh0dHBzOi8vYXBpLnN1bXN1Yi5jb20ifQ.";
    const Outcome o = SumsubAdapter().parseResponse(
        checked(request()), response(200, R"({"token":")" + seedToken + R"(","forClientId":"CoolCoinLtd"})"),
        sentAt);
    QVERIFY(o.isIssued());
    QCOMPARE(o.issued().token, QString::fromLatin1(seedToken));
    QCOMPARE(o.issued().partner, u"CoolCoinLtd"_s);
    QCOMPARE(o.issued().ttlSecs, 600);
    QCOMPARE(o.issued().expiresAt, sentAt.addSecs(600));
}

void TestSumsubAdapter::rejectsUnreadableSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("<html>ok</html>") << u"not a JSON object"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no token") << QByteArray(R"({"forClientId":"CoolCoinLtd"})") << u"no \"token\""_s;
    QTest::newRow("token not text") << QByteArray(R"({"token":5,"forClientId":"CoolCoinLtd"})")
                                    << u"no \"token\""_s;
    QTest::newRow("token over 1 KB") << QByteArray(R"({"token":")" + QByteArray(1025, 'a') +
                                                   R"(","forClientId":"CoolCoinLtd"})")
                                     << u"1025 bytes"_s;
    QTest::newRow("other partner") << QByteArray(R"({"token":"t","forClientId":"SomeoneElse"})")
                                   << u"SomeoneElse"_s;
}

void TestSumsubAdapter::rejectsUnreadableSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Outcome o = SumsubAdapter().parseResponse(checked(request()), response(200, body),
                                                    QDateTime::currentDateTimeUtc());
    QVERIFY(!o.isIssued());
    QCOMPARE(o.failure().kind, FailureKind::MalformedResponse);
    QVERIFY2(o.failure().message.contains(messagePart), qPrintable(o.failure().message));
}

void TestSumsubAdapter::classifiesErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("correlationId");

    QTest::newRow("4003")
        << 401
        << QByteArray(R"({"description":"Request signature mismatch","code":401,"correlationId":"c-1",)"
                      R"("errorCode":4003,"errorName":"app-token-signature mismatch"})")
        << FailureKind::Authentication << u"4003"_s << u"c-1"_s;
    QTest::newRow("4004")
        << 401
        << QByteArray(R"({"description":"expired","code":401,"correlationId":"c-2","errorCode":4004,)"
                      R"("errorName":"app-token-request-expired"})")
        << FailureKind::ClockSkew << u"4004"_s << u"c-2"_s;
    QTest::newRow("401 plain") << 401
                               << QByteArray(
                                      R"({"description":"Invalid token","code":401,"correlationId":"c-3"})")
                               << FailureKind::Authentication << QString() << u"c-3"_s;
    QTest::newRow("400 seed")
        << 400
        << QByteArray(R"({"code":400,"correlationId":"c-4","description":"'forClientId' and )"
                      R"('sumsubIdConnectToken' must be provided for creating Sumsub ID share token"})")
        << FailureKind::Rejected << QString() << u"c-4"_s;
    QTest::newRow("403") << 403
                         << QByteArray(R"({"description":"Forbidden","code":403,"correlationId":"c-5"})")
                         << FailureKind::PermissionDenied << QString() << u"c-5"_s;
    QTest::newRow("404") << 404
                         << QByteArray(R"({"description":"Not found","code":404,"correlationId":"c-6"})")
                         << FailureKind::NotFound << QString() << u"c-6"_s;
    QTest::newRow("429") << 429
                         << QByteArray(R"({"description":"Too many","code":429,"correlationId":"c-7"})")
                         << FailureKind::RateLimited << QString() << u"c-7"_s;
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                              << FailureKind::ProviderError << QString() << QString();
}

void TestSumsubAdapter::classifiesErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(FailureKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, correlationId);
    const Outcome o = SumsubAdapter().parseResponse(checked(request()), response(status, body),
                                                    QDateTime::currentDateTimeUtc());
    QVERIFY(!o.isIssued());
    QCOMPARE(o.failure().kind, kind);
    QCOMPARE(o.failure().httpStatus, status);
    QCOMPARE(o.failure().providerCode, code);
    QCOMPARE(o.failure().correlationId, correlationId);
    QVERIFY(!o.failure().message.isEmpty());
    QVERIFY(!Outcome::headline(o.failure()).isEmpty());
    QVERIFY(!Outcome::advice(o.failure()).isEmpty());
}

void TestSumsubAdapter::buildsTheConnectAndIdShareCalls()
{
    const Credentials c{u"sbx:t"_s, u"s"_s, {}};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QUrl base(u"https://api.sumsub.com"_s);
    const QString verifier = QString(50, u'v');

    TokenRequest code(Operation::SumsubIdConnectToken);
    code.set(Field::AuthorizationResponse, u"https://p.example/cb?code=ab%2Bc%3D&state=s"_s);
    code.set(Field::ExpectedState, u"s"_s);
    code.set(Field::CodeVerifier, verifier);
    QVERIFY(code.validate().isEmpty());
    HttpRequest http = SumsubAdapter().buildRequest(checked(code), c, base, now);
    QCOMPARE(http.url.path(), u"/resources/snsId/api/connect/token"_s);
    QCOMPARE(http.body, QByteArray(R"({"code":"ab+c=","codeVerifier":")" + verifier.toLatin1() +
                                   R"(","grant_type":"authorization_code"})"));

    TokenRequest refresh(Operation::SumsubIdConnectRefresh);
    refresh.set(Field::RefreshToken, u"snd-id-con-r-x"_s);
    refresh.set(Field::CodeVerifier, verifier);
    refresh.set(Field::Scope, u"  share   name "_s);
    QVERIFY(refresh.validate().isEmpty());
    http = SumsubAdapter().buildRequest(checked(refresh), c, base, now);
    QCOMPARE(http.body,
             QByteArray(
                 R"({"codeVerifier":")" + verifier.toLatin1() +
                 R"(","grant_type":"refresh_token","refresh_token":"snd-id-con-r-x","scope":"share name"})"));

    TokenRequest share(Operation::SumsubIdShareToken);
    share.set(Field::ConnectToken, u"snd-id-con-a-x"_s);
    share.set(Field::ForClientId, u"CoolCompanyLtd"_s);
    share.set(Field::TtlSecs, u"1800"_s);
    http = SumsubAdapter().buildRequest(checked(share), c, base, now);
    QCOMPARE(http.url.path(), u"/resources/accessTokens/sumsubIdShareToken"_s);
    // The TTL goes as an integer, though the vendor's example sends a string.
    QCOMPARE(
        http.body,
        QByteArray(
            R"({"forClientId":"CoolCompanyLtd","sumsubIdConnectToken":"snd-id-con-a-x","ttlInSecs":1800})"));
}

void TestSumsubAdapter::parsesConnectToken()
{
    const CheckedRequest r = sampleRequest(Operation::SumsubIdConnectToken);
    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    // The vendor's documented answer with openid and offline_access.
    const Outcome o = SumsubAdapter().parseResponse(
        r,
        response(
            200,
            R"({"access_token":"snd-id-con-a-WRT7","refresh_token":"snd-id-con-r-YtQ9","token_type":"Bearer",)"
            R"("expires_in":86400,"id_token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3OCIsIm5hbWUiOiJKb2huIERvZSJ9.hqkY"})"),
        sentAt);
    QVERIFY(o.isIssued());
    QCOMPARE(o.issued().token, u"snd-id-con-a-WRT7"_s);
    QCOMPARE(o.issued().expiresAt, sentAt.addSecs(86400));
    QCOMPARE(o.issued().refreshToken, u"snd-id-con-r-YtQ9"_s);
    QVERIFY(o.issued().idTokenClaims);
    QCOMPARE(o.issued().idTokenClaims->value(u"name"_s).toString(), u"John Doe"_s);

    const Outcome refreshed = SumsubAdapter().parseResponse(
        r, response(200, R"({"access_token":"snd-id-con-a-2","token_type":"Bearer","expires_in":86400})"),
        sentAt);
    QVERIFY(refreshed.isIssued());
    QVERIFY(refreshed.issued().refreshToken.isEmpty());
    QVERIFY(!refreshed.issued().idTokenClaims);
    QCOMPARE(
        SumsubAdapter().parseResponse(r, response(200, R"({"token_type":"Bearer"})"), sentAt).failure().kind,
        FailureKind::MalformedResponse);

    // No documented size, but a cap: a 16 KB token is taken whole, one byte more for either token is not.
    const qsizetype cap = SumsubAdapter::kMaxConnectTokenBytes;
    const QByteArray atCap = QByteArray(cap, 'a');
    const QByteArray overCap = QByteArray(cap + 1, 'a');
    const Outcome whole = SumsubAdapter().parseResponse(
        r, response(200, R"({"access_token":")" + atCap + R"(","refresh_token":")" + atCap + R"("})"),
        sentAt);
    QVERIFY(whole.isIssued());
    QCOMPARE(whole.issued().token.size(), cap);
    for (const QByteArray &body :
         {QByteArray(R"({"access_token":")" + overCap + R"("})"),
          QByteArray(R"({"access_token":"a","refresh_token":")" + overCap + R"("})")}) {
        const Outcome over = SumsubAdapter().parseResponse(r, response(200, body), sentAt);
        QVERIFY(!over.isIssued());
        QCOMPARE(over.failure().kind, FailureKind::MalformedResponse);
        QVERIFY2(over.failure().message.contains(u"16385 bytes long"_s), qPrintable(over.failure().message));
    }
}

// A token is printable ASCII: a NUL, an escape sequence that recolours a terminal, a right-to-left
// override, a space or a non-ASCII letter in one makes the answer malformed, for every kind of token.
void TestSumsubAdapter::refusesTokensThatAreNotPrintableAscii_data()
{
    QTest::addColumn<QString>("json"); // the token as JSON text, escapes and all
    QTest::newRow("NUL, ESC and RLO") << uR"(_act-\u0000\u001b[31mred\u202e)"_s;
    QTest::newRow("escape sequence") << uR"(_act-\u001b]8;;https://evil.example\u0007)"_s;
    QTest::newRow("right-to-left override") << uR"(_act-abc\u202efdp.exe)"_s;
    QTest::newRow("zero-width space") << uR"(_act-abc\u200bdef)"_s;
    QTest::newRow("a space") << uR"(_act-abc def)"_s;
    QTest::newRow("a line break") << uR"(_act-abc\ndef)"_s;
    QTest::newRow("DEL") << uR"(_act-abc\u007f)"_s;
    QTest::newRow("non-ASCII letter") << uR"(_act-abcé)"_s;
}

void TestSumsubAdapter::refusesTokensThatAreNotPrintableAscii()
{
    QFETCH(QString, json);
    const QByteArray token = json.toUtf8();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenRequest idShare(Operation::SumsubIdShareToken);
    idShare.set(Field::ConnectToken, u"snd-id-con-a-WRT7"_s);
    idShare.set(Field::ForClientId, u"CoolCoinLtd"_s);
    idShare.set(Field::TtlSecs, u"1800"_s);
    const CheckedRequest connect = sampleRequest(Operation::SumsubIdConnectToken);
    const QList<std::pair<CheckedRequest, QByteArray>> answers{
        {checked(request()), R"({"token":")" + token + R"(","forClientId":"CoolCoinLtd"})"},
        {checked(idShare),
         R"({"token":")" + token + R"(","forClientId":"CoolCoinLtd","sharingAllowed":true})"},
        {connect, R"({"access_token":")" + token + R"(","token_type":"Bearer","expires_in":86400})"},
        {connect, R"({"access_token":"snd-id-con-a-1","refresh_token":")" + token +
                      R"(","token_type":"Bearer","expires_in":86400})"},
    };
    for (const auto &[r, body] : answers) {
        const Outcome o = SumsubAdapter().parseResponse(r, response(200, body), now);
        QVERIFY2(!o.isIssued(), body.constData());
        QCOMPARE(o.failure().kind, FailureKind::MalformedResponse);
        QVERIFY2(o.failure().message.contains(u"characters no token has"_s), qPrintable(o.failure().message));
    }
    // The same answers with a clean token are issued: the check is the token's, not the shape's.
    const Outcome clean = SumsubAdapter().parseResponse(
        checked(request()),
        response(200, R"({"token":"_act-0123~!$%&()*+,-./:;<=>?@[]^_`{|}","forClientId":"CoolCoinLtd"})"),
        now);
    QVERIFY(clean.isIssued());
}

void TestSumsubAdapter::parsesIdShareToken()
{
    TokenRequest r(Operation::SumsubIdShareToken);
    r.set(Field::ConnectToken, u"snd-id-con-a-x"_s);
    r.set(Field::ForClientId, u"internal_staff"_s);
    r.set(Field::TtlSecs, u"1800"_s);
    const Outcome o = SumsubAdapter().parseResponse(
        checked(r),
        response(200,
                 R"({"token":"_act-snsId-08c4d85d","forClientId":"internal_staff","sharingAllowed":false})"),
        QDateTime::currentDateTimeUtc());
    QVERIFY(o.isIssued());
    QCOMPARE(o.issued().sharingAllowed, std::optional<bool>(false));
    QCOMPARE(SumsubAdapter()
                 .parseResponse(checked(r), response(200, R"({"token":"t","forClientId":"internal_staff"})"),
                                QDateTime::currentDateTimeUtc())
                 .failure()
                 .kind,
             FailureKind::MalformedResponse);
}

void TestSumsubAdapter::classifiesCodedErrors_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("advicePart");
    const QByteArray codeBody = R"({"code":401,"correlationId":"c","description":"Invalid code"})";
    QTest::newRow("Invalid code") << Operation::SumsubIdConnectToken << 401 << codeBody
                                  << FailureKind::InvalidGrant << u"already used"_s;
    QTest::newRow("refresh refused") << Operation::SumsubIdConnectRefresh << 401 << codeBody
                                     << FailureKind::InvalidGrant << u"refresh token is unknown"_s;
    QTest::newRow("Invalid clientId")
        << Operation::SumsubIdConnectToken << 404
        << QByteArray(R"({"code":404,"correlationId":"c","description":"Invalid clientId: x"})")
        << FailureKind::NotFound << u"not enabled"_s;
    QTest::newRow("10600") << Operation::SumsubIdShareToken << 400
                           << codedError(10600, "sumsub-id-profile-not-found") << FailureKind::NotFound
                           << u"deleted"_s;
    QTest::newRow("10601") << Operation::SumsubIdShareToken << 400
                           << codedError(10601, "sumsub-id-profile-blocked") << FailureKind::PermissionDenied
                           << u"blocked"_s;
    QTest::newRow("10602") << Operation::SumsubIdShareToken << 400
                           << codedError(10602, "sumsub-id-app-disconnected") << FailureKind::PermissionDenied
                           << u"disconnected your app"_s;
    QTest::newRow("10603") << Operation::SumsubIdShareToken << 400
                           << codedError(10603, "sumsub-id-access-token-invalid") << FailureKind::InvalidGrant
                           << u"24 hours"_s;
    QTest::newRow("10604") << Operation::SumsubIdShareToken << 400
                           << codedError(10604, "sumsub-id-connect-disabled") << FailureKind::PermissionDenied
                           << u"not enabled for your client key"_s;
    // The receiving side: every 105xx code, the 401 of an expired share token, an unknown level.
    const Operation reuse = Operation::SumsubReuse;
    QTest::newRow("401 expired") << reuse << 401
                                 << QByteArray(
                                        R"({"code":401,"description":"Token is invalid: Token )"
                                        R"(_act-made-up-share-token is invalid now: created at Tue Dec )"
                                        R"(02 08:27:46 UTC 2025 with ttl 300 but accessed at Tue Dec 02 )"
                                        R"(08:29:55 UTC 2025 [source: null]"})")
                                 << FailureKind::InvalidGrant << u"made to last 300 s (about 5 min)"_s;
    const QList<std::tuple<int, const char *, FailureKind, QString>> codes{
        {10501, "not-in-partners-list", FailureKind::PermissionDenied, u"partners page"_s},
        {10502, "invalid-partner-id", FailureKind::InvalidGrant, u"client ID exactly"_s},
        {10503, "invalid-share-token", FailureKind::InvalidGrant, u"new share token"_s},
        {10504, "non-suitable-share-token", FailureKind::Rejected, u"Preview checks a level"_s},
        {10505, "reusable-kyc-disabled", FailureKind::PermissionDenied, u"enable it"_s},
        {10506, "reusable-kyc-not-reusable", FailureKind::Rejected, u"criteria for reuse"_s},
        {10507, "reusable-kyc-not-approved-applicant", FailureKind::Rejected, u"not approved yet"_s},
        {10508, "reusable-kyc-not-active-applicant", FailureKind::Rejected, u"not active"_s},
        {10509, "reusable-kyc-not-kyc-moderation-type", FailureKind::Rejected, u"cannot be reused"_s},
        {10510, "reusable-kyc-not-selfie-or-identity-doc", FailureKind::Rejected, u"selfie or an identity"_s},
        {10511, "reusable-kyc-not-selfie-liveness", FailureKind::Rejected, u"liveness"_s},
        {10512, "reusable-kyc-not-req-doc-overlap", FailureKind::Rejected, u"document types"_s},
        {10513, "reusable-kyc-not-compatible-doc-type", FailureKind::Rejected, u"does not accept"_s},
        {10518, "copy-applicant-disabled", FailureKind::PermissionDenied, u"separate Sumsub product"_s},
    };
    for (const auto &[code, name, kind, advice] : codes)
        QTest::newRow(qPrintable(QString::number(code)))
            << reuse << 400 << codedError(code, name) << kind << advice;
    QTest::newRow("10504 in a preview")
        << Operation::SumsubReusePreview << 400 << codedError(10504, "non-suitable-share-token")
        << FailureKind::Rejected << u"Preview checks a level"_s;
    QTest::newRow("an unknown level")
        << reuse << 404 << QByteArray(R"({"code":404,"description":"Level 'x' not found"})")
        << FailureKind::NotFound << u"Levels page"_s;
}

void TestSumsubAdapter::classifiesCodedErrors()
{
    QFETCH(Operation, operation);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(FailureKind, kind);
    QFETCH(QString, advicePart);
    const Outcome o = SumsubAdapter().parseResponse(sampleRequest(operation), response(status, body),
                                                    QDateTime::currentDateTimeUtc());
    QCOMPARE(o.failure().kind, kind);
    QCOMPARE(o.failure().operation, operation);
    QVERIFY2(Outcome::advice(o.failure()).contains(advicePart), qPrintable(Outcome::advice(o.failure())));
    QVERIFY(!Outcome::headline(o.failure()).isEmpty());
    // The token Sumsub's words may name is never kept.
    QVERIFY2(!o.failure().message.contains(u"made-up-share-token"_s), qPrintable(o.failure().message));
}

void TestSumsubAdapter::clockSkewFromDateHeader()
{
    const QDateTime sentAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    const Outcome o = SumsubAdapter().parseResponse(
        checked(request()),
        response(401, R"({"description":"x","code":401,"correlationId":"c","errorCode":4004})",
                 {{"Date", "Sun, 22 Nov 2026 10:05:30 GMT"}}),
        sentAt);
    QCOMPARE(o.failure().kind, FailureKind::ClockSkew);
    QCOMPARE(o.failure().clockSkewSecs, std::optional<qint64>(330));
    QVERIFY2(Outcome::advice(o.failure()).contains(u"330 s (about 6 min) behind"_s),
             qPrintable(Outcome::advice(o.failure())));
}

void TestSumsubAdapter::retryAfter()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(ProviderAdapter::retryAfterSecs(response(429, {}, {{"Retry-After", "7"}}), now),
             std::optional<qint64>(7));
    QCOMPARE(ProviderAdapter::retryAfterSecs(
                 response(429, {}, {{"retry-after", "Sun, 22 Nov 2026 10:01:00 GMT"}}), now),
             std::optional<qint64>(60));
    QCOMPARE(ProviderAdapter::retryAfterSecs(response(429, {}), now), std::nullopt);
    QCOMPARE(ProviderAdapter::retryAfterSecs(response(429, {}, {{"Retry-After", "soon"}}), now),
             std::nullopt);
}

void TestSumsubAdapter::connectionCheckIsASignedGetWithoutBody()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1710000000, Qt::UTC);
    const HttpRequest http = SumsubAdapter().buildConnectionCheck(Credentials{u"sbx:t"_s, u"secret"_s, {}},
                                                                  QUrl(u"https://api.sumsub.com"_s), now);
    QCOMPARE(http.method, QByteArray("GET"));
    QCOMPARE(http.url.toString(), u"https://api.sumsub.com/resources/applicants/-/levels"_s);
    QVERIFY(http.body.isEmpty());
    QByteArray sig;
    for (const auto &[k, v] : http.headers)
        if (k == "X-App-Access-Sig")
            sig = v;
    // Nothing appended for the missing body: not "{}", not "null".
    QCOMPARE(sig, SumsubSigner::sign("secret", 1710000000, "GET", "/resources/applicants/-/levels", {}));
    QVERIFY(sig != SumsubSigner::sign("secret", 1710000000, "GET", "/resources/applicants/-/levels", "{}"));
    QVERIFY(!SumsubAdapter().parseConnectionCheck(response(200, R"({"items":[],"totalItems":0})"), now));
    QCOMPARE(
        SumsubAdapter().parseConnectionCheck(response(401, R"({"code":401,"errorCode":4003})"), now)->kind,
        FailureKind::Authentication);
}

// The receiving side: POSTed with everything in the query (encoded once, signed as sent), no body.
void TestSumsubAdapter::buildsTheRedeemCalls()
{
    TokenRequest r(Operation::SumsubReuse);
    r.set(Field::ShareToken, u" _act-jwt-eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0. "_s);
    r.set(Field::LevelName, u"id & liveness+"_s);
    const Credentials c{u"sbx:made-up"_s, u"made-up-secret"_s, {}};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const HttpRequest reuse =
        SumsubAdapter().buildRequest(checked(r), c, QUrl(u"https://api.sumsub.com"_s), now);
    QCOMPARE(reuse.method, QByteArray("POST"));
    const QByteArray target = "/resources/api/reusableIdentity/reuse?shareToken=_act-jwt-eyJhbGciOiJub25lIn0."
                              "eyJqdGkiOiJ4In0.&levelName=id%20%26%20liveness%2B";
    QCOMPARE(pathWithQuery(reuse.url), target);
    QVERIFY(reuse.body.isEmpty());
    QByteArray signature;
    for (const auto &[name, value] : reuse.headers) {
        QVERIFY(name != "Content-Type");
        if (name == "X-App-Access-Sig")
            signature = value;
    }
    QCOMPARE(signature, SumsubSigner::sign("made-up-secret", 1700000000, "POST", target, {}));

    TokenRequest p = r;
    p = TokenRequest(Operation::SumsubReusePreview);
    p.set(Field::ShareToken, u"_act-x"_s);
    p.set(Field::LevelName, u"basic-kyc-level"_s);
    QCOMPARE(
        pathWithQuery(
            SumsubAdapter().buildRequest(checked(p), c, QUrl(u"https://api.sumsub.com"_s), now).url),
        QByteArray(
            "/resources/api/reusableIdentity/reuse/preview?shareToken=_act-x&levelName=basic-kyc-level"));
    TokenRequest copy(Operation::SumsubCopyApplicant);
    copy.set(Field::ShareToken, u"_act-x"_s);
    copy.set(Field::LevelName, u"ignored"_s); // a copy is rechecked for no level
    QCOMPARE(pathWithQuery(
                 SumsubAdapter().buildRequest(checked(copy), c, QUrl(u"https://api.sumsub.com"_s), now).url),
             QByteArray("/resources/applicants/-/import?shareToken=_act-x"));
}

void TestSumsubAdapter::parsesAReusedApplicant()
{
    // The reference's example answer, with the review it ends in.
    const QByteArray body = R"({"id":"689223ed75b5d1bc2bb38abc","createdAt":"2025-08-05 15:31:57",
        "clientId":"DonorCompany","externalUserId":"copy-4ba4dfa5-ff31-43d4-b612-111d1111aa9",
        "info":{"firstName":"John"},"review":{"reviewStatus":"completed","reviewResult":{"reviewAnswer":"GREEN"}}})";
    const Outcome o = SumsubAdapter().parseResponse(sampleRequest(Operation::SumsubReuse),
                                                    response(200, body), QDateTime::currentDateTimeUtc());
    QVERIFY(o.isIssued());
    QVERIFY(o.issued().isReceived() && !o.issued().isPartnerToken());
    const ReceivedApplicant &a = *o.issued().received;
    QCOMPARE(a.id, u"689223ed75b5d1bc2bb38abc"_s);
    QCOMPARE(a.donorClientId, u"DonorCompany"_s);
    QCOMPARE(a.reviewStatus, u"completed"_s);
    QCOMPARE(a.reviewAnswer, u"GREEN"_s);
    QCOMPARE(a.levelName, u"basic-kyc-level"_s);
    QVERIFY(!a.preview);
    QCOMPARE(Validators::applicantIdFromLink(a.dashboardUrl().toString()), a.id); // the link leads back to it

    // A reuse whose answer names no applicant is not a success; a preview needs none (an empty body too).
    QCOMPARE(SumsubAdapter()
                 .parseResponse(sampleRequest(Operation::SumsubReuse), response(200, R"({"ok":1})"),
                                QDateTime::currentDateTimeUtc())
                 .failure()
                 .kind,
             FailureKind::MalformedResponse);
    const Outcome preview = SumsubAdapter().parseResponse(sampleRequest(Operation::SumsubReusePreview),
                                                          response(200, ""), QDateTime::currentDateTimeUtc());
    QVERIFY(preview.isIssued() && preview.issued().received->preview);
    QVERIFY(preview.issued().received->dashboardUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestSumsubAdapter)
#include "tst_sumsubadapter.moc"
