// Profiles from the command line with the real keychain (the private gnome-keyring of scripts/test):
// a whole session of adding, issuing, editing and removing, after which no secret and no token is
// found in any file the program could have written, nor in its messages.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

namespace {
// The emulator process accepts these (EmulatorProcess gives them to its first account).
const QString kSumsubToken = QLatin1String(EmulatorProcess::kAppToken);
const QString kSumsubSecret = QLatin1String(EmulatorProcess::kSecretKey);
const QString kComplyCubeKey = u"test_profile-test-made-up-key"_s;
} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wholeSessionLeavesNoSecretBehind();
    void secretsNeverComeFromArguments();
    void withoutAKeychainNothingIsSaved();
    void missingKeychainEntryIsSaid();
    void profileOfTheOtherProviderIsRefused();
    void testConnectionAndTheClock();
    void historyKeepsEveryAttempt();

private:
    CliRun run(const QStringList &args, const QByteArray &stdinData = {},
               const QProcessEnvironment &extra = {});
    QString readKeychain(const QString &key);
    // expectFiles: the session wrote settings, so the folders must hold something to search.
    void scanForLeaks(const QStringList &needles, bool expectFiles = true);

    EmulatorProcess m_emulator;
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_messages; // everything the CLI said on standard error
    QStringList m_stdout;
};

void TestCliProfiles::initTestCase()
{
    QVERIFY(m_emulator.start({u"--complycube-api-key"_s, kComplyCubeKey}));
}

void TestCliProfiles::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_messages.clear();
    m_stdout.clear();
}

CliRun TestCliProfiles::run(const QStringList &args, const QByteArray &stdinData,
                            const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"KYC_SHARE_SUMSUB_APP_TOKEN", "KYC_SHARE_SUMSUB_SECRET_KEY", "KYC_SHARE_COMPLYCUBE_API_KEY"})
        env.remove(QLatin1String(v));
    // The CLI's own folders, to be searched afterwards. The keychain stays the session's.
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    CliRun r = runCli(args, env, stdinData);
    m_messages.append(r.err);
    m_stdout.append(QString::fromUtf8(r.out));
    return r;
}

