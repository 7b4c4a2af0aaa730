// Profiles: their fields in a real QSettings file, their secrets through a SecretStore that can fail
// in each way the OS keychain fails.
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/credentials/RoutingCredentialSource.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/RefreshTokenVault.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace kyc;

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveFindRenameRemove();
    void checks_data();
    void checks();
    void secretKeysAreNamespacedPerProfile();
    void credentialsFromTheStore();
    void refreshTokensAreKeptPerProfile();
    void theCommandLinePrefersCompleteEnvironmentCredentials();
    void credentialsFailures_data();
    void credentialsFailures();
    void partnerBook();
    void partnerRulesAreKeptAndApplied();
    void environmentOfKey_data();
    void environmentOfKey();
    void labelMustAgreeWithKey_data();
    void labelMustAgreeWithKey();
    void settingsArePrivateUnderUmask022();

private:
    CredentialsResult fetch(CredentialSource &source, const Profile &profile);
    Profile sumsubProfile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
}

Profile TestProfiles::sumsubProfile() const
{
    Profile p;
    p.name = u"Sumsub sandbox"_s;
    p.provider = Provider::Sumsub;
    p.baseUrl = Profile::defaultBaseUrl(Provider::Sumsub);
    return p;
}

CredentialsResult TestProfiles::fetch(CredentialSource &source, const Profile &profile)
{
    std::optional<CredentialsResult> result;
    source.fetch(profile, [&result](CredentialsResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return {std::nullopt, u"no answer"_s};
    return *result;
}

void TestProfiles::saveFindRenameRemove()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.profiles().isEmpty());
    Profile saved = store.save(sumsubProfile());
    QVERIFY(!saved.id.isEmpty());
    Profile cc;
    cc.name = u"ComplyCube live"_s;
    cc.provider = Provider::ComplyCube;
    cc.environment = Environment::Production;
    cc.baseUrl = Profile::defaultBaseUrl(Provider::ComplyCube);
    cc.timeoutMs = 15000;
    cc = store.save(cc);

    // A second store over the same file sees what the first wrote (the CLI and the console share it).
    QSettings again(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    ProfileStore reader(&again);
    QCOMPARE(reader.profiles().size(), 2);
    QCOMPARE(reader.profiles().first().name, u"ComplyCube live"_s); // by name
    const std::optional<Profile> found = reader.find(u"ComplyCube live"_s);
    QVERIFY(found);
    QCOMPARE(found->provider, Provider::ComplyCube);
    QCOMPARE(found->environment, Environment::Production);
    QCOMPARE(found->timeoutMs, 15000);

    saved.name = u"Sumsub renamed"_s;
    store.save(saved);
    QCOMPARE(store.find(u"Sumsub renamed"_s)->id, saved.id); // the keychain entries follow the id
    QVERIFY(!store.find(u"Sumsub sandbox"_s));
    store.remove(saved.id);
    QCOMPARE(store.profiles().size(), 1);

    QFile file(m_dir->filePath(u"settings.conf"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains("secret") && !contents.contains("token"));
}

void TestProfiles::checks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("fine") << u"New"_s << u"https://api.sumsub.com"_s << QString() << 30000 << QString();
    QTest::newRow("no name") << u" "_s << u"https://api.sumsub.com"_s << QString() << 30000
                             << u"Give the profile a name"_s;
    QTest::newRow("name taken") << u"Taken"_s << u"https://api.sumsub.com"_s << QString() << 30000
                                << u"already exists"_s;
    QTest::newRow("plain http") << u"New"_s << u"http://api.sumsub.com"_s << QString() << 30000
                                << u"Plain http://"_s;
    QTest::newRow("loopback http") << u"New"_s << u"http://127.0.0.1:8080"_s << QString() << 30000
                                   << QString();
    QTest::newRow("CA unreadable") << u"New"_s << u"https://api.sumsub.com"_s << u"/nonexistent.pem"_s
                                   << 30000 << u"cannot be read"_s;
    QTest::newRow("CA fine") << u"New"_s << u"https://api.sumsub.com"_s
                             << QStringLiteral(KYC_TEST_DATA_DIR "/tls/ca.pem") << 30000 << QString();
    QTest::newRow("timeout 0") << u"New"_s << u"https://api.sumsub.com"_s << QString() << 0 << u"timeout"_s;
}

void TestProfiles::checks()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, caFile);
    QFETCH(int, timeoutMs);
    QFETCH(QString, messagePart);
    ProfileStore store(m_settings.get());
    Profile taken = sumsubProfile();
    taken.name = u"Taken"_s;
    store.save(taken);
    Profile p = sumsubProfile();
    p.name = name;
    p.baseUrl = QUrl(baseUrl);
    p.caFile = caFile;
    p.timeoutMs = timeoutMs;
    const QString problem = store.check(p);
    if (messagePart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(messagePart), qPrintable(problem));
}

