// kyc-share's Sumsub ID and ComplyCube commands against kyc-share-emulator, two real processes over
// loopback (HTTP, and HTTPS in the _https variant): the whole Sumsub ID flow, and every error a script
// must be able to tell apart.
#include "CliRunner.h"
#include "ConsentBrowser.h"
#include "EmulatorProcess.h"
#include "TestTls.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kRedirect = u"https://partner.example/callback"_s;
} // namespace

class TestCliOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void authorizeUrlIsMadeLocally();
    void authorizeUrlRefusesBadInput();
    void wholeSumsubIdFlow();
    void codeWorksOnce();
    void wrongVerifierIsInvalidGrant();
    void stateMismatchIsBadInput();
    void refreshNeverWidensTheScope();
    void connectDisabledIsInvalidClientId();
    void sharingNotAllowedYetIsSaid();
    void sumsubIdErrorCodes_data();
    void sumsubIdErrorCodes();
    void complyCubeWebAndMobile();
    void complyCubeRefusals_data();
    void complyCubeRefusals();
    void rateLimitSaysWhenToRetry();
    void redirectIsANetworkFailure();
    void timeoutIsANetworkFailure();
    void untrustedCertificateIsATlsFailure();
    void optionsOfAnotherCommandAreRefused();
    void tokensComeFromStdinOrTheEnvironmentWithoutAWarning();
    void overBroadRequestsNeedTheirFlag();
    void aHeaderFloodKeepsTheDeadline();

private:
    CliRun run(const QStringList &args, const QProcessEnvironment &env = {});
    QStringList globalArgs(const EmulatorProcess &emulator) const;
    // Plays the browser: opens the authorize URL at the emulator and returns where it redirects to.
    QString consent(const QString &authorizeUrl, const QString &profile = {});
    // The JSON of id-connect-authorize-url and the redirect URL after consent.
    std::pair<QJsonObject, QString> authorizeAndConsent(const QString &scope, const QString &profile = {});
    QJsonObject connectToken(const QString &scope, const QString &profile = {},
                             QJsonObject *authorization = nullptr);

    EmulatorProcess m_emulator;
    QProcessEnvironment m_env;
};

void TestCliOperations::initTestCase()
{
    QVERIFY(m_emulator.start());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(EmulatorProcess::kAppToken));
    m_env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(EmulatorProcess::kSecretKey));
    m_env.insert(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s, u"test_emulator-demo-api-key"_s);
}

QStringList TestCliOperations::globalArgs(const EmulatorProcess &emulator) const
{
    QStringList args{u"--base-url"_s, emulator.baseUrl().toString(), u"--json"_s};
    if (testUsesTls())
        args += {u"--ca-file"_s, testTlsFile("ca.pem")};
    return args;
}

CliRun TestCliOperations::run(const QStringList &args, const QProcessEnvironment &env)
{
    return runCli(args, env.isEmpty() ? m_env : env);
}

QString TestCliOperations::consent(const QString &authorizeUrl, const QString &profile)
{
    QUrl url(authorizeUrl);
    if (!profile.isEmpty()) {
        QUrlQuery q(url);
        q.addQueryItem(u"login_hint"_s, profile);
        url.setQuery(q);
    }
    return followConsent(url);
}

std::pair<QJsonObject, QString> TestCliOperations::authorizeAndConsent(const QString &scope,
                                                                       const QString &profile)
{
    const CliRun a =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-authorize-url"_s, u"--client-id"_s,
                                                 u"emulator-demo-client"_s, u"--redirect-uri"_s, kRedirect,
                                                 u"--scope"_s, scope});
    const QJsonObject authorization = a.json();
    return {authorization, consent(authorization.value(u"url"_s).toString(), profile)};
}

QJsonObject TestCliOperations::connectToken(const QString &scope, const QString &profile,
                                            QJsonObject *authorization)
{
    const auto [auth, redirect] = authorizeAndConsent(scope, profile);
    if (authorization)
        *authorization = auth;
    const CliRun r = run(globalArgs(m_emulator) +
                         QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--redirect-url"_s, redirect,
                                     u"--code-verifier"_s, auth.value(u"codeVerifier"_s).toString(),
                                     u"--state"_s, auth.value(u"state"_s).toString()});
    return r.exitCode == 0 ? r.json() : QJsonObject();
}

