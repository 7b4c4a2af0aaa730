// Input checks: what the operator types is judged once, here, before anything is sent.
#include "tokens/TokenRequest.h"
#include "tokens/Validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

class TestTokenRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareToken_data();
    void shareToken();
    void normalizedTrimsEveryField();
    void baseUrl_data();
    void baseUrl();
};

void TestTokenRequest::shareToken_data()
{
    QTest::addColumn<QString>("applicant");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("ttl");
    QTest::addColumn<QList<int>>("badFields");
    QTest::addColumn<QString>("messagePart");

    const QString good = u"63e092c51b7b4030f2e01154"_s;
    const auto a = int(Field::ApplicantId);
    const auto p = int(Field::ForClientId);
    const auto t = int(Field::TtlSecs);
    QTest::newRow("valid") << good << u"CoolCoinLtd"_s << u"600"_s << QList<int>{} << QString();
    QTest::newRow("whitespace around is trimmed")
        << u"  "_s + good + u"\t\n"_s << u" CoolCoinLtd "_s << u" 600 "_s << QList<int>{} << QString();
    QTest::newRow("applicant empty") << QString() << u"P"_s << u"600"_s << QList<int>{a}
                                     << u"Enter the applicant ID"_s;
    QTest::newRow("applicant 23 chars")
        << good.left(23) << u"P"_s << u"600"_s << QList<int>{a} << u"has 23 characters"_s;
    QTest::newRow("applicant 25 chars")
        << good + u'0' << u"P"_s << u"600"_s << QList<int>{a} << u"has 25 characters"_s;
    QTest::newRow("applicant upper case")
        << good.toUpper() << u"P"_s << u"600"_s << QList<int>{a} << u"lowercase"_s;
    QTest::newRow("applicant non-hex")
        << u"63e092c51b7b4030f2e0115z"_s << u"P"_s << u"600"_s << QList<int>{a} << u"found 'z'"_s;
    QTest::newRow("applicant inner space")
        << u"63e092c51b7b 030f2e01154"_s << u"P"_s << u"600"_s << QList<int>{a} << u"contains a space"_s;
    QTest::newRow("partner empty") << good << u"  "_s << u"600"_s << QList<int>{p}
                                   << u"partner's client ID"_s;
    QTest::newRow("partner inner space")
        << good << u"Cool Coin"_s << u"600"_s << QList<int>{p} << u"spaces"_s;
    QTest::newRow("ttl zero") << good << u"P"_s << u"0"_s << QList<int>{t} << u"out of range"_s;
    QTest::newRow("ttl negative") << good << u"P"_s << u"-5"_s << QList<int>{t} << u"out of range"_s;
    QTest::newRow("ttl max") << good << u"P"_s << u"2147483647"_s << QList<int>{} << QString();
    QTest::newRow("ttl over int32") << good << u"P"_s << u"2147483648"_s << QList<int>{t}
                                    << u"out of range"_s;
    QTest::newRow("ttl not a number") << good << u"P"_s << u"10m"_s << QList<int>{t} << u"whole number"_s;
    QTest::newRow("ttl empty") << good << u"P"_s << QString() << QList<int>{t} << u"Enter a TTL"_s;
    QTest::newRow("all wrong") << u"x"_s << QString() << u"0"_s << QList<int>{a, p, t} << QString();
}

void TestTokenRequest::shareToken()
{
    QFETCH(QString, applicant);
    QFETCH(QString, partner);
    QFETCH(QString, ttl);
    QFETCH(QList<int>, badFields);
    QFETCH(QString, messagePart);

    TokenRequest request(Operation::SumsubShareToken);
    request.set(Field::ApplicantId, applicant);
    request.set(Field::ForClientId, partner);
    request.set(Field::TtlSecs, ttl);
    const QList<FieldError> errors = request.validate();
    QList<int> fields;
    for (const FieldError &e : errors) {
        fields.append(int(e.field));
        QVERIFY2(!e.message.isEmpty(), "every error says what is wrong");
    }
    QCOMPARE(fields, badFields);
    if (!messagePart.isEmpty())
        QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));
}

void TestTokenRequest::normalizedTrimsEveryField()
{
    TokenRequest request(Operation::SumsubShareToken);
    request.set(Field::ApplicantId, u" 63e092c51b7b4030f2e01154\n"_s);
    request.set(Field::ForClientId, u"\tCoolCoinLtd "_s);
    request.set(Field::TtlSecs, u" 900"_s);
    const TokenRequest clean = request.normalized();
    QCOMPARE(clean.value(Field::ApplicantId), u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(clean.value(Field::ForClientId), u"CoolCoinLtd"_s);
    QCOMPARE(clean.ttlSecs(), 900);
    QCOMPARE(request.value(Field::ApplicantId),
             u" 63e092c51b7b4030f2e01154\n"_s); // the original is untouched
}

void TestTokenRequest::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("vendor") << u"https://api.sumsub.com"_s << true;
    QTest::newRow("trailing slash") << u"https://api.sumsub.com/"_s << true;
    QTest::newRow("https with port") << u"https://proxy.corp.example:8443"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http remote") << u"http://api.sumsub.com"_s << false;
    QTest::newRow("with path") << u"https://api.sumsub.com/resources"_s << false;
    QTest::newRow("with query") << u"https://api.sumsub.com/?a=b"_s << false;
    QTest::newRow("ftp") << u"ftp://api.sumsub.com"_s << false;
    QTest::newRow("no scheme") << u"api.sumsub.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTokenRequest::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const QString problem = Validators::checkBaseUrl(url);
    QCOMPARE(problem.isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
