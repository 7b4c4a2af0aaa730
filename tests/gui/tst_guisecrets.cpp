// No secret leaves memory except to the keychain and the vendor, through the console as the operator
// uses it: the whole Console (as main() builds it) with two profiles whose secrets are in the real
// keychain, debug logging on for every category, every kind of token issued through the forms and
// copied, and a request the provider refuses. Then this process's log, the emulator's log, every file
// the console could write (settings, the history and its WAL, cache, temporary folder) and the
// clipboard, once its clear time has passed, are searched for the secrets, the signatures and every
// token of the session. Made-up credentials only.
#include "ConsentBrowser.h"
#include "FindChild.h"
#include "SecretSearch.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "emulator/Emulator.h"
#include "gui/Clipboard.h"
#include "gui/Console.h"
#include "gui/MainWindow.h"
#include "gui/ResultPanel.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubIdShareForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

namespace {
const QString kAppToken = u"sbx:gui-leak-made-up-app-token"_s;
const QString kSecretKey = u"gui-leak-made-up-secret-key"_s;
const QString kApiKey = u"test_gui-leak-made-up-api-key"_s;
const QString kWrongApiKey = u"test_gui-leak-made-up-wrong-key"_s;
constexpr int kClearAfterSecs = 1;

} // namespace

class TestGuiSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void consoleSessionLeavesNoSecretBehind();

private:
    void storeSecret(const kyc::Profile &profile, kyc::Secret secret, const QString &value);
    MainWindow *window() const { return m_console->window(); }
    QString resultPage() const
    {
        return in<QStackedWidget>(window()->resultPanel(), "pagesStackedWidget")
            ->currentWidget()
            ->objectName();
    }
    QString shownToken() const { return in<QLineEdit>(window()->resultPanel(), "tokenLineEdit")->text(); }
    // Issues with Ctrl+Return on the form in front, waits for the token, copies it with the button and
    // waits until the clipboard has let go of it again; returns the token, or nothing when any step did
    // not happen.
    QString issueCopyAndWaitForTheClear();

    QTemporaryDir m_root;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
    kyc::KeychainSecretStore m_keychain;
    std::unique_ptr<DebugLogCapture> m_log; // from before the console starts to the end
};

void TestGuiSecrets::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *name : {kyc::EnvironmentCredentialSource::kSumsubAppToken,
                             kyc::EnvironmentCredentialSource::kSumsubSecretKey,
                             kyc::EnvironmentCredentialSource::kComplyCubeApiKey})
        qunsetenv(name);
    // Every place the console writes to is below the root, where it is searched afterwards.
    for (const auto &[variable, folder] :
         {std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
          std::pair{"XDG_CACHE_HOME", "cache"}, std::pair{"TMPDIR", "tmp"}}) {
        QVERIFY(QDir(m_root.path()).mkpath(QLatin1String(folder)));
        qputenv(variable, m_root.filePath(QLatin1String(folder)).toLocal8Bit());
    }

    EmulatorConfig config;
    config.setPrimarySumsubCredentials(kAppToken, kSecretKey);
    config.addComplyCubeKey(kApiKey);
    m_emulator = std::make_unique<Emulator>(config);
    QVERIFY(!m_emulator->start().isEmpty());

    m_settings = std::make_unique<QSettings>(m_root.filePath(u"config/kyc-share-console.conf"_s),
                                             QSettings::IniFormat);
    kyc::ProfileStore store(m_settings.get());
    for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
        kyc::Profile profile;
        profile.name = provider == kyc::Provider::Sumsub ? u"Sumsub sandbox"_s : u"ComplyCube sandbox"_s;
        profile.provider = provider;
        profile.baseUrl = m_emulator->baseUrl();
        profile = store.save(profile);
        if (provider == kyc::Provider::Sumsub) {
            storeSecret(profile, kyc::Secret::SumsubAppToken, kAppToken);
            storeSecret(profile, kyc::Secret::SumsubSecretKey, kSecretKey);
        } else {
            storeSecret(profile, kyc::Secret::ComplyCubeApiKey, kApiKey);
        }
    }
    m_settings->sync();

    m_log = std::make_unique<DebugLogCapture>();
}

void TestGuiSecrets::cleanupTestCase()
{
    m_console.reset();
    m_log.reset();
    QGuiApplication::clipboard()->clear();
}

void TestGuiSecrets::storeSecret(const kyc::Profile &profile, kyc::Secret secret, const QString &value)
{
    bool done = false;
    kyc::SecretResult result;
    m_keychain.write(profile.secretKey(secret), value, [&](const kyc::SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.error == kyc::SecretError::None, qPrintable(result.message));
}

QString TestGuiSecrets::issueCopyAndWaitForTheClear()
{
    const qsizetype sent = m_emulator->requestLog().size();
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor(
            [&] { return m_emulator->requestLog().size() > sent && resultPage() == u"tokenPage"; }, 10000))
        return {};
    const QString token = shownToken();
    in<QPushButton>(window()->resultPanel(), "copyPushButton")->click();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() != token)
        return {};
    if (!QTest::qWaitFor([clipboard] { return clipboard->text().isEmpty(); }, (kClearAfterSecs + 4) * 1000))
        return {};
    return token;
}