void TestCliOperations::authorizeUrlIsMadeLocally()
{
    const QStringList before = m_emulator.requestLog();
    const CliRun r = run({u"sumsub"_s, u"id-connect-authorize-url"_s, u"--client-id"_s, u"my-client"_s,
                          u"--redirect-uri"_s, kRedirect, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QUrl url(r.json().value(u"url"_s).toString());
    QCOMPARE(url.host(), u"id.sumsub.com"_s); // the vendor's consent page, not its API host
    QCOMPARE(QUrlQuery(url).queryItemValue(u"scope"_s), u"share"_s); // share on by default
    QCOMPARE(QUrlQuery(url).queryItemValue(u"state"_s), r.json().value(u"state"_s).toString());
    QCOMPARE(r.json().value(u"codeVerifier"_s).toString().size(), 64);
    QCOMPARE(m_emulator.requestLog(), before); // nothing was sent anywhere
}

void TestCliOperations::authorizeUrlRefusesBadInput()
{
    const CliRun r =
        run({u"sumsub"_s, u"id-connect-authorize-url"_s, u"--client-id"_s, u"c"_s, u"--redirect-uri"_s,
             u"http://partner.example/cb"_s, u"--scope"_s, u"share admin"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--redirect-uri: The redirect URI must be the registered https://"_s),
             qPrintable(r.err));
    QVERIFY(r.err.contains(u"--scope: Unknown scope 'admin'"_s));
}

void TestCliOperations::wholeSumsubIdFlow()
{
    QJsonObject authorization;
    const QJsonObject connect = connectToken(u"openid name share offline_access"_s, {}, &authorization);
    QVERIFY2(connect.value(u"token"_s).toString().startsWith(u"snd-id-con-a-"_s),
             QJsonDocument(connect).toJson().constData());
    QCOMPARE(connect.value(u"tokenType"_s).toString(), u"Bearer"_s);
    QCOMPARE(connect.value(u"expiresIn"_s).toInt(), 86400);
    QVERIFY(connect.value(u"refreshToken"_s).toString().startsWith(u"snd-id-con-r-"_s));
    const QJsonObject claims = connect.value(u"idTokenClaimsUnverified"_s).toObject();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"sid-alice"_s);
    QCOMPARE(claims.value(u"name"_s).toString(), u"Alice Example"_s);

    const CliRun share =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-share-token"_s, u"--connect-token"_s,
                                                 connect.value(u"token"_s).toString(), u"--for-client-id"_s,
                                                 u"CoolCoinLtd"_s});
    QCOMPARE(share.exitCode, 0);
    QVERIFY(share.json().value(u"token"_s).toString().startsWith(u"_act-snsId-"_s));
    QCOMPARE(share.json().value(u"sharingAllowed"_s).toBool(), true);
    QCOMPARE(share.json().value(u"ttlInSecs"_s).toInt(), 1800);
}

// Tokens and codes on the command line are readable by every user (ps, /proc) and stay in shell history:
// they still work, with a warning that names the safer ways, standard input and the environment, which
// work without one.
void TestCliOperations::tokensComeFromStdinOrTheEnvironmentWithoutAWarning()
{
    // Standard input: the whole Sumsub ID flow with no token or code in argv.
    auto [auth, redirect] = authorizeAndConsent(u"openid share offline_access"_s);
    const QByteArray lines = "redirect-url=" + redirect.toUtf8() +
                             "\ncode-verifier=" + auth.value(u"codeVerifier"_s).toString().toUtf8() + "\n";
    const CliRun fromStdin =
        runCli(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--tokens-stdin"_s},
               m_env, lines);
    QCOMPARE(fromStdin.exitCode, 0);
    QVERIFY2(!fromStdin.err.contains(u"warning"_s), qPrintable(fromStdin.err));
    const QString connect = fromStdin.json().value(u"token"_s).toString();
    const QString refresh = fromStdin.json().value(u"refreshToken"_s).toString();
    QVERIFY(!connect.isEmpty() && !refresh.isEmpty());

    // The environment: an ID share token from a connect token in KYC_SHARE_CONNECT_TOKEN.
    QProcessEnvironment env = m_env;
    env.insert(u"KYC_SHARE_CONNECT_TOKEN"_s, connect);
    const CliRun fromEnvironment =
        runCli(globalArgs(m_emulator) +
                   QStringList{u"sumsub"_s, u"id-share-token"_s, u"--for-client-id"_s, u"CoolCoinLtd"_s},
               env);
    QCOMPARE(fromEnvironment.exitCode, 0);
    QVERIFY2(!fromEnvironment.err.contains(u"warning"_s), qPrintable(fromEnvironment.err));

    // The argument still works, and says what to do instead.
    const CliRun fromArgument =
        runCli(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--refresh-token"_s,
                                                    refresh, u"--code-verifier"_s,
                                                    auth.value(u"codeVerifier"_s).toString()},
               m_env);
    QCOMPARE(fromArgument.exitCode, 0);
    QVERIFY2(fromArgument.err.contains(u"--refresh-token on the command line is visible to every user"_s) &&
                 fromArgument.err.contains(u"--tokens-stdin"_s) &&
                 fromArgument.err.contains(u"KYC_SHARE_REFRESH_TOKEN"_s),
             qPrintable(fromArgument.err));
    QVERIFY2(!fromArgument.err.contains(refresh), "the warning repeats the token");

    // A line that is not NAME=VALUE is refused without being repeated.
    const CliRun bad =
        runCli(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--tokens-stdin"_s},
               m_env, "snd-id-con-r-looks-like-a-token\n");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"line 1 is not NAME=VALUE"_s) && !bad.err.contains(u"looks-like"_s),
             qPrintable(bad.err));
}

