// Profiles in the console: the Profiles dialog, the switcher, the environment in sight and the
// confirmation before a production token. Secrets go through a SecretStore that can fail on demand
// (the real keychain is tested by tst_keychain and tst_cli_profiles).
#include "ConsentBrowser.h"
#include "ConsoleParts.h"
#include "FindChild.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/LayeredSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "emulator/Emulator.h"
#include "gui/Confirm.h"
#include "gui/MainWindow.h"
#include "gui/ProfilesDialog.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubShareTokenForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

class TestProfilesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAProfileAndIssueWithIt();
    void productionAsksFirst();
    void labelContradictingTheKeyIsRefused();
    void withoutAKeychainNothingIsSaved();
    void editingKeepsTheSecretsAndRemovingDeletesThem();
    void testConnection();
    void refreshTokenIsKeptInTheKeychain();

private:
    ProfilesDialog *addProfile(const QString &name, const QString &environment, const QString &secret = {},
                               const QString &appToken = {});
    void issueShareToken();
    QString currentPage() const
    {
        return in<QStackedWidget>(m_window, "pagesStackedWidget")->currentWidget()->objectName();
    }
    // stands for the keychain, and fails on demand
    static ConsoleParts::Options partsOptions();
    std::unique_ptr<ConsoleParts> m_parts;
    MainWindow *m_window = nullptr;
};

ConsoleParts::Options TestProfilesGui::partsOptions()
{
    // Profiles in the store, their secrets in memory standing for the keychain (which fails on demand).
    ConsoleParts::Options options;
    options.givenProfiles = false;
    options.profileStore = true;
    options.size = {};
    return options;
}

void TestProfilesGui::init()
{
    m_parts = std::make_unique<ConsoleParts>(partsOptions());
    QVERIFY(m_parts->start());
    m_window = m_parts->window();
}

void TestProfilesGui::cleanup()
{
    Confirm::setNextAnswer(std::nullopt);
    m_window = nullptr;
    m_parts.reset();
}

ProfilesDialog *TestProfilesGui::addProfile(const QString &name, const QString &environment,
                                            const QString &secret, const QString &appToken)
{
    ProfilesDialog *dialog = m_window->openProfilesDialog();
    in<QPushButton>(dialog, "addPushButton")->click();
    QTest::keyClicks(in<QLineEdit>(dialog, "nameLineEdit"), name);
    in<QLineEdit>(dialog, "baseUrlLineEdit")->setText(m_parts->emulator().baseUrl().toString());
    QTest::keyClicks(in<QLineEdit>(dialog, "secret1LineEdit"),
                     appToken.isEmpty() ? QLatin1String(EmulatorConfig::kDemoSumsubAppToken) : appToken);
    QTest::keyClicks(in<QLineEdit>(dialog, "secret2LineEdit"),
                     secret.isEmpty() ? QLatin1String(EmulatorConfig::kDemoSumsubSecretKey) : secret);
    auto *environmentCombo = in<QComboBox>(dialog, "environmentComboBox");
    if (environmentCombo->currentText() != environment) { // suggested from the sbx: prefix; chosen otherwise
        environmentCombo->setCurrentText(environment);
        Q_EMIT environmentCombo->activated(environmentCombo->currentIndex());
    }
    in<QPushButton>(dialog, "savePushButton")->click();
    return dialog;
}

void TestProfilesGui::issueShareToken()
{
    auto *form = m_window->findChild<QWidget *>(u"SumsubShareTokenForm"_s);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(u"63e092c51b7b4030f2e01154"_s);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    m_window->issue();
}

void TestProfilesGui::addAProfileAndIssueWithIt()
{
    QVERIFY(in<QPushButton>(m_window, "profilesPushButton")->isVisible());
    ProfilesDialog *dialog = addProfile(u"Sumsub test"_s, u"Sandbox"_s);
    QTRY_COMPARE(in<QListWidget>(dialog, "profilesListWidget")->count(), 1);
    QVERIFY(!in<QLabel>(dialog, "problemLabel")->isVisible());
    const std::optional<kyc::Profile> saved = m_parts->profileStore()->find(u"Sumsub test"_s);
    QVERIFY(saved);
    QCOMPARE(saved->environment, kyc::Environment::Sandbox); // suggested by the sbx: prefix
    QCOMPARE(m_parts->keychain()->keys().size(), 2);
    QVERIFY(m_parts->keychain()->keys().contains(saved->secretKey(kyc::Secret::SumsubSecretKey)));
    if (const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->grab().save(dir + u"/profiles-dialog.png"_s);
        m_window->grab().save(dir + u"/main-window-with-profile.png"_s);
    }
    dialog->close();

    auto *combo = in<QComboBox>(m_window, "profileComboBox");
    QCOMPARE(combo->currentText(), u"Sumsub test (SANDBOX)"_s);
    QCOMPARE(in<QLabel>(m_window, "environmentBadgeLabel")->text(), u"SANDBOX"_s);
    issueShareToken();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(in<QLineEdit>(m_window, "tokenLineEdit")->text(),
             m_parts->emulator().shareTokens().last().token);

    QFile file(m_parts->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(EmulatorConfig::kDemoSumsubSecretKey)); // only in the secret store
}

