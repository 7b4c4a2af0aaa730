// No secret leaves memory except to the keychain and the vendor: full sessions with debug logging on
// for every category, the CLI (every operation, a refused one, the history) and the Issuer in this
// process, then every log line, every file the programs could write (home, settings, history with its
// WAL, temporary folder) and the history's own output are searched for the secrets, signatures, codes
// and tokens of the session. Made-up credentials only.
#include "CliRunner.h"
#include "ConsentBrowser.h"
#include "EmulatorProcess.h"
#include "SecretSearch.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kComplyCubeKey = u"test_leak-made-up-api-key"_s;
const QString kWrongSecret = u"leak-made-up-wrong-secret"_s;

} // namespace

class TestNoSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliSessionLeavesNoSecretBehind();
    void issuerSessionLogsNoSecret();
    void runningProgramsKeepNoSecretInTheirEnvironment_data();
    void runningProgramsKeepNoSecretInTheirEnvironment();

private:
    CliRun run(const QStringList &args, const QProcessEnvironment &env = {});
    QStringList globalArgs() const { return {u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s}; }
    // Where any of the secrets (or a 64-hex signature) shows in the text; empty when nowhere.
    QStringList findIn(const QString &where, const QByteArray &text) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    EmulatorProcess m_emulator;
    QStringList m_secrets;
    QStringList m_logs; // every standard error of every process, and what must not show the tokens
};

void TestNoSecretLeaks::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("QT_LOGGING_RULES", "*.debug=true"); // the emulator inherits it too
    QVERIFY(m_emulator.start({u"--complycube-api-key"_s, kComplyCubeKey}));
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &folder : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s, u"tmp"_s})
        QDir(m_home.path()).mkpath(folder);
    m_env.insert(u"HOME"_s, m_home.filePath(u"home"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    m_env.insert(u"TMPDIR"_s, m_home.filePath(u"tmp"_s));
    m_env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    m_env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(EmulatorProcess::kAppToken));
    m_env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(EmulatorProcess::kSecretKey));
    m_env.insert(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s, kComplyCubeKey);
    m_secrets = {QLatin1String(EmulatorProcess::kAppToken), QLatin1String(EmulatorProcess::kSecretKey),
                 kComplyCubeKey, kWrongSecret};
}

CliRun TestNoSecretLeaks::run(const QStringList &args, const QProcessEnvironment &env)
{
    const CliRun r = runCli(args, env.isEmpty() ? m_env : env);
    m_logs.append(r.err);
    return r;
}

QStringList TestNoSecretLeaks::findIn(const QString &where, const QByteArray &text) const
{
    return findSecrets(where, text, m_secrets);
}