// A referrer any site can match, or a TTL over a day, is sent only with its flag; without it, exit 2,
// the reason, the flag to pass, and nothing sent.
void TestCliOperations::overBroadRequestsNeedTheirFlag()
{
    const QStringList broad =
        globalArgs(m_emulator) + QStringList{u"complycube"_s,  u"sdk-token"_s,
                                             u"--client-id"_s, u"5eb04fcd0f3e360008035eb1"_s,
                                             u"--referrer"_s,  u"https://*.com/*"_s};
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun refused = run(broad);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"matches every site under .com"_s) &&
                 refused.err.contains(u"--allow-broad"_s),
             qPrintable(refused.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
    QCOMPARE(run(broad + QStringList{u"--allow-broad"_s}).exitCode, 0);

    const QStringList longTtl =
        globalArgs(m_emulator) + QStringList{u"sumsub"_s,          u"share-token"_s,
                                             u"--applicant-id"_s,  u"63e092c51b7b4030f2e01154"_s,
                                             u"--for-client-id"_s, u"CoolCoinLtd"_s,
                                             u"--ttl"_s,           u"604800"_s};
    const CliRun tooLong = run(longTtl);
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains(u"more than 24 hours"_s) && tooLong.err.contains(u"--allow-long-ttl"_s),
             qPrintable(tooLong.err));
    QCOMPARE(run(longTtl + QStringList{u"--allow-long-ttl"_s}).exitCode, 0);
}

// A server that answers with an endless flood of headers: the answer is refused at the header limit, long
// before the deadline (--timeout 20), told as an answer too large, and the command ends.
void TestCliOperations::aHeaderFloodKeepsTheDeadline()
{
    QTcpServer flood;
    QVERIFY(flood.listen(QHostAddress::LocalHost, 0));
    QByteArray headers;
    for (int i = 0; i < 1000; ++i)
        headers += "X-Flood-" + QByteArray::number(i) + ": " + QByteArray(20, 'v') + "\r\n";
    QList<QTcpSocket *> sockets;
    connect(&flood, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = flood.nextPendingConnection();
        sockets << socket;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        // More headers whenever the last are on their way, for as long as the test lasts.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, &headers] {
            if (socket->bytesToWrite() < headers.size())
                socket->write(headers);
        });
        socket->write(headers);
    });
    QProcess cli;
    cli.setProcessEnvironment(m_env);
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(KYC_CLI_PATH),
              {u"--base-url"_s, u"http://127.0.0.1:%1"_s.arg(flood.serverPort()), u"--timeout"_s, u"20"_s,
               u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,
               u"--for-client-id"_s, u"CoolCoinLtd"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 15000);
    const qint64 elapsed = clock.elapsed();
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 6);
    QVERIFY2(err.contains(u"more than 100 header lines"_s), qPrintable(err));
    QVERIFY2(!sockets.isEmpty(), "the flood never started");
    // Refused at the limit, not at the deadline (before: 20 s, and 5 s more for Qt's network thread).
    QVERIFY2(elapsed < 10000, qPrintable(u"the command took %1 ms"_s.arg(elapsed)));
}