void TestProfilesGui::productionAsksFirst()
{
    // A production account: its app token is a prd: one (a made-up one the emulator takes).
    const QString liveToken = u"prd:made-up-live-app-token"_s;
    ConsoleParts::Options options = partsOptions();
    options.emulatorConfig.emplace();
    options.emulatorConfig->setPrimarySumsubCredentials(liveToken,
                                                        QLatin1String(EmulatorConfig::kDemoSumsubSecretKey));
    m_parts = std::make_unique<ConsoleParts>(options);
    QVERIFY(m_parts->start());
    m_window = m_parts->window();
    addProfile(u"Sumsub live"_s, u"Production"_s, {}, liveToken)->close();
    QCOMPARE(m_parts->profileStore()->find(u"Sumsub live"_s)->environment, kyc::Environment::Production);
    QCOMPARE(in<QLabel>(m_window, "environmentBadgeLabel")->text(), u"PRODUCTION"_s);
    QCOMPARE(m_window->windowTitle(), u"PRODUCTION"_s);

    const int asked = Confirm::askedCount();
    Confirm::setNextAnswer(false);
    issueShareToken();
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Nothing was issued."_s);
    QTest::qWait(200);
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);

    Confirm::setNextAnswer(true);
    issueShareToken();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(m_parts->emulator().requestLog().size(), 1);

    kyc::Preferences preferences;
    preferences.confirmProduction = false; // Preferences can switch it off
    m_window->applyPreferences(preferences);
    issueShareToken();
    QCOMPARE(Confirm::askedCount(), asked + 2);
}

// A profile labelled production whose app token is a sandbox one: refused before anything is sent, in
// words that say which, and the form keeps what was typed.
void TestProfilesGui::labelContradictingTheKeyIsRefused()
{
    addProfile(u"Mislabelled"_s, u"Production"_s)->close(); // the emulator's sbx: demo token
    Confirm::setNextAnswer(true);
    issueShareToken();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"errorPage"_s, 10000);
    const QString shown = in<QLabel>(m_window, "errorHeadlineLabel")->text() + u'\n' +
                          in<QLabel>(m_window, "errorAdviceLabel")->text();
    QVERIFY2(shown.contains(u"labelled production, but its app token is a sandbox key"_s), qPrintable(shown));
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
}

void TestProfilesGui::withoutAKeychainNothingIsSaved()
{
    m_parts->keychain()->setFailure(kyc::SecretError::NoKeychain);
    ProfilesDialog *dialog = addProfile(u"Nowhere"_s, u"Sandbox"_s);
    auto *problem = in<QLabel>(dialog, "problemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"No OS keychain is available"_s), qPrintable(problem->text()));
    QVERIFY(!m_parts->profileStore()->find(u"Nowhere"_s));
    QCOMPARE(in<QListWidget>(dialog, "profilesListWidget")->count(), 0);

    // The operator chooses to keep the secrets in memory for this session.
    auto *session = in<QPushButton>(dialog, "sessionPushButton");
    QVERIFY(session->isVisible());
    session->click();
    QTRY_VERIFY(m_parts->profileStore()->find(u"Nowhere"_s).has_value());
    QCOMPARE(m_parts->sessionSecrets()->keys().size(), 2);
    QCOMPARE(m_parts->keychain()->keys().size(), 0);
    QVERIFY(in<QLabel>(dialog, "checkLabel")->text().contains(u"not saved"_s));
    dialog->close();
    issueShareToken();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);

    m_parts->settings().sync();
    QFile file(m_parts->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(EmulatorConfig::kDemoSumsubSecretKey)); // never written to disk instead
}

