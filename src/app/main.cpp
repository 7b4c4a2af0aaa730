// kyc-share-console: composes the core, the credentials and the main window; nothing else.
#include "DemoMode.h"
#include "Issuer.h"
#include "MainWindow.h"
#include "history/HistoryStore.h"
#include "net/Transport.h"
#include "profiles/EnvironmentCredentialSource.h"
#include "profiles/KeychainCredentialSource.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/LayeredSecretStore.h"
#include "profiles/MemorySecretStore.h"
#include "profiles/PartnerBook.h"
#include "profiles/ProfileStore.h"
#include "profiles/RoutingCredentialSource.h"
#include "tokens/Validators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

#include <algorithm>
#include <optional>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"kyc-share"_s);
    QApplication::setApplicationName(u"kyc-share-console"_s);
    QApplication::setApplicationDisplayName(u"KYC Share Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(KYC_VERSION));
    QApplication::setDesktopFileName(u"kyc-share-console"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Issue KYC share tokens by hand."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QApplication::translate("main", "Issue against the built-in emulator; tokens are not real."));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, QApplication::translate("main", "The Sumsub API's scheme, host and port."), u"URL"_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, QApplication::translate("main", "Also trust the CA certificate(s) in this PEM file."),
        u"PEM"_s);
    parser.addOptions({demoOption, baseUrlOption, caFileOption});
    parser.process(app);

    kyc::Transport transport;
    std::optional<DemoMode> demo; // only in demo mode: it holds an emulator
    const std::unique_ptr<QSettings> settings = kyc::ProfileStore::openDefaultSettings();
    kyc::ProfileStore store(settings.get());
    kyc::PartnerBook partners(settings.get());
    kyc::KeychainSecretStore keychain;
    kyc::MemorySecretStore sessionSecrets; // only what the operator chose to keep for this session
    kyc::LayeredSecretStore secrets(&sessionSecrets, &keychain);
    kyc::KeychainCredentialSource storedCredentials(&secrets);
    kyc::EnvironmentCredentialSource environmentCredentials;
    kyc::RoutingCredentialSource routedCredentials(&storedCredentials, &environmentCredentials);
    kyc::CredentialSource *credentials = &routedCredentials;
    QList<kyc::Profile> profiles;
    const bool demoMode = parser.isSet(demoOption);
    QStringList problems;

    if (demoMode) {
        demo.emplace();
        if (!demo->start()) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                  QApplication::translate("main", "Demo mode could not open a local port."));
            return 1;
        }
        profiles = demo->profiles();
        credentials = demo->credentials();
    } else {
        const QString url = parser.value(baseUrlOption).trimmed();
        if (parser.isSet(baseUrlOption)) {
            if (const QString problem = kyc::Validators::checkBaseUrl(url); !problem.isEmpty()) {
                std::fprintf(stderr, "kyc-share-console: --base-url: %s\n", qPrintable(problem));
                return 2;
            }
        }
        // The environment's accounts (for automation and until profiles exist) beside the stored ones.
        const QList<kyc::Profile> stored = store.profiles();
        for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
            kyc::CredentialsResult available = kyc::EnvironmentCredentialSource::read(provider);
            const bool fromEnvironment = available.credentials.has_value();
            if (available.credentials)
                available.credentials
                    ->wipe(); // only asked whether they are there; read again before each use
            const bool hasStored =
                std::any_of(stored.cbegin(), stored.cend(),
                            [provider](const kyc::Profile &p) { return p.provider == provider; });
            if (!fromEnvironment && hasStored)
                continue;
            if (!fromEnvironment)
                problems.append(available.problem);
            kyc::Profile profile;
            profile.name = QApplication::translate("main", "from the environment");
            profile.provider = provider;
            profile.baseUrl =
                parser.isSet(baseUrlOption) ? QUrl(url) : kyc::Profile::defaultBaseUrl(provider);
            profile.caFile = parser.value(caFileOption);
            profile.environment = kyc::Profile::suggestEnvironment(
                provider, qEnvironmentVariable(provider == kyc::Provider::Sumsub
                                                   ? kyc::EnvironmentCredentialSource::kSumsubAppToken
                                                   : kyc::EnvironmentCredentialSource::kComplyCubeApiKey));
            profiles.append(profile);
        }
    }

    kyc::Issuer issuer(&transport, credentials);
    // Demo mode's tokens are not real and do not belong in the audit trail: its history lives in memory.
    kyc::HistoryStore history;
    const kyc::HistoryStore::OpenResult historyOpened =
        history.open(demoMode ? u":memory:"_s : kyc::HistoryStore::defaultPath());
    if (historyOpened.ok)
        issuer.setHistory(&history);
    MainWindow window(&issuer, profiles);
    window.setDemoMode(demoMode);
    window.setPartnerBook(&partners); // demo mode's too: names are no secret, and it is for trying things
    window.setConfirmProduction(settings->value(u"confirmProduction"_s, true).toBool());
    if (!demoMode) {
        window.setProfileStore(&store, &secrets, &sessionSecrets);
        if (store.profiles().isEmpty() && problems.size() == 2) {
            window.showNotice(QApplication::translate("main",
                                                      "No accounts yet. Add a profile with Profiles…, or "
                                                      "explore the console in demo mode, with no account."),
                              QApplication::translate("main", "Restart in &demo mode"), [&] {
                                  QProcess::startDetached(QApplication::applicationFilePath(), {u"--demo"_s});
                                  window.close();
                              });
        }
    }
    // Last, so that it is the notice in sight: the audit trail matters more than a first-run hint.
    if (!demoMode && !historyOpened.ok) {
        window.blockIssuing(
            QApplication::translate("main", "The history cannot be written, so nothing is issued: %1")
                .arg(historyOpened.error));
        window.showNotice(
            QApplication::translate("main", "The history cannot be written, so nothing is issued: %1")
                .arg(historyOpened.error));
    } else if (!historyOpened.movedTo.isEmpty()) {
        window.showNotice(QApplication::translate("main",
                                                  "The history was damaged. It was moved to %1 and a new one "
                                                  "started; nothing was deleted.")
                              .arg(historyOpened.movedTo));
    }
    window.show();
    return app.exec();
}