void TestCliOperations::codeWorksOnce()
{
    const auto [auth, redirect] = authorizeAndConsent(u"share"_s);
    const QStringList args =
        globalArgs(m_emulator) + QStringList{u"sumsub"_s,          u"id-connect-token"_s,
                                             u"--redirect-url"_s,  redirect,
                                             u"--code-verifier"_s, auth.value(u"codeVerifier"_s).toString()};
    QCOMPARE(run(args).exitCode, 0);
    const CliRun again = run(args);
    QCOMPARE(again.exitCode, 4);
    QCOMPARE(again.error().value(u"kind"_s).toString(), u"invalid-grant"_s);
    QCOMPARE(again.error().value(u"description"_s).toString(), u"Invalid code"_s);
    QVERIFY2(again.err.contains(u"already used, has expired"_s), qPrintable(again.err));
}

void TestCliOperations::wrongVerifierIsInvalidGrant()
{
    const auto [auth, redirect] = authorizeAndConsent(u"share"_s);
    const QString code = QUrlQuery(QUrl(redirect)).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const CliRun r = run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--code"_s,
                                                              code, u"--code-verifier"_s, QString(43, u'w')});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"invalid-grant"_s);
    QVERIFY(r.err.contains(u"code verifier"_s));
}

void TestCliOperations::stateMismatchIsBadInput()
{
    const auto [auth, redirect] = authorizeAndConsent(u"share"_s);
    const QStringList before = m_emulator.requestLog();
    const CliRun r = run(globalArgs(m_emulator) +
                         QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--redirect-url"_s, redirect,
                                     u"--code-verifier"_s, auth.value(u"codeVerifier"_s).toString(),
                                     u"--state"_s, u"another-authorization"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--code/--redirect-url: The address's state does not match"_s),
             qPrintable(r.err));
    QCOMPARE(m_emulator.requestLog().size(), before.size());
}

void TestCliOperations::refreshNeverWidensTheScope()
{
    QJsonObject authorization;
    const QJsonObject connect = connectToken(u"share name offline_access"_s, {}, &authorization);
    const QString refresh = connect.value(u"refreshToken"_s).toString();
    QVERIFY(!refresh.isEmpty());
    auto doRefresh = [&](const QString &scope, const QString &verifier) {
        return run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s,
                                                        u"--refresh-token"_s, refresh, u"--code-verifier"_s,
                                                        verifier, u"--scope"_s, scope});
    };
    const QString verifier = authorization.value(u"codeVerifier"_s).toString();
    const CliRun ok = doRefresh(u"share"_s, verifier);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.json().value(u"token"_s).toString().startsWith(u"snd-id-con-a-"_s));
    QVERIFY(!ok.json().contains(u"refreshToken"_s));
    const CliRun wider = doRefresh(u"share email"_s, verifier);
    QCOMPARE(wider.exitCode, 3);
    QCOMPARE(wider.error().value(u"httpStatus"_s).toInt(), 400);
    QCOMPARE(doRefresh(u"share"_s, QString(43, u'x')).error().value(u"kind"_s).toString(),
             u"invalid-grant"_s);
}

void TestCliOperations::connectDisabledIsInvalidClientId()
{
    QProcessEnvironment env = m_env;
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, u"sbx:emulator-no-connect-app-token"_s);
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, u"emulator-no-connect-secret-key"_s);
    const CliRun r =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--code"_s, u"abc"_s,
                                                 u"--code-verifier"_s, QString(43, u'v')},
            env);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.error().value(u"httpStatus"_s).toInt(), 404);
    QVERIFY2(r.err.contains(u"Sumsub ID Connect is not enabled for this client key"_s), qPrintable(r.err));
}

void TestCliOperations::sharingNotAllowedYetIsSaid()
{
    const QJsonObject connect = connectToken(u"share"_s, u"sid-bruno"_s); // Bruno consented to nobody
    const CliRun r =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-share-token"_s, u"--connect-token"_s,
                                                 connect.value(u"token"_s).toString(), u"--for-client-id"_s,
                                                 u"CoolCoinLtd"_s, u"--ttl"_s, u"900"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"sharingAllowed"_s).toBool(), false);
    QCOMPARE(r.json().value(u"ttlInSecs"_s).toInt(), 900);
    QVERIFY2(r.err.contains(u"must first consent to sharing with that partner"_s), qPrintable(r.err));
}

