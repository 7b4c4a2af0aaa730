// Input checks: what the operator types is judged once, here, before anything is sent.
#include "core/tokens/TokenRequest.h"
#include "core/tokens/Validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

using FieldValues = QList<std::pair<int, QString>>; // (Field, value) pairs

class TestTokenRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareToken_data();
    void shareToken();
    void checkTrimsAndTypesEveryField();
    void applicantFromDashboardLink_data();
    void applicantFromDashboardLink();
    void otherOperations_data();
    void otherOperations();
    void baseUrl_data();
    void baseUrl();
    void invisibleCharactersAreRefusedInIds_data();
    void invisibleCharactersAreRefusedInIds();
    void textFromOutsideIsShownVisibly();
    void broadReferrersAndLongTtlsAskFirst_data();
    void broadReferrersAndLongTtlsAskFirst();
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
    QTest::newRow("dashboard link")
        << u"https://cockpit.sumsub.com/checkus/#/applicant/63e092c51b7b4030f2e01154/basicInfo?clientId=acme"_s
        << u"P"_s << u"600"_s << QList<int>{} << QString();
    QTest::newRow("a link to no applicant")
        << u"https://cockpit.sumsub.com/checkus/#/applicants"_s << u"P"_s << u"600"_s << QList<int>{a}
        << u"does not point to an applicant"_s;
    QTest::newRow("all wrong") << u"x"_s << QString() << u"0"_s << QList<int>{a, p, t} << QString();
}

void TestTokenRequest::applicantFromDashboardLink_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    const QString id = u"63e092c51b7b4030f2e01154"_s;
    QTest::newRow("applicant page") << u"https://cockpit.sumsub.com/checkus/#/applicant/"_s + id +
                                           u"/basicInfo?clientId=acme"_s
                                    << id;
    QTest::newRow("no slash before the fragment")
        << u"https://cockpit.sumsub.com/checkus#/applicant/"_s + id + u"/client/basicInfo"_s << id;
    QTest::newRow("pasted with spaces")
        << u"  https://cockpit.sumsub.com/checkus/#/applicant/"_s + id + u" "_s << id;
    QTest::newRow("applicantId in the query")
        << u"https://cockpit.sumsub.com/checkus/#/applicants/individual?applicantId="_s + id << id;
    QTest::newRow("another Sumsub host") << u"https://api.sumsub.com/checkus#/applicant/"_s + id << id;
    QTest::newRow("not Sumsub") << u"https://sumsub.com.example.net/checkus#/applicant/"_s + id << QString();
    QTest::newRow("not https") << u"ftp://cockpit.sumsub.com/checkus#/applicant/"_s + id << QString();
    QTest::newRow("no applicant") << u"https://cockpit.sumsub.com/checkus/#/applicants"_s << QString();
    QTest::newRow("an ID, not a link") << id << QString();
    QTest::newRow("upper case ID") << u"https://cockpit.sumsub.com/checkus#/applicant/"_s + id.toUpper()
                                   << QString();
}

void TestTokenRequest::applicantFromDashboardLink()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QCOMPARE(Validators::applicantIdFromLink(text), id);
    if (!id.isEmpty()) { // and the request sends the ID alone
        TokenRequest request(Operation::SumsubShareToken);
        request.set(Field::ApplicantId, text);
        request.set(Field::ForClientId, u"CoolCoinLtd"_s);
        request.set(Field::TtlSecs, u"600"_s);
        const std::optional<CheckedRequest> checked = request.check().request;
        QVERIFY(checked);
        QCOMPARE(checked->as<ShareTokenParams>().applicantId, id);
    }
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

