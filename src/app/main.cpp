// kyc-share-console: composes the core, the credentials and the main window; nothing else.
#include "DemoMode.h"
#include "Issuer.h"
#include "MainWindow.h"
#include "net/Transport.h"
#include "profiles/EnvironmentCredentialSource.h"
#include "tokens/Validators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>

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
    DemoMode demo;
    kyc::EnvironmentCredentialSource environmentCredentials;
    kyc::CredentialSource *credentials = &environmentCredentials;
    kyc::Profile profile;
    const bool demoMode = parser.isSet(demoOption);

    if (demoMode) {
        if (!demo.start()) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                  QApplication::translate("main", "Demo mode could not open a local port."));
            return 1;
        }
        profile = demo.profile();
        credentials = demo.credentials();
    } else {
        profile.name = QApplication::translate("main", "from the environment");
        profile.provider = kyc::Provider::Sumsub;
        profile.baseUrl = kyc::Profile::defaultBaseUrl(kyc::Provider::Sumsub);
        if (parser.isSet(baseUrlOption)) {
            const QString url = parser.value(baseUrlOption).trimmed();
            if (const QString problem = kyc::Validators::checkBaseUrl(url); !problem.isEmpty()) {
                std::fprintf(stderr, "kyc-share-console: --base-url: %s\n", qPrintable(problem));
                return 2;
            }
            profile.baseUrl = QUrl(url);
        }
        profile.caFile = parser.value(caFileOption);
        profile.environment = kyc::Profile::suggestEnvironment(
            kyc::Provider::Sumsub, qEnvironmentVariable(kyc::EnvironmentCredentialSource::kSumsubAppToken));
    }

    kyc::Issuer issuer(&transport, credentials);
    MainWindow window(&issuer, profile);
    window.setDemoMode(demoMode);
    if (!demoMode) {
        kyc::CredentialsResult available = kyc::EnvironmentCredentialSource::read(kyc::Provider::Sumsub);
        if (available.credentials) {
            available.credentials->wipe(); // only asked whether they are there; read again before each use
        } else {
            window.showNotice(available.problem, QApplication::translate("main", "Restart in &demo mode"),
                              [&] {
                                  QProcess::startDetached(QApplication::applicationFilePath(), {u"--demo"_s});
                                  window.close();
                              });
        }
    }
    window.show();
    return app.exec();
}
