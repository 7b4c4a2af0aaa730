// The operator's side of Sumsub ID Connect: authorize URL, code extraction from a pasted address,
// id_token claims for display.
#include "core/sumsub/Pkce.h"
#include "core/sumsub/SumsubIdConnect.h"

#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using kyc::Pkce;
using kyc::SumsubIdConnect;

class TestSumsubIdConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifierAndChallenge();
    void challengeAgreesWithOpenssl();
    void authorizeUrl();
    void idHostForTheVendorAndOthers();
    void extractCode_data();
    void extractCode();
    void checkAuthorizeInput();
    void decodesClaimsWithoutTrustingThem();
};

void TestSumsubIdConnect::verifierAndChallenge()
{
    // RFC 7636, appendix B
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray a = Pkce::generateVerifier();
    QVERIFY(Pkce::isValidVerifier(a));
    QVERIFY(a != Pkce::generateVerifier());
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '+'));
}

void TestSumsubIdConnect::challengeAgreesWithOpenssl()
{
    const QByteArray verifier = Pkce::generateVerifier();
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-binary"_s});
    QVERIFY(openssl.waitForStarted());
    openssl.write(verifier);
    openssl.closeWriteChannel();
    QVERIFY(openssl.waitForFinished());
    const QByteArray digest = openssl.readAllStandardOutput();
    QCOMPARE(digest.size(), 32);
    QCOMPARE(Pkce::challengeFor(verifier),
             digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestSumsubIdConnect::authorizeUrl()
{
    const SumsubIdConnect::Authorization a =
        SumsubIdConnect::authorize(QUrl(u"https://id.sumsub.com"_s), u"my-client"_s,
                                   u"https://partner.example/cb?x=1"_s, {u"share"_s, u"offline_access"_s});
    QCOMPARE(a.url.host(), u"id.sumsub.com"_s);
    QCOMPARE(a.url.path(), u"/api/snsId/oauth/authorize"_s);
    const QUrlQuery q(a.url);
    QCOMPARE(q.queryItemValue(u"client_id"_s), u"my-client"_s);
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"https://partner.example/cb?x=1"_s);
    QCOMPARE(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"share offline_access"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), a.state);
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(q.queryItemValue(u"code_challenge"_s).toLatin1(), Pkce::challengeFor(a.codeVerifier));
    QVERIFY(Pkce::isValidVerifier(a.codeVerifier));
    QVERIFY(a.state.size() >= 16);
    QVERIFY(!a.url.toEncoded().contains("x=1&")); // the redirect URI's own query stays inside its value
}

void TestSumsubIdConnect::idHostForTheVendorAndOthers()
{
    QCOMPARE(SumsubIdConnect::idBaseUrlFor(QUrl(u"https://api.sumsub.com"_s)),
             QUrl(u"https://id.sumsub.com"_s));
    QCOMPARE(SumsubIdConnect::idBaseUrlFor(QUrl(u"http://127.0.0.1:8080"_s)),
             QUrl(u"http://127.0.0.1:8080"_s));
}

void TestSumsubIdConnect::extractCode_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("bare code") << u"  NLEeKUAjScy0CgIq7AbnB_bCB7Ro226BpLCstiNLqZs= "_s << QString()
                               << u"NLEeKUAjScy0CgIq7AbnB_bCB7Ro226BpLCstiNLqZs="_s << QString();
    QTest::newRow("redirect URL, encoded +/=")
        << u"https://partner.example/callback?code=ab%2Bc%2Fd%3D&state=s1"_s << u"s1"_s << u"ab+c/d="_s
        << QString();
    QTest::newRow("state first, fragment")
        << u"https://p.example/cb?state=s1&code=xyz#frag"_s << u"s1"_s << u"xyz"_s << QString();
    QTest::newRow("no state expected")
        << u"https://p.example/cb?code=xyz&state=other"_s << QString() << u"xyz"_s << QString();
    QTest::newRow("state mismatch") << u"https://p.example/cb?code=xyz&state=other"_s << u"s1"_s << QString()
                                    << u"does not match"_s;
    QTest::newRow("state missing") << u"https://p.example/cb?code=xyz"_s << u"s1"_s << QString()
                                   << u"no state"_s;
    QTest::newRow("consent refused")
        << u"https://p.example/cb?error=access_denied&error_description=No&state=s1"_s << u"s1"_s << QString()
        << u"access_denied"_s;
    QTest::newRow("address without code")
        << u"https://p.example/cb?state=s1"_s << u"s1"_s << QString() << u"no code="_s;
    QTest::newRow("empty") << u"  "_s << QString() << QString() << u"Paste the authorization code"_s;
    QTest::newRow("code with a space") << u"abc def"_s << QString() << QString() << u"spaces"_s;
    // Found by fuzz_redirect_code: a code inside an address was taken with spaces and control characters.
    QTest::newRow("address whose code has a space")
        << u"https://partner.example/cb?code=ab%20cd&state=st"_s << u"st"_s << QString() << u"spaces"_s;
    QTest::newRow("address whose code has a line break")
        << u"https://partner.example/cb?code=ab%0Acd&state=st"_s << u"st"_s << QString() << u"spaces"_s;
}

void TestSumsubIdConnect::extractCode()
{
    QFETCH(QString, pasted);
    QFETCH(QString, state);
    QFETCH(QString, code);
    QFETCH(QString, problemPart);
    QString problem;
    QCOMPARE(SumsubIdConnect::extractCode(pasted, state, &problem), code);
    if (problemPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
}

void TestSumsubIdConnect::checkAuthorizeInput()
{
    QVERIFY(SumsubIdConnect::checkAuthorizeInput(u"c"_s, u"https://p.example/cb"_s, u"share"_s).isEmpty());
    const auto p =
        SumsubIdConnect::checkAuthorizeInput(QString(), u"http://p.example/cb"_s, u"share admin"_s);
    QVERIFY(!p.clientId.isEmpty());
    QVERIFY(p.redirectUri.contains(u"https://"_s));
    QVERIFY(p.scope.contains(u"admin"_s));
}

void TestSumsubIdConnect::decodesClaimsWithoutTrustingThem()
{
    // The vendor's documented example id_token.
    const auto claims = SumsubIdConnect::decodeIdTokenClaims(
        u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3OCIsIm5hbWUiOiJKb2huIERvZSJ9.hqkYfLq4pMJyY0HnLxD2kWZ4RyY5L7bB4gkDfnZpQvY"_s);
    QVERIFY(claims);
    QCOMPARE(claims->value(u"sub"_s).toString(), u"12345678"_s);
    QCOMPARE(claims->value(u"name"_s).toString(), u"John Doe"_s);
    QVERIFY(!SumsubIdConnect::decodeIdTokenClaims(u"not-a-jwt"_s));
    QVERIFY(!SumsubIdConnect::decodeIdTokenClaims(u"a.!!!.c"_s));
    QVERIFY(!SumsubIdConnect::decodeIdTokenClaims(u"a.WzFd.c"_s)); // [1]: JSON, but not an object
}

QTEST_GUILESS_MAIN(TestSumsubIdConnect)
#include "tst_sumsubidconnect.moc"