void TestGuiSecrets::consoleSessionLeavesNoSecretBehind()
{
    Console::Options options; // the history in its default place, below the root
    m_console = std::make_unique<Console>(m_settings.get(), options);
    QCOMPARE(m_console->start(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(!m_console->isDemo());
    window()->clipboard()->setClearAfterSecs(kClearAfterSecs);
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QStringList secrets{kAppToken, kSecretKey, kApiKey, kWrongApiKey};

    // A Sumsub share token.
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    auto *share = window()->findChild<QWidget *>(u"SumsubShareTokenForm"_s);
    QTest::keyClicks(in<QLineEdit>(share, "applicantIdLineEdit"), u"63e092c51b7b4030f2e01154"_s);
    QTest::keyClicks(in<QLineEdit>(share, "forClientIdLineEdit"), u"CoolCoinLtd"_s);
    const QString shareToken = issueCopyAndWaitForTheClear();
    QVERIFY2(!shareToken.isEmpty(), "the share token was not issued and copied");
    QCOMPARE(shareToken, m_emulator->shareTokens().last().token); // the keychain's secrets signed it
    secrets << shareToken;
    // Copied again as a message for the partner: cleared the same way.
    QTest::keyClick(window(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(shareToken));
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), (kClearAfterSecs + 4) * 1000);

    // Sumsub ID Connect, with a refresh token (kept in the keychain), then a Sumsub ID share token.
    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    SumsubIdConnectForm *connect = window()->idConnectForm();
    QTRY_VERIFY(connect->isVisible());
    QTest::keyClicks(in<QLineEdit>(connect, "idClientIdLineEdit"), u"emulator-demo-client"_s);
    QTest::keyClicks(in<QLineEdit>(connect, "redirectUriLineEdit"), u"https://partner.example/callback"_s);
    in<QCheckBox>(connect, "openidScopeCheckBox")->setChecked(true);
    in<QCheckBox>(connect, "offlineAccessScopeCheckBox")->setChecked(true);
    in<QPushButton>(connect, "makeUrlPushButton")->click();
    const QString redirect = followConsent(QUrl(in<QLineEdit>(connect, "authorizeUrlLineEdit")->text()));
    const QString code = QUrlQuery(QUrl(redirect)).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    secrets << code << in<QLineEdit>(connect, "codeVerifierLineEdit")->text();
    QTest::keyClicks(in<QLineEdit>(connect, "authorizationResponseLineEdit"), redirect);
    const QString access = issueCopyAndWaitForTheClear();
    QVERIFY2(access.startsWith(u"snd-id-con-a-"_s), "no connect access token");
    const QString refresh = in<QLineEdit>(window()->resultPanel(), "refreshTokenLineEdit")->text();
    QVERIFY(refresh.startsWith(u"snd-id-con-r-"_s));
    secrets << access << refresh;

    in<QPushButton>(window()->resultPanel(), "useConnectTokenPushButton")->click();
    SumsubIdShareForm *idShare = window()->idShareForm();
    QTRY_VERIFY(idShare->isVisible());
    QTest::keyClicks(in<QLineEdit>(idShare, "forClientIdLineEdit"), u"CoolCoinLtd"_s);
    const QString idShareToken = issueCopyAndWaitForTheClear();
    QVERIFY2(!idShareToken.isEmpty(), "no Sumsub ID share token");
    secrets << idShareToken;

    // A ComplyCube SDK token.
    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    auto *complyCube = window()->findChild<QWidget *>(u"ComplyCubeSdkForm"_s);
    QTRY_VERIFY(complyCube->isVisible());
    QTest::keyClicks(in<QLineEdit>(complyCube, "clientIdLineEdit"), u"5eb04fcd0f3e360008035eb1"_s);
    QTest::keyClicks(in<QLineEdit>(complyCube, "referrerLineEdit"), u"https://*.example.com/*"_s);
    const QString sdkToken = issueCopyAndWaitForTheClear();
    QVERIFY2(sdkToken.startsWith(u"eyJ"_s), "no ComplyCube SDK token");
    secrets << sdkToken;

    // A refused request: the keychain now holds a key the provider does not know.
    const kyc::Profile complyCubeProfile = *kyc::ProfileStore(m_settings.get()).find(u"ComplyCube sandbox"_s);
    storeSecret(complyCubeProfile, kyc::Secret::ComplyCubeApiKey, kWrongApiKey);
    QTest::qWait(250); // ComplyCube's test-key limit is 5 requests a second
    const qsizetype sent = m_emulator->requestLog().size();
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->requestLog().size() > sent && resultPage() == u"errorPage", 10000);
    QCOMPARE(m_emulator->requestLog().last().status, 401);

    // The operator quits: the window saves its state, the history is closed.
    window()->close();
    m_console.reset();
    m_settings->sync();

    QVERIFY2(m_log->messages().size() > 10,
             "debug logging was not on"); // the Transport and Issuer talk at debug
    QStringList found = findSecrets(u"this process's log"_s, m_log->text(), secrets);
    QStringList emulatorLog;
    for (const auto &entry : m_emulator->requestLog())
        emulatorLog << entry.toString();
    found += findSecrets(u"the emulator's log"_s, emulatorLog.join(u'\n').toUtf8(), secrets);
    // The clipboard, after its clear time, in every format it offers.
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    for (const QString &format : clipboard ? clipboard->formats() : QStringList())
        found += findSecrets(u"the clipboard's "_s + format, clipboard->data(format), secrets);
    int files = 0;
    found += findSecretsInFiles(m_root.path(), secrets, &files);
    QVERIFY2(QFile::exists(m_root.filePath(u"data/kyc-share/kyc-share-console/history.sqlite"_s)),
             "the history was not where it was searched");
    QVERIFY2(files >= 2, "the session wrote almost nothing, so almost nothing was searched");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestGuiSecrets)
#include "tst_guisecrets.moc"
