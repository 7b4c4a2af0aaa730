// The Sumsub adapter: the request it builds (byte for byte, signed) and how it reads every answer.
#include "sumsub/SumsubAdapter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

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
    void clockSkewFromDateHeader();
    void retryAfter();

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
        SumsubAdapter().buildRequest(request(), c, QUrl(u"https://api.sumsub.com"_s), now);

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
    const HttpRequest http = SumsubAdapter().buildRequest(
        r, Credentials{u"t"_s, u"s"_s}, QUrl(u"http://127.0.0.1:1"_s), QDateTime::currentDateTimeUtc());
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
        request(), response(200, R"({"token":")" + seedToken + R"(","forClientId":"CoolCoinLtd"})"), sentAt);
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
    const Outcome o =
        SumsubAdapter().parseResponse(request(), response(200, body), QDateTime::currentDateTimeUtc());
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
    const Outcome o =
        SumsubAdapter().parseResponse(request(), response(status, body), QDateTime::currentDateTimeUtc());
    QVERIFY(!o.isIssued());
    QCOMPARE(o.failure().kind, kind);
    QCOMPARE(o.failure().httpStatus, status);
    QCOMPARE(o.failure().providerCode, code);
    QCOMPARE(o.failure().correlationId, correlationId);
    QVERIFY(!o.failure().message.isEmpty());
    QVERIFY(!Outcome::headline(o.failure()).isEmpty());
    QVERIFY(!Outcome::advice(o.failure()).isEmpty());
}

void TestSumsubAdapter::clockSkewFromDateHeader()
{
    const QDateTime sentAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
    const Outcome o = SumsubAdapter().parseResponse(
        request(),
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
    QCOMPARE(SumsubAdapter::retryAfterSecs(response(429, {}, {{"Retry-After", "7"}}), now),
             std::optional<qint64>(7));
    QCOMPARE(SumsubAdapter::retryAfterSecs(
                 response(429, {}, {{"retry-after", "Sun, 22 Nov 2026 10:01:00 GMT"}}), now),
             std::optional<qint64>(60));
    QCOMPARE(SumsubAdapter::retryAfterSecs(response(429, {}), now), std::nullopt);
    QCOMPARE(SumsubAdapter::retryAfterSecs(response(429, {}, {{"Retry-After", "soon"}}), now), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSumsubAdapter)
#include "tst_sumsubadapter.moc"
