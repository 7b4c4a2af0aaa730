// kyc-share against kyc-share-emulator, two real processes over loopback: success and every error
// the issue lists, as a script would see them (exit status, stdout JSON, stderr message).
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "TestTls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;

// The process environment with exactly these credentials (a null string leaves that variable unset).
QProcessEnvironment credentialsEnv(const QString &appToken = QLatin1String(EmulatorProcess::kAppToken),
                                   const QString &secret = QLatin1String(EmulatorProcess::kSecretKey))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s);
    env.remove(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s);
    if (!appToken.isNull())
        env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, appToken);
    if (!secret.isNull())
        env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, secret);
    return env;
}
} // namespace

class TestCliShareToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void issuesAsJson();
    void issuesAsText();
    void badInputExits2AndSendsNothing_data();
    void badInputExits2AndSendsNothing();
    void missingCredentials();
    void wrongSecretIs4003();
    void wrongAppTokenIs401();
    void clockSkewIs4004();
    void refusedConnection();
    void providerRejectionIs400();
    void unknownApplicantIs404();
    void missingPermissionIs403();

private:
    CliRun run(const QStringList &args, const QProcessEnvironment &env = credentialsEnv());
    QStringList shareArgs(const QUrl &base, const QStringList &fields = {}) const;

    EmulatorProcess m_emulator;
};

void TestCliShareToken::initTestCase()
{
    QVERIFY(m_emulator.start());
    QCOMPARE(m_emulator.baseUrl().scheme(), testUsesTls() ? u"https"_s : u"http"_s);
}

QStringList TestCliShareToken::shareArgs(const QUrl &base, const QStringList &fields) const
{
    QStringList args{u"--base-url"_s, base.toString(), u"--json"_s, u"sumsub"_s, u"share-token"_s};
    if (testUsesTls())
        args = QStringList{u"--ca-file"_s, testTlsFile("ca.pem")} + args;
    args += fields.isEmpty()
                ? QStringList{u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, u"CoolCoinLtd"_s}
                : fields;
    return args;
}

CliRun TestCliShareToken::run(const QStringList &args, const QProcessEnvironment &env)
{
    return runCli(args, env);
}

void TestCliShareToken::versionAndHelp()
{
    const CliRun version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("kyc-share " KYC_VERSION));
    const CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("sumsub share-token"));
    QVERIFY(help.out.contains("Exit status"));
}

void TestCliShareToken::issuesAsJson()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliRun r =
        run(shareArgs(m_emulator.baseUrl(), {u"--applicant-id"_s, kApplicant, u"--for-client-id"_s,
                                             u"CoolCoinLtd"_s, u"--ttl"_s, u"1200"_s}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY2(o.value(u"token"_s).toString().startsWith(u"eyJ"_s), r.out.constData());
    QCOMPARE(o.value(u"forClientId"_s).toString(), u"CoolCoinLtd"_s);
    QCOMPARE(o.value(u"ttlInSecs"_s).toInt(), 1200);
    const QDateTime expires = QDateTime::fromString(o.value(u"expiresAt"_s).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QCOMPARE(expires.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(before.addSecs(1200).secsTo(expires)) <= 5);
    QVERIFY2(m_emulator.requestLog().last().contains(u"-> 200 for "_s),
             qPrintable(m_emulator.requestLog().last()));
    QVERIFY2(!r.err.contains(o.value(u"token"_s).toString()), "the token appears on stdout only");
}

void TestCliShareToken::issuesAsText()
{
    QStringList args = shareArgs(m_emulator.baseUrl());
    args.removeAll(u"--json"_s);
    args += {u"--applicant-id"_s, u"  "_s + kApplicant + u" "_s}; // pasted with spaces: trimmed
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("token:"));
    QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression(u"partner: +CoolCoinLtd\n"_s)));
    QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression(u"ttl: +600 s\n"_s)));
}

void TestCliShareToken::badInputExits2AndSendsNothing_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("short applicant") << QStringList{u"--applicant-id"_s, kApplicant.left(20),
                                                    u"--for-client-id"_s, u"P"_s}
                                     << u"--applicant-id: The applicant ID has 20 characters"_s;
    QTest::newRow("no partner") << QStringList{u"--applicant-id"_s, kApplicant}
                                << u"--for-client-id: Enter the partner"_s;
    QTest::newRow("ttl zero") << QStringList{u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, u"P"_s,
                                             u"--ttl"_s,          u"0"_s}
                              << u"--ttl: The TTL must be between 1 and 2147483647"_s;
    QTest::newRow("unknown option") << QStringList{u"--applicant-idd"_s, kApplicant}
                                    << u"Unknown option 'applicant-idd'"_s;
}

void TestCliShareToken::badInputExits2AndSendsNothing()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun r = run(shareArgs(m_emulator.baseUrl(), fields));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
}