void TestCliOperations::sumsubIdErrorCodes_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("appToken");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("advicePart");
    QTest::newRow("10600") << u"sid-deleted"_s << QString() << 3 << 10600 << u"no longer exists"_s;
    QTest::newRow("10601") << u"sid-blocked"_s << QString() << 4 << 10601 << u"blocked"_s;
    QTest::newRow("10602") << u"sid-disconnected"_s << QString() << 4 << 10602 << u"disconnected your app"_s;
    QTest::newRow("10603") << QString() << QString() << 4 << 10603 << u"malformed or expired"_s;
    QTest::newRow("10604") << u"sid-alice"_s << u"sbx:emulator-no-connect-app-token"_s << 4 << 10604
                           << u"not enabled for your client key"_s;
}

void TestCliOperations::sumsubIdErrorCodes()
{
    QFETCH(QString, profile);
    QFETCH(QString, appToken);
    QFETCH(int, exitCode);
    QFETCH(int, errorCode);
    QFETCH(QString, advicePart);
    const QString token = profile.isEmpty() ? u"snd-id-con-a-made-up"_s
                                            : connectToken(u"share"_s, profile).value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());
    QProcessEnvironment env = m_env;
    if (!appToken.isEmpty()) {
        env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, appToken);
        env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, u"emulator-no-connect-secret-key"_s);
    }
    const CliRun r =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-share-token"_s, u"--connect-token"_s,
                                                 token, u"--for-client-id"_s, u"CoolCoinLtd"_s},
            env);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.error().value(u"code"_s).toInt(), errorCode);
    QVERIFY2(r.err.contains(advicePart), qPrintable(r.err));
    QVERIFY(!r.error().value(u"correlationId"_s).toString().isEmpty());
}

void TestCliOperations::complyCubeWebAndMobile()
{
    const CliRun web =
        run(globalArgs(m_emulator) + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s,
                                                 u"5eb04fcd0f3e360008035eb1"_s, u"--referrer"_s,
                                                 u"https://*.example.com/*"_s});
    QCOMPARE(web.exitCode, 0);
    QVERIFY(web.json().value(u"token"_s).toString().startsWith(u"eyJ"_s));
    QCOMPARE(web.json().value(u"referrer"_s).toString(), u"https://*.example.com/*"_s);
    QCOMPARE(web.json().value(u"clientId"_s).toString(), u"5eb04fcd0f3e360008035eb1"_s);
    const QDateTime expires = QDateTime::fromString(web.json().value(u"expiresAt"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addSecs(3600).secsTo(expires)) <= 5);

    const CliRun mobile =
        run(globalArgs(m_emulator) + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s,
                                                 u"5eb1276d96be4a0008713af4"_s, u"--app-id"_s,
                                                 u"com.myapp.demo.app"_s});
    QCOMPARE(mobile.exitCode, 0);
    QCOMPARE(mobile.json().value(u"appId"_s).toString(), u"com.myapp.demo.app"_s);
}

void TestCliOperations::complyCubeRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QString client = u"5eb04fcd0f3e360008035eb1"_s;
    QTest::newRow("referrer without path")
        << QStringList{u"--client-id"_s, client, u"--referrer"_s, u"https://a.example"_s} << QString() << 2
        << u"--referrer: The referrer needs a path"_s;
    QTest::newRow("both referrer and app ID") << QStringList{u"--client-id"_s, client,        u"--referrer"_s,
                                                             u"https://a/*"_s, u"--app-id"_s, u"com.a.b"_s}
                                              << QString() << 2 << u"not both"_s;
    QTest::newRow("bad app ID") << QStringList{u"--client-id"_s, client, u"--app-id"_s, u"myapp"_s}
                                << QString() << 2 << u"--app-id: The app ID is in reverse-DNS form"_s;
    QTest::newRow("unknown client") << QStringList{u"--client-id"_s, u"aaaaaaaaaaaaaaaaaaaaaaaa"_s,
                                                   u"--app-id"_s, u"com.a.b"_s}
                                    << QString() << 3 << u"does not know this client"_s;
    QTest::newRow("live client with a test key")
        << QStringList{u"--client-id"_s, u"6a1f0e2d3c4b5a6978877665"_s, u"--app-id"_s, u"com.a.b"_s}
        << QString() << 3 << u"test_ keys see test clients only"_s;
    QTest::newRow("malformed client ID (seed error)")
        << QStringList{u"--client-id"_s, u"CLIENT_ID"_s, u"--app-id"_s, u"com.a.b"_s} << QString() << 3
        << u"refused the field \"clientId\""_s;
    QTest::newRow("unknown key") << QStringList{u"--client-id"_s, client, u"--app-id"_s, u"com.a.b"_s}
                                 << u"live_made-up"_s << 4 << u"The API key was refused"_s;
    QTest::newRow("no key") << QStringList{u"--client-id"_s, client, u"--app-id"_s, u"com.a.b"_s} << u"-"_s
                            << 2 << u"KYC_SHARE_COMPLYCUBE_API_KEY"_s;
}