void TestProfiles::secretKeysAreNamespacedPerProfile()
{
    Profile a = sumsubProfile();
    a.id = u"id-a"_s;
    Profile b = a;
    b.id = u"id-b"_s;
    QCOMPARE(a.secretKey(Secret::SumsubSecretKey), u"profiles/id-a/sumsub-secret-key"_s);
    QVERIFY(a.secretKey(Secret::SumsubSecretKey) != b.secretKey(Secret::SumsubSecretKey));
    QVERIFY(a.secretKey(Secret::SumsubAppToken) != a.secretKey(Secret::SumsubSecretKey));
}

void TestProfiles::credentialsFromTheStore()
{
    MemorySecretStore secrets;
    KeychainCredentialSource source(&secrets);
    Profile p = sumsubProfile();
    p.id = u"p1"_s;
    secrets.write(p.secretKey(Secret::SumsubAppToken), u" sbx:made-up-token \n"_s,
                  [](const SecretResult &) {});
    secrets.write(p.secretKey(Secret::SumsubSecretKey), u"made-up-secret"_s, [](const SecretResult &) {});
    const CredentialsResult r = fetch(source, p);
    QVERIFY2(r.credentials.has_value(), qPrintable(r.problem));
    QCOMPARE(r.credentials->sumsubAppToken,
             u"sbx:made-up-token"_s); // pasted whitespace does not reach the signer
    QCOMPARE(r.credentials->sumsubSecretKey, u"made-up-secret"_s);
}

// A Sumsub ID refresh token and its verifier, kept together per profile in the secret store; the
// environment's account (no profile id) keeps nothing.
void TestProfiles::refreshTokensAreKeptPerProfile()
{
    MemorySecretStore secrets;
    RefreshTokenVault vault(&secrets);
    Profile a = sumsubProfile();
    a.id = u"a"_s;
    Profile b = sumsubProfile();
    b.id = u"b"_s;
    bool kept = false;
    vault.keep(a, {u"made-up-refresh"_s, u"made-up-verifier"_s},
               [&kept](const SecretResult &r) { kept = r.error == SecretError::None; });
    QVERIFY(kept);
    std::optional<RefreshTokenVault::Entry> found;
    vault.find(a, [&found](std::optional<RefreshTokenVault::Entry> e) { found = e; });
    QVERIFY(found);
    QCOMPARE(found->refreshToken, u"made-up-refresh"_s);
    QCOMPARE(found->codeVerifier, u"made-up-verifier"_s);
    bool none = false;
    vault.find(b, [&none](std::optional<RefreshTokenVault::Entry> e) { none = !e; });
    QVERIFY(none);
    const Profile environment = sumsubProfile(); // no id: the environment's account
    QVERIFY(!vault.canKeep(environment));
    vault.keep(environment, {u"made-up-refresh"_s, {}}, [](const SecretResult &) {});
    none = false;
    vault.find(environment, [&none](std::optional<RefreshTokenVault::Entry> e) { none = !e; });
    QVERIFY(none);
}

