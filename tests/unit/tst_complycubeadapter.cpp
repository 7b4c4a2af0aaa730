// The ComplyCube adapter: the SDK-token request it builds and how it reads every answer.
#include "core/complycube/ComplyCubeAdapter.h"

#include "SampleRequests.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;
using kyc::test::checked;
using kyc::test::sampleRequest;

class TestComplyCubeAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsWebAndMobileRequests();
    void parsesToken();
    void classifiesErrors_data();
    void classifiesErrors();
    void refusesUnreadableSuccess();

private:
    static TokenRequest request(const QString &sdk, const QString &referrer, const QString &appId);
};

TokenRequest TestComplyCubeAdapter::request(const QString &sdk, const QString &referrer, const QString &appId)
{
    TokenRequest r(Operation::ComplyCubeSdkToken);
    r.set(Field::ClientId, u" 5eb04fcd0f3e360008035eb1 "_s);
    r.set(Field::SdkKind, sdk);
    r.set(Field::Referrer, referrer);
    r.set(Field::AppId, appId);
    return r;
}

void TestComplyCubeAdapter::buildsWebAndMobileRequests()
{
    Credentials c;
    c.complyCubeApiKey = u"test_made-up-key"_s;
    const ComplyCubeAdapter adapter;
    const HttpRequest web =
        adapter.buildRequest(checked(request(u"web"_s, u"https://*.example.com/*"_s, u"com.x.y"_s)), c,
                             QUrl(u"https://api.complycube.com"_s), QDateTime::currentDateTimeUtc());
    QCOMPARE(web.method, QByteArray("POST"));
    QCOMPARE(web.url.toString(), u"https://api.complycube.com/v1/tokens"_s);
    // (No raw string here: moc would read its "/*" as a comment.)
    QCOMPARE(
        web.body,
        QByteArray("{\"clientId\":\"5eb04fcd0f3e360008035eb1\",\"referrer\":\"https://*.example.com/*\"}"));
    bool rawKey = false;
    for (const auto &[k, v] : web.headers)
        rawKey |= k == "Authorization" && v == "test_made-up-key"; // the raw key, no "Bearer"
    QVERIFY(rawKey);
    const HttpRequest mobile =
        adapter.buildRequest(checked(request(u"mobile"_s, u"https://ignored/*"_s, u"com.myapp.demo.app"_s)),
                             c, QUrl(u"https://api.complycube.com"_s), QDateTime::currentDateTimeUtc());
    QCOMPARE(mobile.body,
             QByteArray(R"({"appId":"com.myapp.demo.app","clientId":"5eb04fcd0f3e360008035eb1"})"));
}

void TestComplyCubeAdapter::parsesToken()
{
    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    HttpResponse r;
    r.status = 200;
    r.body = R"({"token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"})";
    const Outcome o = ComplyCubeAdapter().parseResponse(
        checked(request(u"web"_s, u"https://a.example/*"_s, {})), r, sentAt);
    QVERIFY(o.isIssued());
    QCOMPARE(o.issued().token, u"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"_s);
    QCOMPARE(o.issued().partner, u"https://a.example/*"_s);
    QCOMPARE(o.issued().expiresAt, sentAt.addSecs(3600));
    QCOMPARE(o.issued().clientId, u"5eb04fcd0f3e360008035eb1"_s);
}

void TestComplyCubeAdapter::classifiesErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("advicePart");
    QTest::newRow("seed 400")
        << 400
        << QByteArray(R"({"type":"invalid_request","message":"'clientId' is invalid","param":"clientId"})")
        << FailureKind::Rejected << u"clientId"_s << u"\"clientId\""_s;
    QTest::newRow("401") << 401 << QByteArray(R"({"type":"unauthorized","message":"Invalid API key"})")
                         << FailureKind::Authentication << QString() << u"test_ keys"_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"type":"unauthorized","message":"Forbidden"})")
                         << FailureKind::Authentication << QString() << u"live_"_s;
    QTest::newRow("404") << 404
                         << QByteArray(R"({"type":"resource_not_found","message":"Invalid client id 'x'"})")
                         << FailureKind::NotFound << QString() << u"does not know this client"_s;
    QTest::newRow("429") << 429 << QByteArray(R"({"type":"rate_limit_exceeded","message":"slow down"})")
                         << FailureKind::RateLimited << QString() << u"Wait"_s;
    QTest::newRow("500") << 500 << QByteArray(R"({"type":"internal_server_error","message":"oops"})")
                         << FailureKind::ProviderError << QString() << u"Try again later"_s;
}

void TestComplyCubeAdapter::classifiesErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(FailureKind, kind);
    QFETCH(QString, param);
    QFETCH(QString, advicePart);
    HttpResponse r;
    r.status = status;
    r.body = body;
    const Outcome o = ComplyCubeAdapter().parseResponse(
        checked(request(u"web"_s, u"https://a.example/*"_s, {})), r, QDateTime::currentDateTimeUtc());
    QCOMPARE(o.failure().kind, kind);
    QCOMPARE(o.failure().operation, Operation::ComplyCubeSdkToken);
    QCOMPARE(o.failure().name, param);
    QCOMPARE(o.failure().providerCode, QJsonDocument::fromJson(body).object().value(u"type"_s).toString());
    QVERIFY2(Outcome::advice(o.failure()).contains(advicePart), qPrintable(Outcome::advice(o.failure())));
}

void TestComplyCubeAdapter::refusesUnreadableSuccess()
{
    HttpResponse r;
    r.status = 200;
    for (const QByteArray &body : {QByteArray("nope"), QByteArray(R"({"data":1})"),
                                   QByteArray(R"({"token":")" + QByteArray(20000, 'x') + R"("})")}) {
        r.body = body;
        const Outcome o = ComplyCubeAdapter().parseResponse(
            checked(request(u"web"_s, u"https://a.example/*"_s, {})), r, QDateTime::currentDateTimeUtc());
        QCOMPARE(o.failure().kind, FailureKind::MalformedResponse);
    }
    // A token that is not printable ASCII: control characters, a terminal's escape, a right-to-left
    // override, a space, a non-ASCII letter.
    for (const QByteArray &token : {QByteArray(R"(eyJ\u0000\u001b[31m\u202e)"), QByteArray(R"(eyJ abc)"),
                                    QByteArray("eyJ\xc3\xa9"), QByteArray(R"(eyJ\u200b)")}) {
        r.body = R"({"token":")" + token + R"("})";
        const Outcome o = ComplyCubeAdapter().parseResponse(
            checked(request(u"web"_s, u"https://a.example/*"_s, {})), r, QDateTime::currentDateTimeUtc());
        QVERIFY2(!o.isIssued(), r.body.constData());
        QCOMPARE(o.failure().kind, FailureKind::MalformedResponse);
        QVERIFY2(o.failure().message.contains(u"characters no token has"_s), qPrintable(o.failure().message));
    }
}

QTEST_GUILESS_MAIN(TestComplyCubeAdapter)
#include "tst_complycubeadapter.moc"