void TestTokenRequest::checkTrimsAndTypesEveryField()
{
    TokenRequest request(Operation::SumsubShareToken);
    request.set(Field::ApplicantId, u" 63e092c51b7b4030f2e01154\n"_s);
    request.set(Field::ForClientId, u"\tCoolCoinLtd "_s);
    request.set(Field::TtlSecs, u" 900"_s);
    request.set(Field::Reason, u" TICKET-1 "_s);
    const std::optional<CheckedRequest> checked = request.check().request;
    QVERIFY(checked);
    QCOMPARE(checked->operation(), Operation::SumsubShareToken);
    const ShareTokenParams &p = checked->as<ShareTokenParams>();
    QCOMPARE(p.applicantId, u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(p.forClientId, u"CoolCoinLtd"_s);
    QCOMPARE(p.ttl, std::chrono::seconds(900));
    QCOMPARE(checked->reason(), u"TICKET-1"_s);
    QCOMPARE(request.value(Field::ApplicantId),
             u" 63e092c51b7b4030f2e01154\n"_s); // the original is untouched
}

void TestTokenRequest::otherOperations_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<FieldValues>("fields");
    QTest::addColumn<QList<int>>("badFields");
    QTest::addColumn<QString>("messagePart");
    using F = FieldValues;
    const QString verifier(43, u'a');
    const int code = int(Field::AuthorizationResponse), ver = int(Field::CodeVerifier),
              st = int(Field::ExpectedState);
    QTest::newRow("connect: code") << Operation::SumsubIdConnectToken << F{{code, u"abc"_s}, {ver, verifier}}
                                   << QList<int>{} << QString();
    QTest::newRow("connect: short verifier")
        << Operation::SumsubIdConnectToken << F{{code, u"abc"_s}, {ver, u"x"_s}} << QList<int>{ver}
        << u"43 to 128"_s;
    QTest::newRow("connect: state mismatch")
        << Operation::SumsubIdConnectToken
        << F{{code, u"https://p.example/cb?code=a&state=x"_s}, {ver, verifier}, {st, u"y"_s}}
        << QList<int>{code} << u"does not match"_s;
    const int rt = int(Field::RefreshToken), sc = int(Field::Scope);
    QTest::newRow("refresh: no scope is fine")
        << Operation::SumsubIdConnectRefresh << F{{rt, u"snd-id-con-r-1"_s}, {ver, verifier}} << QList<int>{}
        << QString();
    QTest::newRow("refresh: unknown scope")
        << Operation::SumsubIdConnectRefresh << F{{rt, u"r"_s}, {ver, verifier}, {sc, u"share admin"_s}}
        << QList<int>{sc} << u"Unknown scope 'admin'"_s;
    const int ct = int(Field::ConnectToken), fc = int(Field::ForClientId), ttl = int(Field::TtlSecs);
    QTest::newRow("id share: token with a line break")
        << Operation::SumsubIdShareToken << F{{ct, u"snd-id\ncon"_s}, {fc, u"P"_s}, {ttl, u"1800"_s}}
        << QList<int>{ct} << u"line breaks"_s;
    QTest::newRow("id share: token with a control character")
        << Operation::SumsubIdShareToken << F{{ct, u"snd-id\u0001con"_s}, {fc, u"P"_s}, {ttl, u"1800"_s}}
        << QList<int>{ct} << u"line breaks"_s;
    const int cid = int(Field::ClientId), sdk = int(Field::SdkKind), ref = int(Field::Referrer),
              app = int(Field::AppId);
    QTest::newRow("sdk: web") << Operation::ComplyCubeSdkToken
                              << F{{cid, u"5eb04fcd0f3e360008035eb1"_s},
                                   {sdk, u"web"_s},
                                   {ref, u"https://*.a.example/*"_s}}
                              << QList<int>{} << QString();
    QTest::newRow("sdk: referrer without path")
        << Operation::ComplyCubeSdkToken << F{{cid, u"c1"_s}, {sdk, u"web"_s}, {ref, u"https://a.example"_s}}
        << QList<int>{ref} << u"path"_s;
    QTest::newRow("sdk: mobile needs the app ID")
        << Operation::ComplyCubeSdkToken
        << F{{cid, u"c1"_s}, {sdk, u"mobile"_s}, {ref, u"https://a.example/*"_s}} << QList<int>{app}
        << u"app's bundle"_s;
    QTest::newRow("sdk: both without a choice")
        << Operation::ComplyCubeSdkToken
        << F{{cid, u"c1"_s}, {ref, u"https://a.example/*"_s}, {app, u"com.a.b"_s}} << QList<int>{ref}
        << u"not both"_s;
    QTest::newRow("sdk: client ID with a space")
        << Operation::ComplyCubeSdkToken << F{{cid, u"c 1"_s}, {ref, u"https://a.example/*"_s}}
        << QList<int>{cid} << u"found ' '"_s;
}

void TestTokenRequest::otherOperations()
{
    QFETCH(Operation, operation);
    QFETCH(FieldValues, fields);
    QFETCH(QList<int>, badFields);
    QFETCH(QString, messagePart);
    TokenRequest request(operation);
    for (const auto &[field, value] : fields)
        request.set(Field(field), value);
    QList<int> bad;
    for (const FieldError &e : request.validate())
        bad.append(int(e.field));
    QCOMPARE(bad, badFields);
    if (!messagePart.isEmpty())
        QVERIFY2(request.validate().first().message.contains(messagePart),
                 qPrintable(request.validate().first().message));
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

void TestTokenRequest::invisibleCharactersAreRefusedInIds_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says"); // which character, and where
    const QString rlo = u"Cool\u202eCoinLtd"_s;
    QTest::newRow("partner, right-to-left override")
        << int(Operation::SumsubShareToken) << int(Field::ForClientId) << rlo << u"U+202E) at character 5"_s;
    QTest::newRow("partner, zero-width space") << int(Operation::SumsubShareToken) << int(Field::ForClientId)
                                               << u"CoolCoin\u200bLtd"_s << u"U+200B) at character 9"_s;
    QTest::newRow("partner, byte order mark") << int(Operation::SumsubIdShareToken) << int(Field::ForClientId)
                                              << u"\ufeffCoolCoinLtd"_s << u"U+FEFF) at character 1"_s;
    QTest::newRow("referrer, left-to-right isolate")
        << int(Operation::ComplyCubeSdkToken) << int(Field::Referrer) << u"https://*.exa\u2066mple.com/*"_s
        << u"U+2066"_s;
    QTest::newRow("connect token, word joiner")
        << int(Operation::SumsubIdShareToken) << int(Field::ConnectToken) << u"snd-id\u2060-con"_s
        << u"U+2060"_s;
}