QString TestCliProfiles::readKeychain(const QString &key)
{
    KeychainSecretStore store;
    std::optional<SecretResult> result;
    store.read(key, [&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return u"<no answer>"_s;
    return result->error == SecretError::NotFound ? QString() : result->value.value_or(u"<error>"_s);
}

void TestCliProfiles::scanForLeaks(const QStringList &needles, bool expectFiles)
{
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray contents = f.readAll();
        ++files;
        for (const QString &needle : needles)
            QVERIFY2(!contents.contains(needle.toUtf8()),
                     qPrintable(u"%1 holds a secret or token"_s.arg(f.fileName())));
    }
    QVERIFY2(files > 0 || !expectFiles, "the settings were written somewhere else than the test's folders");
    for (const QString &message : std::as_const(m_messages)) {
        for (const QString &needle : needles)
            QVERIFY2(!message.contains(needle), qPrintable(message));
    }
}

void TestCliProfiles::wholeSessionLeavesNoSecretBehind()
{
    const QString base = m_emulator.baseUrl().toString();
    const QString ca = QStringLiteral(KYC_TEST_DATA_DIR "/tls/ca.pem");
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"Sumsub test"_s, u"--provider"_s, u"sumsub"_s,
                  u"--base-url"_s, base, u"--ca-file"_s, ca, u"--secret-stdin"_s},
                 (kSumsubToken + u'\n' + u"wrong-secret-first"_s + u'\n').toUtf8())
                 .exitCode,
             0);
    QVERIFY(m_messages.last().contains(u"sandbox, from the key's prefix"_s));
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"ComplyCube test"_s, u"--provider"_s, u"complycube"_s,
                  u"--base-url"_s, base, u"--ca-file"_s, ca, u"--environment"_s, u"production"_s,
                  u"--secret-stdin"_s},
                 (kComplyCubeKey + u"\r\n"_s).toUtf8())
                 .exitCode,
             0);

    const CliRun list = run({u"--json"_s, u"profile"_s, u"list"_s});
    const QJsonArray profiles = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).toObject().value(u"environment"_s).toString(), u"production"_s);
    const QJsonArray entries = profiles.at(1).toObject().value(u"keychainEntries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(readKeychain(entries.at(0).toString()), kSumsubToken); // really in the keychain

    const QStringList share{u"--json"_s,
                            u"--profile"_s,
                            u"Sumsub test"_s,
                            u"sumsub"_s,
                            u"share-token"_s,
                            u"--applicant-id"_s,
                            u"63e092c51b7b4030f2e01154"_s,
                            u"--for-client-id"_s,
                            u"CoolCoinLtd"_s};
    const CliRun wrong = run(share);
    QCOMPARE(wrong.exitCode, 4); // the secret typed first was wrong: 4003
    QCOMPARE(run({u"profile"_s, u"edit"_s, u"Sumsub test"_s, u"--secret-stdin"_s},
                 (kSumsubToken + u'\n' + kSumsubSecret + u'\n').toUtf8())
                 .exitCode,
             0);
    QCOMPARE(readKeychain(entries.at(1).toString()), kSumsubSecret); // overwritten
    const CliRun issued = run(share);
    QCOMPARE(issued.exitCode, 0);
    const QString shareToken = issued.json().value(u"token"_s).toString();
    const CliRun mislabelled =
        run({u"--json"_s, u"--profile"_s, u"ComplyCube test"_s, u"complycube"_s, u"sdk-token"_s,
             u"--client-id"_s, u"5eb04fcd0f3e360008035eb1"_s, u"--app-id"_s, u"com.a.b"_s});
    // Labelled production, but its key is a test_ one: refused before anything is sent.
    QCOMPARE(mislabelled.exitCode, 2);
    QVERIFY2(mislabelled.err.contains(u"labelled production, but its API key is a sandbox key"_s),
             qPrintable(mislabelled.err));
    QCOMPARE(mislabelled.json()[u"error"_s][u"kind"_s].toString(), u"environment-mismatch"_s);
    QCOMPARE(run({u"profile"_s, u"edit"_s, u"ComplyCube test"_s, u"--environment"_s, u"sandbox"_s}).exitCode,
             0);
    const CliRun sdk =
        run({u"--json"_s, u"--profile"_s, u"ComplyCube test"_s, u"complycube"_s, u"sdk-token"_s,
             u"--client-id"_s, u"5eb04fcd0f3e360008035eb1"_s, u"--app-id"_s, u"com.a.b"_s});
    QCOMPARE(sdk.exitCode, 0);
    const QString sdkToken = sdk.json().value(u"token"_s).toString();

    // The environment overrides a profile's secrets, and says so.
    QProcessEnvironment override;
    override.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, kSumsubToken);
    override.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, u"env-made-up-wrong"_s);
    const CliRun overridden = run(share, {}, override);
    QCOMPARE(overridden.exitCode, 4);
    QVERIFY(overridden.err.contains(u"credentials in the environment instead of the profile's"_s));

    QCOMPARE(run({u"profile"_s, u"edit"_s, u"Sumsub test"_s, u"--name"_s, u"Sumsub renamed"_s}).exitCode, 0);
    QCOMPARE(run({u"--profile"_s, u"Sumsub renamed"_s, u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s,
                  u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s, u"P"_s})
                 .exitCode,
             0); // a rename keeps the secrets
    QCOMPARE(run({u"profile"_s, u"remove"_s, u"Sumsub renamed"_s}).exitCode, 0);
    QCOMPARE(run({u"profile"_s, u"remove"_s, u"ComplyCube test"_s}).exitCode, 0);
    QCOMPARE(readKeychain(entries.at(0).toString()), QString()); // removing a profile deletes its secrets
    QCOMPARE(readKeychain(entries.at(1).toString()), QString());
    QCOMPARE(QJsonDocument::fromJson(run({u"--json"_s, u"profile"_s, u"list"_s}).out).array().size(), 0);

    scanForLeaks(
        {kSumsubToken, kSumsubSecret, kComplyCubeKey, u"wrong-secret-first"_s, shareToken, sdkToken});
    for (const QString &out : std::as_const(m_stdout)) { // tokens are the product; secrets never are
        for (const QString &secret : {kSumsubToken, kSumsubSecret, kComplyCubeKey})
            QVERIFY(!out.contains(secret));
    }
}