void TestCliOperations::complyCubeRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, apiKey);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    QProcessEnvironment env = m_env;
    if (apiKey == u"-")
        env.remove(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s);
    else if (!apiKey.isEmpty())
        env.insert(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s, apiKey);
    QTest::qWait(250); // ComplyCube's test-key limit is 5 requests a second
    const CliRun r = run(globalArgs(m_emulator) + QStringList{u"complycube"_s, u"sdk-token"_s} + args, env);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
}

void TestCliOperations::rateLimitSaysWhenToRetry()
{
    EmulatorProcess limited;
    QVERIFY(limited.start({u"--fault"_s, u"rate-limit:7"_s}));
    const CliRun r =
        run(globalArgs(limited) + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s,
                                              u"5eb04fcd0f3e360008035eb1"_s, u"--app-id"_s, u"com.a.b"_s});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"rate-limited"_s);
    QCOMPARE(r.error().value(u"retryAfterSecs"_s).toInt(), 7);
    QVERIFY2(r.err.contains(u"Try again in 7 s."_s), qPrintable(r.err));
    QCOMPARE(limited.requestLog().size(), 1); // nothing retried in a loop
}

void TestCliOperations::redirectIsANetworkFailure()
{
    EmulatorProcess redirecting;
    QVERIFY(redirecting.start({u"--fault"_s, u"redirect"_s}));
    const CliRun r = run(globalArgs(redirecting) +
                         QStringList{u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s,
                                     u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s, u"P"_s});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"redirected"_s);
    QVERIFY2(r.err.contains(u"redirect, which is never followed"_s), qPrintable(r.err));
}

void TestCliOperations::timeoutIsANetworkFailure()
{
    EmulatorProcess hanging;
    QVERIFY(hanging.start({u"--fault"_s, u"hang"_s}));
    const CliRun r =
        run(globalArgs(hanging) + QStringList{u"--timeout"_s, u"1"_s, u"complycube"_s, u"sdk-token"_s,
                                              u"--client-id"_s, u"5eb04fcd0f3e360008035eb1"_s, u"--app-id"_s,
                                              u"com.a.b"_s});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"timeout"_s);
    QVERIFY2(r.err.contains(u"did not answer in time"_s), qPrintable(r.err));
    QCOMPARE(hanging.requestLog().size(), 1); // sent once, not again
    QCOMPARE(run(globalArgs(hanging) + QStringList{u"--timeout"_s, u"0"_s, u"complycube"_s, u"sdk-token"_s})
                 .exitCode,
             2);
}

void TestCliOperations::untrustedCertificateIsATlsFailure()
{
    if (!testUsesTls())
        QSKIP("only in the HTTPS variant");
    QStringList args = globalArgs(m_emulator);
    args.removeAt(args.indexOf(u"--ca-file"_s) + 1);
    args.removeAll(u"--ca-file"_s); // the test CA is trusted only when named
    const CliRun r = run(args + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s,
                                            u"5eb04fcd0f3e360008035eb1"_s, u"--app-id"_s, u"com.a.b"_s});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"tls-error"_s);
    QVERIFY2(r.err.contains(u"could not be verified"_s), qPrintable(r.err));
}

void TestCliOperations::optionsOfAnotherCommandAreRefused()
{
    const CliRun r =
        run(globalArgs(m_emulator) + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s, u"c"_s,
                                                 u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--applicant-id does not apply to 'complycube sdk-token'"_s), qPrintable(r.err));
    const CliRun both =
        run(globalArgs(m_emulator) + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--code"_s, u"a"_s,
                                                 u"--refresh-token"_s, u"r"_s, u"--code-verifier"_s,
                                                 QString(43, u'v')});
    QCOMPARE(both.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliOperations)
#include "tst_cli_operations.moc"