// The console routes by profile; the command line lets complete credentials in the environment override a
// stored profile's, and only complete ones.
void TestProfiles::theCommandLinePrefersCompleteEnvironmentCredentials()
{
    Credentials stored;
    stored.sumsubAppToken = u"sbx:made-up-stored"_s;
    stored.sumsubSecretKey = u"made-up-stored-secret"_s;
    FixedCredentialSource keychain(stored);
    EnvironmentCredentialSource environment;
    Profile p = sumsubProfile();
    p.id = u"p1"_s;
    const auto appTokenFrom = [this, &p](CredentialSource &source) {
        const CredentialsResult r = fetch(source, p);
        return r.credentials ? r.credentials->sumsubAppToken : QString();
    };
    qputenv(EnvironmentCredentialSource::kSumsubAppToken, "sbx:made-up-environment");
    qunsetenv(EnvironmentCredentialSource::kSumsubSecretKey);
    RoutingCredentialSource console(&keychain, &environment);
    RoutingCredentialSource commandLine(&keychain, &environment,
                                        RoutingCredentialSource::Rule::EnvironmentFirst);
    // Incomplete in the environment: the profile's, for both.
    QVERIFY(!commandLine.overridesProfile(p));
    QCOMPARE(appTokenFrom(commandLine), u"sbx:made-up-stored"_s);
    qputenv(EnvironmentCredentialSource::kSumsubSecretKey, "made-up-environment-secret");
    QVERIFY(commandLine.overridesProfile(p));
    QCOMPARE(appTokenFrom(commandLine), u"sbx:made-up-environment"_s);
    QVERIFY(!console.overridesProfile(p));
    QCOMPARE(appTokenFrom(console), u"sbx:made-up-stored"_s);
    qunsetenv(EnvironmentCredentialSource::kSumsubAppToken);
    qunsetenv(EnvironmentCredentialSource::kSumsubSecretKey);
}

void TestProfiles::credentialsFailures_data()
{
    QTest::addColumn<SecretError>("failure");
    QTest::addColumn<bool>("secretsStored");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("entry missing") << SecretError::None << false << u"has no app token"_s;
    QTest::newRow("no keychain") << SecretError::NoKeychain << true << u"No OS keychain is available"_s;
    QTest::newRow("locked") << SecretError::AccessDenied << true << u"may be locked"_s;
    QTest::newRow("other") << SecretError::Other << true << u"could not be read"_s;
}

void TestProfiles::credentialsFailures()
{
    QFETCH(SecretError, failure);
    QFETCH(bool, secretsStored);
    QFETCH(QString, messagePart);
    MemorySecretStore secrets;
    Profile p = sumsubProfile();
    p.id = u"p1"_s;
    if (secretsStored) {
        secrets.write(p.secretKey(Secret::SumsubAppToken), u"t"_s, [](const SecretResult &) {});
        secrets.write(p.secretKey(Secret::SumsubSecretKey), u"s"_s, [](const SecretResult &) {});
    }
    secrets.setFailure(failure);
    KeychainCredentialSource source(&secrets);
    const CredentialsResult r = fetch(source, p);
    QVERIFY(!r.credentials);
    QVERIFY2(r.problem.contains(messagePart), qPrintable(r.problem));
    QVERIFY(r.problem.contains(u"Sumsub sandbox"_s)); // says which profile
}

void TestProfiles::partnerBook()
{
    PartnerBook book(m_settings.get());
    QCOMPARE(book.save({Provider::Sumsub, u"  CoolCoin Ltd "_s, u"CoolCoinLtd"_s, {}}), QString());
    QCOMPARE(book.save({Provider::Sumsub, u"Acme"_s, u"AcmeKYC"_s, {}}), QString());
    QCOMPARE(book.save({Provider::ComplyCube, u"Acme web"_s, u"https://*.acme.example/*"_s, {}}), QString());
    QVERIFY(book.save({Provider::Sumsub, QString(), u"Nameless"_s, {}}).contains(u"name"_s));
    QVERIFY(book.save({Provider::Sumsub, u"No ID"_s, u" "_s, {}}).contains(u"ID"_s));

    // Sorted by name, per provider, and read back from the file by another book.
    PartnerBook again(m_settings.get());
    const QList<Partner> sumsub = again.partners(Provider::Sumsub);
    QCOMPARE(sumsub.size(), 2);
    QCOMPARE(sumsub.first().name, u"Acme"_s);
    QCOMPARE(sumsub.last(), (Partner{Provider::Sumsub, u"CoolCoin Ltd"_s, u"CoolCoinLtd"_s, {}}));
    QCOMPARE(again.nameFor(Provider::ComplyCube, u"https://*.acme.example/*"_s), u"Acme web"_s);
    QCOMPARE(again.nameFor(Provider::ComplyCube, u"CoolCoinLtd"_s), QString()); // per provider

    // Saving an ID again renames it; removing takes it away.
    QCOMPARE(again.save({Provider::Sumsub, u"CoolCoin"_s, u"CoolCoinLtd"_s, {}}), QString());
    QCOMPARE(again.partners(Provider::Sumsub).size(), 2);
    QCOMPARE(again.nameFor(Provider::Sumsub, u"CoolCoinLtd"_s), u"CoolCoin"_s);
    again.remove(Provider::Sumsub, u"AcmeKYC"_s);
    QCOMPARE(again.partners(Provider::Sumsub).size(), 1);
    QCOMPARE(again.partners(Provider::ComplyCube).size(), 1);
}