void TestCliProfiles::secretsNeverComeFromArguments()
{
    const CliRun r = run({u"profile"_s, u"add"_s, u"--name"_s, u"X"_s, u"--provider"_s, u"sumsub"_s});
    QCOMPARE(r.exitCode, 2); // standard input is not a terminal here
    QVERIFY2(r.err.contains(u"--secret-stdin"_s), qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(run({u"--json"_s, u"profile"_s, u"list"_s}).out).array().isEmpty());
    const CliRun short_ =
        run({u"profile"_s, u"add"_s, u"--name"_s, u"X"_s, u"--provider"_s, u"sumsub"_s, u"--secret-stdin"_s},
            "sbx:only-the-token\n");
    QCOMPARE(short_.exitCode, 2);
    QVERIFY(short_.err.contains(u"No secret key was given"_s));
    QVERIFY(QJsonDocument::fromJson(run({u"--json"_s, u"profile"_s, u"list"_s}).out).array().isEmpty());
}

void TestCliProfiles::withoutAKeychainNothingIsSaved()
{
    QProcessEnvironment noBus;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const CliRun r = run({u"profile"_s, u"add"_s, u"--name"_s, u"Nowhere"_s, u"--provider"_s, u"sumsub"_s,
                          u"--secret-stdin"_s},
                         (kSumsubToken + u'\n' + kSumsubSecret + u'\n').toUtf8(), noBus);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"No OS keychain is available"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"never written to a file"_s));
    QVERIFY(QJsonDocument::fromJson(run({u"--json"_s, u"profile"_s, u"list"_s}).out).array().isEmpty());
    scanForLeaks({kSumsubToken, kSumsubSecret}, false);
}

void TestCliProfiles::missingKeychainEntryIsSaid()
{
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"Half"_s, u"--provider"_s, u"sumsub"_s,
                  u"--base-url"_s, m_emulator.baseUrl().toString(), u"--secret-stdin"_s},
                 (kSumsubToken + u'\n' + kSumsubSecret + u'\n').toUtf8())
                 .exitCode,
             0);
    const QJsonObject shown = run({u"--json"_s, u"profile"_s, u"show"_s, u"Half"_s}).json();
    const QString secretEntry = shown.value(u"keychainEntries"_s).toArray().at(1).toString();
    KeychainSecretStore store;
    bool removed = false;
    store.remove(secretEntry, [&removed](const SecretResult &) { removed = true; });
    QTRY_VERIFY(removed);
    const QStringList before = m_emulator.requestLog();
    const CliRun r = run({u"--json"_s, u"--profile"_s, u"Half"_s, u"sumsub"_s, u"share-token"_s,
                          u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s, u"P"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"missing-credentials"_s);
    QVERIFY2(r.err.contains(u"The profile \"Half\" has no secret key"_s), qPrintable(r.err));
    QCOMPARE(m_emulator.requestLog().size(), before.size());
    run({u"profile"_s, u"remove"_s, u"Half"_s});
}

void TestCliProfiles::profileOfTheOtherProviderIsRefused()
{
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"CC"_s, u"--provider"_s, u"complycube"_s,
                  u"--secret-stdin"_s},
                 (kComplyCubeKey + u'\n').toUtf8())
                 .exitCode,
             0);
    const CliRun r = run({u"--profile"_s, u"CC"_s, u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s,
                          u"63e092c51b7b4030f2e01154"_s, u"--for-client-id"_s, u"P"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"is a ComplyCube account"_s), qPrintable(r.err));
    QCOMPARE(run({u"profile"_s, u"remove"_s, u"CC"_s}).exitCode, 0);
}