void TestCliShareToken::missingCredentials()
{
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun r = run(shareArgs(m_emulator.baseUrl()), credentialsEnv(QString(), QString()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"KYC_SHARE_SUMSUB_APP_TOKEN and KYC_SHARE_SUMSUB_SECRET_KEY"_s),
             qPrintable(r.err));
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"missing-credentials"_s);
    QCOMPARE(m_emulator.requestLog().size(), before);
}

void TestCliShareToken::wrongSecretIs4003()
{
    const CliRun r =
        run(shareArgs(m_emulator.baseUrl()),
            credentialsEnv(QLatin1String(EmulatorProcess::kAppToken), u"made-up-wrong-secret"_s));
    QCOMPARE(r.exitCode, 4);
    const QJsonObject e = r.json().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"httpStatus"_s).toInt(), 401);
    QCOMPARE(e.value(u"code"_s).toInt(), 4003);
    QCOMPARE(e.value(u"name"_s).toString(), u"app-token-signature mismatch"_s);
    QCOMPARE(e.value(u"description"_s).toString(), u"Request signature mismatch"_s);
    QVERIFY(!e.value(u"correlationId"_s).toString().isEmpty());
    QVERIFY2(r.err.contains(u"secret key does not match the app token"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(e.value(u"correlationId"_s).toString()));
    QVERIFY2(!r.err.contains(u"made-up-wrong-secret"_s) && !r.out.contains("made-up-wrong-secret"),
             "the secret never appears in output");
}

void TestCliShareToken::wrongAppTokenIs401()
{
    const CliRun r =
        run(shareArgs(m_emulator.baseUrl()),
            credentialsEnv(u"sbx:made-up-other-token"_s, QLatin1String(EmulatorProcess::kSecretKey)));
    QCOMPARE(r.exitCode, 4);
    const QJsonObject e = r.json().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"httpStatus"_s).toInt(), 401);
    QCOMPARE(e.value(u"kind"_s).toString(), u"authentication"_s);
}

void TestCliShareToken::clockSkewIs4004()
{
    EmulatorProcess skewed; // its clock runs an hour ahead of this computer's
    QVERIFY(skewed.start({u"--clock-offset"_s, u"3600"_s}));
    const CliRun r = run(shareArgs(skewed.baseUrl()));
    QCOMPARE(r.exitCode, 4);
    const QJsonObject e = r.json().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"code"_s).toInt(), 4004);
    QCOMPARE(e.value(u"name"_s).toString(), u"app-token-request-expired"_s);
    QVERIFY(qAbs(e.value(u"clockSkewSecs"_s).toInteger() - 3600) <= 2);
    // The emulator's clock is ahead, so this computer's is behind, by an hour give or take a second.
    QVERIFY2(r.err.contains(
                 QRegularExpression(u"clock is (3599|3600|3601) s \\(about 60 min\\) behind the server's"_s)),
             qPrintable(r.err));
}

void TestCliShareToken::refusedConnection()
{
    const CliRun r = run(shareArgs(QUrl(u"http://127.0.0.1:1"_s)));
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"connection-refused"_s);
}

void TestCliShareToken::providerRejectionIs400()
{
    // Input the CLI accepts but the provider refuses, played by the emulator's fault injection.
    EmulatorProcess rejecting;
    QVERIFY(rejecting.start({u"--fault"_s, u"status:400@/resources/accessTokens/shareToken"_s}));
    const CliRun r = run(shareArgs(rejecting.baseUrl()));
    QCOMPARE(r.exitCode, 3);
    const QJsonObject e = r.json().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"httpStatus"_s).toInt(), 400);
    QCOMPARE(e.value(u"kind"_s).toString(), u"rejected"_s);
    QVERIFY(!e.value(u"correlationId"_s).toString().isEmpty());
    QVERIFY2(r.err.contains(u"The provider refused the request."_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"HTTP 400"_s));
}

void TestCliShareToken::unknownApplicantIs404()
{
    const CliRun r = run(shareArgs(m_emulator.baseUrl(), {u"--applicant-id"_s, u"0123456789abcdef01234567"_s,
                                                          u"--for-client-id"_s, u"CoolCoinLtd"_s}));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"not-found"_s);
    QVERIFY2(r.err.contains(u"sandbox and production data are separate"_s), qPrintable(r.err));
}

void TestCliShareToken::missingPermissionIs403()
{
    // The built-in state's second account lacks the "Share applicants data" permission.
    const CliRun r = run(shareArgs(m_emulator.baseUrl()), credentialsEnv(u"sbx:emulator-no-share-app-token"_s,
                                                                         u"emulator-no-share-secret-key"_s));
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"httpStatus"_s).toInt(), 403);
    QVERIFY2(r.err.contains(u"\"Share applicants data\" permission"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliShareToken)
#include "tst_cli_sharetoken.moc"