void TestProfiles::partnerRulesAreKeptAndApplied()
{
    using namespace std::chrono_literals;
    PartnerBook book(m_settings.get());
    QCOMPARE(book.save({Provider::Sumsub, u"CoolCoin Ltd"_s, u"CoolCoinLtd"_s, {}}), QString());
    PartnerRules rules;
    rules.operations = {Operation::SumsubShareToken};
    rules.maxTtlSecs = 1200;
    rules.levelName = u"basic-kyc-level"_s;
    rules.note = u"Ask for Anna"_s;
    QCOMPARE(book.setRules(Provider::Sumsub, u"CoolCoinLtd"_s, rules), QString());
    // Refused: a partner not in the book, an operation of another provider, a negative cap.
    QVERIFY(book.setRules(Provider::Sumsub, u"Unknown"_s, rules).contains(u"Unknown"_s));
    PartnerRules foreign = rules;
    foreign.operations = {Operation::ComplyCubeSdkToken};
    QVERIFY(book.setRules(Provider::Sumsub, u"CoolCoinLtd"_s, foreign).contains(u"complycube-sdk-token"_s));
    QVERIFY(book.save({Provider::Sumsub, u"Other"_s, u"OtherLtd"_s, foreign})
                .contains(u"complycube-sdk-token"_s));
    QVERIFY(!book.find(Provider::Sumsub, u"OtherLtd"_s));

    // Kept in the settings, and through a rename from the address book's save.
    QCOMPARE(book.save({Provider::Sumsub, u"CoolCoin"_s, u"CoolCoinLtd"_s, {}}), QString());
    const std::optional<Partner> read =
        PartnerBook(m_settings.get()).find(Provider::Sumsub, u"CoolCoinLtd"_s);
    QVERIFY(read);
    QCOMPARE(read->name, u"CoolCoin"_s);
    QCOMPARE(read->rules, rules);

    // Applied to the request it is for: a TTL over the cap, on the TTL, naming the partner and the cap.
    const CheckedRequest tooLong(ShareTokenParams{u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, 3600s},
                                 {});
    const std::optional<Partner> partner = book.partnerFor(tooLong);
    QVERIFY(partner);
    const std::optional<FieldError> refusal = partner->refusal(tooLong);
    QVERIFY(refusal);
    QCOMPARE(refusal->field, Field::TtlSecs);
    QVERIFY2(refusal->message.contains(u"CoolCoin (CoolCoinLtd)"_s) && refusal->message.contains(u"1200 s"_s),
             qPrintable(refusal->message));
    QVERIFY(!partner->refusal(
        CheckedRequest(ShareTokenParams{u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, 1200s}, {})));
    // An operation it does not take, on the partner's field.
    const CheckedRequest idShare(IdShareTokenParams{u"snd-id-con-a-x"_s, u"CoolCoinLtd"_s, 600s}, {});
    const std::optional<FieldError> notTaken = book.partnerFor(idShare)->refusal(idShare);
    QVERIFY(notTaken);
    QCOMPARE(notTaken->field, Field::ForClientId);
    QVERIFY2(notTaken->message.contains(operationDisplayName(Operation::SumsubShareToken)),
             qPrintable(notTaken->message));
    // A partner not in the book has no rules to apply.
    QVERIFY(!book.partnerFor(
        CheckedRequest(ShareTokenParams{u"63e092c51b7b4030f2e01154"_s, u"Other"_s, 3600s}, {})));
}