void TestProfilesGui::editingKeepsTheSecretsAndRemovingDeletesThem()
{
    ProfilesDialog *dialog = addProfile(u"Sumsub test"_s, u"Sandbox"_s);
    QTRY_VERIFY(m_parts->profileStore()->find(u"Sumsub test"_s).has_value());
    auto *name = in<QLineEdit>(dialog, "nameLineEdit");
    name->clear();
    QTest::keyClicks(name, u"Sumsub renamed"_s);
    QVERIFY(
        in<QLineEdit>(dialog, "secret1LineEdit")->placeholderText().contains(u"stored in the keychain"_s));
    in<QPushButton>(dialog, "savePushButton")->click(); // secrets left empty: the stored ones stay
    QTRY_VERIFY(m_parts->profileStore()->find(u"Sumsub renamed"_s).has_value());
    QCOMPARE(m_parts->keychain()->keys().size(), 2);
    m_window->selectProfile(u"Sumsub renamed"_s);
    issueShareToken();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);

    Confirm::setNextAnswer(true);
    in<QPushButton>(dialog, "removePushButton")->click();
    QTRY_COMPARE(m_parts->keychain()->keys().size(), 0);
    QVERIFY(m_parts->profileStore()->profiles().isEmpty());
    QVERIFY(!in<QComboBox>(m_window, "profileComboBox")->isVisible());
}

void TestProfilesGui::testConnection()
{
    ProfilesDialog *dialog = addProfile(u"Sumsub test"_s, u"Sandbox"_s);
    QTRY_VERIFY(m_parts->profileStore()->find(u"Sumsub test"_s).has_value());
    auto *test = in<QPushButton>(dialog, "testPushButton");
    QVERIFY(test->isVisible());
    test->click(); // the stored secrets
    auto *check = in<QLabel>(dialog, "checkLabel");
    QTRY_VERIFY_WITH_TIMEOUT(check->text().startsWith(u"✓ Connected"_s), 10000);
    QVERIFY2(check->text().contains(u"in step"_s), qPrintable(check->text()));
    QCOMPARE(m_parts->emulator().requestLog().last().path, u"/resources/applicants/-/levels"_s);

    // Typed but not yet saved secrets are tested as typed.
    QTest::keyClicks(in<QLineEdit>(dialog, "secret1LineEdit"),
                     QLatin1String(EmulatorConfig::kDemoSumsubAppToken));
    QTest::keyClicks(in<QLineEdit>(dialog, "secret2LineEdit"), u"made-up-wrong-secret"_s);
    test->click();
    auto *problem = in<QLabel>(dialog, "problemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
    QVERIFY2(problem->text().contains(u"signature"_s) && problem->text().contains(u"4003"_s),
             qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"Correlation ID"_s));
}

void TestProfilesGui::refreshTokenIsKeptInTheKeychain()
{
    addProfile(u"Sumsub test"_s, u"Sandbox"_s)->close();
    QTRY_VERIFY(m_parts->profileStore()->find(u"Sumsub test"_s).has_value());
    const kyc::Profile profile = *m_parts->profileStore()->find(u"Sumsub test"_s);
    SumsubIdConnectForm *form = m_window->idConnectForm();
    m_window->setCurrentForm(form);
    in<QLineEdit>(form, "idClientIdLineEdit")->setText(u"emulator-demo-client"_s);
    in<QLineEdit>(form, "redirectUriLineEdit")->setText(u"https://partner.example/callback"_s);
    in<QCheckBox>(form, "offlineAccessScopeCheckBox")->setChecked(true);
    QVERIFY(form->makeAuthorizeUrl());

    in<QLineEdit>(form, "authorizationResponseLineEdit")->setText(followConsent(form->authorizeUrl()));
    in<QPushButton>(form, "exchangePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    const QString refresh = in<QLineEdit>(m_window, "refreshTokenLineEdit")->text();
    QVERIFY(refresh.startsWith(u"snd-id-con-r-"_s));

    // Kept in the keychain with its verifier, and nowhere else.
    const QString key = profile.secretKey(kyc::Secret::SumsubIdRefreshToken);
    QTRY_VERIFY(m_parts->keychain()->keys().contains(key));
    QFile file(m_parts->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(refresh.toUtf8()));

    // Next time on this tab, it is offered again, and a refresh works with it.
    in<QLineEdit>(form, "refreshTokenLineEdit")->clear();
    in<QLineEdit>(form, "codeVerifierLineEdit")->clear();
    m_window->setCurrentForm(m_window->shareTokenForm());
    m_window->setCurrentForm(form);
    QTRY_COMPARE(in<QLineEdit>(form, "refreshTokenLineEdit")->text(), refresh);
    QVERIFY(!in<QLineEdit>(form, "codeVerifierLineEdit")->text().isEmpty());
    const QString before = in<QLineEdit>(m_window, "tokenLineEdit")->text();
    in<QPushButton>(form, "refreshPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        in<QLineEdit>(m_window, "tokenLineEdit")->text() != before && currentPage() == u"tokenPage"_s, 10000);
    QVERIFY(
        m_parts->emulator().state().accessTokens.contains(in<QLineEdit>(m_window, "tokenLineEdit")->text()));
}

QTEST_MAIN(TestProfilesGui)
#include "tst_profilesgui.moc"