void TestNoSecretLeaks::cliSessionLeavesNoSecretBehind()
{
    const CliRun share = run(globalArgs() + QStringList{u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s,
                                                        u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s,
                                                        u"CoolCoinLtd"_s, u"--reason"_s, u"LEAK-1"_s});
    QCOMPARE(share.exitCode, 0);
    m_secrets << share.json().value(u"token"_s).toString();

    const CliRun sdk = run(globalArgs() + QStringList{u"complycube"_s, u"sdk-token"_s, u"--client-id"_s,
                                                      u"5eb04fcd0f3e360008035eb1"_s, u"--referrer"_s,
                                                      u"https://*.example.com/*"_s});
    QCOMPARE(sdk.exitCode, 0);
    m_secrets << sdk.json().value(u"token"_s).toString();

    const CliRun authorize =
        run(globalArgs() + QStringList{u"sumsub"_s, u"id-connect-authorize-url"_s, u"--client-id"_s,
                                       u"emulator-demo-client"_s, u"--redirect-uri"_s,
                                       u"https://partner.example/callback"_s, u"--scope"_s,
                                       u"openid share offline_access"_s});
    QCOMPARE(authorize.exitCode, 0);
    const QString verifier = authorize.json().value(u"codeVerifier"_s).toString();
    const QString redirect = followConsent(QUrl(authorize.json().value(u"url"_s).toString()));
    const QString code = QUrlQuery(QUrl(redirect)).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    m_secrets << verifier << code;
    const CliRun connect =
        run(globalArgs() + QStringList{u"sumsub"_s, u"id-connect-token"_s, u"--redirect-url"_s, redirect,
                                       u"--code-verifier"_s, verifier, u"--state"_s,
                                       authorize.json().value(u"state"_s).toString()});
    QCOMPARE(connect.exitCode, 0);
    const QString access = connect.json().value(u"token"_s).toString();
    QVERIFY(!access.isEmpty());
    m_secrets << access << connect.json().value(u"refreshToken"_s).toString();

    const CliRun idShare =
        run(globalArgs() + QStringList{u"sumsub"_s, u"id-share-token"_s, u"--connect-token"_s, access,
                                       u"--for-client-id"_s, u"CoolCoinLtd"_s});
    QCOMPARE(idShare.exitCode, 0);
    m_secrets << idShare.json().value(u"token"_s).toString();

    QProcessEnvironment wrong = m_env;
    wrong.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, kWrongSecret);
    const CliRun refused =
        run(globalArgs() + QStringList{u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s,
                                       u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s, u"CoolCoinLtd"_s},
            wrong);
    QCOMPARE(refused.exitCode, 4);

    // What the history hands out (to an auditor, a spreadsheet) holds none of it either.
    const CliRun historyJson = run({u"history"_s, u"--json"_s});
    const CliRun historyCsv = run({u"history"_s, u"--csv"_s});
    QCOMPARE(historyJson.exitCode, 0);
    QVERIFY2(historyJson.out.contains("LEAK-1"), historyJson.out.constData()); // the session is in it
    for (const QString &s : std::as_const(m_secrets))
        QVERIFY2(!s.isEmpty(), "a secret of the session was not captured");

    QStringList found;
    allowAuditChainHashes(m_home.path());
    found += findIn(u"the history's JSON"_s, historyJson.out);
    found += findIn(u"the history's CSV"_s, historyCsv.out);
    for (qsizetype i = 0; i < m_logs.size(); ++i)
        found += findIn(u"standard error of CLI run %1"_s.arg(i + 1), m_logs.at(i).toUtf8());
    // All it printed, with every category at debug (Qt's HTTP server's included).
    found += findIn(u"the emulator's standard error"_s, m_emulator.standardError());
    int files = 0;
    found += findSecretsInFiles(m_home.path(), m_secrets, &files);
    QVERIFY2(files > 0, "the session wrote nothing, so nothing was searched"); // the history at least
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestNoSecretLeaks::issuerSessionLogsNoSecret()
{
    QTemporaryDir dir;
    kyc::SqliteHistoryStore history;
    QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)).ok);
    kyc::Transport transport;
    kyc::Credentials credentials;
    credentials.sumsubAppToken = QLatin1String(EmulatorProcess::kAppToken);
    credentials.sumsubSecretKey = QLatin1String(EmulatorProcess::kSecretKey);
    credentials.complyCubeApiKey = kComplyCubeKey;
    kyc::FixedCredentialSource source(credentials);
    kyc::Issuer issuer(&transport, &source);
    issuer.setHistory(&history);

    auto log = std::make_unique<DebugLogCapture>();
    QStringList tokens;
    for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
        kyc::Profile profile;
        profile.name = u"leak test"_s;
        profile.provider = provider;
        profile.baseUrl = m_emulator.baseUrl();
        kyc::TokenRequest request(provider == kyc::Provider::Sumsub ? kyc::Operation::SumsubShareToken
                                                                    : kyc::Operation::ComplyCubeSdkToken);
        if (provider == kyc::Provider::Sumsub) {
            request.set(kyc::Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
            request.set(kyc::Field::ForClientId, u"CoolCoinLtd"_s);
            request.set(kyc::Field::TtlSecs, u"600"_s);
        } else {
            request.set(kyc::Field::ClientId, u"5eb04fcd0f3e360008035eb1"_s);
            request.set(kyc::Field::Referrer, u"https://*.example.com/*"_s);
        }
        kyc::PendingIssue *pending = issuer.issue(profile, request);
        QSignalSpy finished(pending, &kyc::PendingIssue::finished);
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<kyc::Outcome>();
        QVERIFY2(outcome.isIssued(),
                 qPrintable(outcome.isIssued() ? QString() : kyc::Outcome::headline(outcome.failure())));
        tokens << outcome.issued().token;
    }
    const QStringList messages = log->messages();
    log.reset();

    QVERIFY2(messages.size() > 4, "debug logging was not on"); // the Transport and Issuer talk at debug
    m_secrets += tokens;
    allowAuditChainHashes(dir.path());
    QStringList found = findIn(u"this process's log"_s, messages.join(u'\n').toUtf8());
    QFile db(dir.filePath(u"history.sqlite"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    found += findIn(u"the history file"_s, db.readAll());
    QFile wal(dir.filePath(u"history.sqlite-wal"_s));
    if (wal.open(QIODevice::ReadOnly))
        found += findIn(u"the history's WAL"_s, wal.readAll());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestNoSecretLeaks::runningProgramsKeepNoSecretInTheirEnvironment_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("kyc-share, waiting on the provider")
        << QStringLiteral(KYC_CLI_PATH) << QStringList{u"sumsub"_s,          u"share-token"_s,
                                                       u"--applicant-id"_s,  u"63e092c51b7b4030f2e01154"_s,
                                                       u"--for-client-id"_s, u"CoolCoinLtd"_s};
    QTest::newRow("kyc-share-console") << QStringLiteral(KYC_CONSOLE_PATH) << QStringList{};
}

// Secrets given in the environment are taken out of it at start: a child the program starts (xdg-open
// and the browser behind "Open in browser") inherits none, and /proc/PID/environ, which shows the
// environment the process started with, holds none either.
void TestNoSecretLeaks::runningProgramsKeepNoSecretInTheirEnvironment()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    EmulatorProcess hanging;
    QVERIFY(hanging.start({u"--fault"_s, u"hang*0"_s}));
    QProcessEnvironment env = m_env;
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"runtime"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, QStringList{u"--base-url"_s, hanging.baseUrl().toString()} + arguments);
    QVERIFY(process.waitForStarted(10000));
    QFile environ(u"/proc/%1/environ"_s.arg(process.processId()));
    QByteArray seen;
    // Once the program has started (the CLI's request is waiting on the provider, the console paints).
    QTRY_VERIFY_WITH_TIMEOUT(hanging.requestLog().size() == 1 || program == QStringLiteral(KYC_CONSOLE_PATH),
                             10000);
    QTest::qWait(1500);
    QVERIFY(process.state() == QProcess::Running);
    QVERIFY(environ.open(QIODevice::ReadOnly));
    seen = environ.readAll();
    process.kill();
    process.waitForFinished(10000);
    QVERIFY2(seen.contains("XDG_DATA_HOME="), "the environment was not read"); // what else was there is
    const QStringList found = findIn(u"the running program's environment"_s, seen);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestNoSecretLeaks)
#include "tst_nosecretleaks.moc"