void TestProfiles::environmentOfKey_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Environment>("environment");
    QTest::newRow("sumsub sbx:") << Provider::Sumsub << u"sbx:abc"_s << Environment::Sandbox;
    QTest::newRow("sumsub prd:") << Provider::Sumsub << u"prd:abc"_s << Environment::Production;
    QTest::newRow("sumsub, spaces around") << Provider::Sumsub << u"  prd:abc "_s << Environment::Production;
    QTest::newRow("sumsub, a ComplyCube prefix") << Provider::Sumsub << u"test_abc"_s << Environment::Unknown;
    QTest::newRow("sumsub, no prefix") << Provider::Sumsub << u"abc"_s << Environment::Unknown;
    QTest::newRow("sumsub, upper case") << Provider::Sumsub << u"SBX:abc"_s << Environment::Unknown;
    QTest::newRow("complycube test_") << Provider::ComplyCube << u"test_abc"_s << Environment::Sandbox;
    QTest::newRow("complycube live_") << Provider::ComplyCube << u"live_abc"_s << Environment::Production;
    QTest::newRow("complycube, a Sumsub prefix")
        << Provider::ComplyCube << u"sbx:abc"_s << Environment::Unknown;
    QTest::newRow("complycube, empty") << Provider::ComplyCube << QString() << Environment::Unknown;
}

void TestProfiles::environmentOfKey()
{
    QFETCH(Provider, provider);
    QFETCH(QString, key);
    QFETCH(Environment, environment);
    QCOMPARE(Profile::environmentOfKey(provider, key), environment);
}

void TestProfiles::labelMustAgreeWithKey_data()
{
    QTest::addColumn<Environment>("label");
    QTest::addColumn<Environment>("key");
    QTest::addColumn<QString>("problem"); // a word the message must hold; empty: they agree
    QTest::newRow("sandbox, sandbox key") << Environment::Sandbox << Environment::Sandbox << QString();
    QTest::newRow("production, production key")
        << Environment::Production << Environment::Production << QString();
    QTest::newRow("production, unknown key") << Environment::Production << Environment::Unknown << QString();
    QTest::newRow("sandbox, production key") << Environment::Sandbox << Environment::Production
                                             << u"labelled sandbox, but its app token is a production key"_s;
    QTest::newRow("production, sandbox key") << Environment::Production << Environment::Sandbox
                                             << u"labelled production, but its app token is a sandbox key"_s;
    QTest::newRow("sandbox, unknown key")
        << Environment::Sandbox << Environment::Unknown << u"treated as production"_s;
    QTest::newRow("no label, production key")
        << Environment::NoAccount << Environment::Production << QString();
    QTest::newRow("no label, unknown key") << Environment::NoAccount << Environment::Unknown << QString();
}

void TestProfiles::labelMustAgreeWithKey()
{
    QFETCH(Environment, label);
    QFETCH(Environment, key);
    QFETCH(QString, problem);
    Profile p;
    p.name = u"Ops"_s;
    p.provider = Provider::Sumsub;
    p.environment = label;
    const QString mismatch = p.environmentMismatch(key);
    if (problem.isEmpty()) {
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    } else {
        QVERIFY2(mismatch.contains(problem), qPrintable(mismatch));
        QVERIFY(mismatch.contains(u"\"Ops\""_s));
        QVERIFY(mismatch.contains(u"Nothing was sent"_s));
    }
}

void TestProfiles::settingsArePrivateUnderUmask022()
{
    const mode_t previous = ::umask(022);
    {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        settings->setValue(u"probe"_s, u"written"_s);
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);
        QCOMPARE(QFile::permissions(settings->fileName()) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(settings->fileName()).absolutePath()) & 0x0077,
                 QFileDevice::Permissions());
        settings->setValue(u"probe"_s, u"written again"_s); // QSettings rewrites the file through a copy
        settings->sync();
        QCOMPARE(QFile::permissions(settings->fileName()) & 0x0077, QFileDevice::Permissions());
        settings->remove(u"probe"_s);
    }
    ::umask(previous);
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