// An ID whose invisible characters make it read otherwise than it is sent is refused, saying which
// character and where, before anything is sent.
void TestTokenRequest::invisibleCharactersAreRefusedInIds()
{
    QFETCH(int, operation);
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    TokenRequest r{Operation(operation)};
    r.set(Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
    r.set(Field::ForClientId, u"CoolCoinLtd"_s);
    r.set(Field::TtlSecs, u"600"_s);
    r.set(Field::ConnectToken, u"snd-id-con-a-1"_s);
    r.set(Field::ClientId, u"5eb04fcd0f3e360008035eb1"_s);
    r.set(Field::SdkKind, u"web"_s);
    r.set(Field::Referrer, u"https://*.example.com/*"_s);
    r.set(Field(field), value);
    const QList<FieldError> errors = r.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(int(errors.first().field), field);
    QVERIFY2(errors.first().message.contains(says) && errors.first().message.contains(u"invisible"_s),
             qPrintable(errors.first().message));
}

void TestTokenRequest::textFromOutsideIsShownVisibly()
{
    // In a reason (kept as typed) or a vendor's words, invisible characters are shown for what they are.
    QCOMPARE(Validators::showInvisible(u"TICKET-7\u202e1#"_s), u"TICKET-7[U+202E]1#"_s);
    QCOMPARE(Validators::showInvisible(u"plain ünïcödé"_s), u"plain ünïcödé"_s);
    // On a terminal, control characters are escaped too: no colour, no cursor moves, no fake lines.
    QCOMPARE(Validators::forTerminal(u"abc\x1b[31mred\r\nfake line\x9b\u200b"_s),
             u"abc\\x1b[31mred\\x0d\\x0afake line\\x9b[U+200B]"_s);
    QCOMPARE(Validators::forTerminal(u"correlation-id_1 ok"_s), u"correlation-id_1 ok"_s);
}

void TestTokenRequest::broadReferrersAndLongTtlsAskFirst_data()
{
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<bool>("broad");
    QTest::newRow("any site, any scheme") << u"*://*/*"_s << true;
    QTest::newRow("any site") << u"https://*/*"_s << true;
    QTest::newRow("a top-level domain") << u"https://*.com/*"_s << true;
    QTest::newRow("a two-label public suffix") << u"https://*.co.uk/*"_s << true;
    QTest::newRow("a hosting suffix anyone can get") << u"https://*.github.io/*"_s << true;
    QTest::newRow("a company's sites") << u"https://*.example.com/*"_s << false;
    QTest::newRow("a company's site under co.uk") << u"https://*.example.co.uk/*"_s << false;
    QTest::newRow("one site") << u"https://app.example.com/onboarding/*"_s << false;
}

// Valid, but asking for more than any vendor documents as needed: a referrer any site can match, a TTL
// over a day. Each is a caution that wants the operator's word (the console asks, the CLI wants a flag).
void TestTokenRequest::broadReferrersAndLongTtlsAskFirst()
{
    QFETCH(QString, referrer);
    QFETCH(bool, broad);
    TokenRequest sdk(Operation::ComplyCubeSdkToken);
    sdk.set(Field::ClientId, u"5eb04fcd0f3e360008035eb1"_s);
    sdk.set(Field::SdkKind, u"web"_s);
    sdk.set(Field::Referrer, referrer);
    QVERIFY(sdk.validate().isEmpty());
    const QList<TokenRequest::Concern> concerns = sdk.cautions();
    QCOMPARE(concerns.size(), broad ? 1 : 0);
    if (broad) {
        QCOMPARE(concerns.first().caution, TokenRequest::Caution::BroadReferrer);
        QVERIFY2(concerns.first().message.contains(referrer), qPrintable(concerns.first().message));
    }

    TokenRequest share(Operation::SumsubShareToken);
    share.set(Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
    share.set(Field::ForClientId, u"CoolCoinLtd"_s);
    share.set(Field::TtlSecs, u"86400"_s);
    QVERIFY(share.cautions().isEmpty()); // a day is fine
    share.set(Field::TtlSecs, u"86401"_s);
    QCOMPARE(share.cautions().size(), 1);
    QCOMPARE(share.cautions().first().caution, TokenRequest::Caution::LongTtl);
    QVERIFY(share.cautions().first().message.contains(u"86401 s is more than 24 hours"_s));
}

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