void TestCliProfiles::testConnectionAndTheClock()
{
    EmulatorProcess ahead; // its clock 30 s ahead: within Sumsub's 60 s, but worth saying
    QVERIFY(ahead.start({u"--clock-offset"_s, u"30"_s, u"--complycube-api-key"_s, kComplyCubeKey}));
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"S"_s, u"--provider"_s, u"sumsub"_s, u"--base-url"_s,
                  ahead.baseUrl().toString(), u"--secret-stdin"_s},
                 (kSumsubToken + u'\n' + kSumsubSecret + u'\n').toUtf8())
                 .exitCode,
             0);
    const CliRun ok = run({u"profile"_s, u"test"_s, u"S"_s});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("the credentials work"), ok.out.constData());
    QVERIFY2(QString::fromUtf8(ok.out).contains(QRegularExpression(u"clock is (29|30|31) s behind"_s)),
             ok.out.constData());
    QVERIFY(ahead.requestLog().last().startsWith(u"GET /resources/applicants/-/levels -> 200"_s));

    QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"C"_s, u"--provider"_s, u"complycube"_s,
                  u"--base-url"_s, ahead.baseUrl().toString(), u"--secret-stdin"_s},
                 (u"test_made-up-not-accepted\n"_s).toUtf8())
                 .exitCode,
             0);
    const CliRun refused = run({u"--json"_s, u"profile"_s, u"test"_s, u"C"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"authentication"_s);
    run({u"profile"_s, u"remove"_s, u"S"_s});
    run({u"profile"_s, u"remove"_s, u"C"_s});
}

void TestCliProfiles::historyKeepsEveryAttempt()
{
    QProcessEnvironment env;
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, kSumsubToken);
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, kSumsubSecret);
    const QStringList share{
        u"--json"_s,      u"--base-url"_s,     m_emulator.baseUrl().toString(), u"sumsub"_s,
        u"share-token"_s, u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,   u"--for-client-id"_s,
        u"CoolCoinLtd"_s};
    const CliRun issued = run(share + QStringList{u"--reason"_s, u"TICKET-42"_s}, {}, env);
    QCOMPARE(issued.exitCode, 0);
    const QString token = issued.json().value(u"token"_s).toString();
    QProcessEnvironment wrong = env;
    wrong.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, u"made-up-wrong"_s);
    QCOMPARE(run(share, {}, wrong).exitCode, 4);
    QCOMPARE(run(QStringList{u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s, u"bad"_s,
                             u"--for-client-id"_s, u"P"_s},
                 {}, env)
                 .exitCode,
             2); // bad input is an attempt too: recorded, never sent

    const CliRun history = run({u"--json"_s, u"history"_s});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"failureKind"_s).toString(), u"invalid-input"_s);
    QCOMPARE(rows.at(1).toObject().value(u"providerCode"_s).toString(), u"4003"_s);
    QVERIFY(!rows.at(1).toObject().value(u"correlationId"_s).toString().isEmpty());
    const QJsonObject ok = rows.at(2).toObject();
    QCOMPARE(ok.value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(ok.value(u"subject"_s).toString(), u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(ok.value(u"partner"_s).toString(), u"CoolCoinLtd"_s);
    QCOMPARE(ok.value(u"reason"_s).toString(), u"TICKET-42"_s);
    QCOMPARE(ok.value(u"tokenFingerprint"_s).toString().size(), 12);
    QVERIFY(!ok.value(u"operator"_s).toString().isEmpty());

    QCOMPARE(
        QJsonDocument::fromJson(run({u"--json"_s, u"history"_s, u"--outcome"_s, u"ok"_s}).out).array().size(),
        1);
    QCOMPARE(QJsonDocument::fromJson(run({u"--json"_s, u"history"_s, u"--partner"_s, u"Nobody"_s}).out)
                 .array()
                 .size(),
             0);
    const auto count = [this](const QStringList &args) {
        return QJsonDocument::fromJson(run(QStringList{u"--json"_s, u"history"_s} + args).out).array().size();
    };
    QCOMPARE(count({u"--find"_s, u"ticket-4"_s}), 1); // any case, any part
    QCOMPARE(count({u"--operation"_s, u"sumsub-share-token"_s}), 3);
    QCOMPARE(count({u"--operation"_s, u"complycube-sdk-token"_s}), 0);
    const CliRun badOperation = run({u"history"_s, u"--operation"_s, u"share"_s});
    QCOMPARE(badOperation.exitCode, 2);
    QVERIFY2(badOperation.err.contains(u"sumsub-share-token"_s), qPrintable(badOperation.err));
    const CliRun csv = run({u"history"_s, u"--csv"_s, u"--limit"_s, u"1"_s});
    QVERIFY(csv.out.startsWith("time,operator,"));
    QCOMPARE(csv.out.count("\r\n"), 2);
    QCOMPARE(run({u"history"_s, u"--since"_s, u"yesterday"_s}).exitCode, 2);
    scanForLeaks({kSumsubSecret, token, u"made-up-wrong"_s});
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
