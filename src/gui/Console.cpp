#include "gui/Console.h"

#include "core/base/Logging.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/credentials/RoutingCredentialSource.h"
#include "core/history/HistoryLocation.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/LayeredSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/Preferences.h"
#include "gui/DemoMode.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/ProfilesDialog.h"

#include <QApplication>
#include <QSettings>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

// What lives as long as the console: the settings' stores, the keychain and the one network owner.
struct Console::Shared
{
    explicit Shared(QSettings *settings)
        : store(settings)
        , partners(settings)
        , secrets(&sessionSecrets, &keychain)
        , storedCredentials(&secrets)
        , routedCredentials(&storedCredentials, &environmentCredentials)
    {}

    kyc::Transport transport;
    kyc::ProfileStore store;
    kyc::PartnerBook partners;
    kyc::KeychainSecretStore keychain;
    kyc::MemorySecretStore sessionSecrets; // only what the operator chose to keep for this session
    kyc::LayeredSecretStore secrets;
    kyc::KeychainCredentialSource storedCredentials;
    kyc::EnvironmentCredentialSource environmentCredentials;
    kyc::RoutingCredentialSource routedCredentials;
};

// What differs between a normal start and demo mode. Destroyed in reverse: the window first.
struct Console::Session
{
    std::optional<DemoMode> demo; // only in demo mode: it holds an emulator
    std::unique_ptr<kyc::HistoryStore> history;
    std::unique_ptr<kyc::Issuer> issuer;
    std::unique_ptr<MainWindow> window;
};

void Console::describeApplication()
{
    QApplication::setOrganizationName(u"kyc-share"_s);
    QApplication::setApplicationName(u"kyc-share-console"_s);
    QApplication::setApplicationDisplayName(u"KYC Share Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(KYC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(KYC_APP_ID)); // the desktop entry's name
    QApplication::setWindowIcon(Icons::application());
}

Console::Console(QSettings *settings, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
    , m_shared(std::make_unique<Shared>(settings))
{}

Console::~Console()
{
    m_session.reset(); // the window and the Issuer before the stores and the transport they use
}

MainWindow *Console::window() const
{
    return m_session ? m_session->window.get() : nullptr;
}

void Console::raiseWindow()
{
    MainWindow *w = window();
    if (!w)
        return;
    qCInfo(lcGui) << "another start asked for the window; it is brought to the front";
    w->setWindowState(w->windowState() & ~Qt::WindowMinimized);
    w->show();
    w->raise();
    w->activateWindow();
}

bool Console::isDemo() const
{
    return m_session && m_session->demo.has_value();
}

QString Console::start()
{
    if (const QString problem = build(m_options.demo); !problem.isEmpty())
        return problem;
    window()->show();
    return {};
}

QString Console::startDemo()
{
    // The old window's place on the screen goes to the new one.
    const QByteArray geometry = window() ? window()->saveGeometry() : QByteArray();
    if (const QString problem = build(true); !problem.isEmpty())
        return problem;
    if (!geometry.isEmpty())
        window()->restoreGeometry(geometry);
    window()->show();
    Q_EMIT windowChanged(window());
    return {};
}

QString Console::build(bool demo)
{
    // What runs stays until its replacement is ready (and stays if it cannot be made).
    std::unique_ptr<Session> previous = std::move(m_session);
    auto session = std::make_unique<Session>();
    QList<kyc::Profile> profiles;
    kyc::CredentialSource *credentials = &m_shared->routedCredentials;
    QStringList problems;

    if (demo) {
        session->demo.emplace();
        if (!session->demo->start()) {
            m_session = std::move(previous);
            return tr("Demo mode could not open a local port.");
        }
        profiles = session->demo->profiles();
        credentials = session->demo->credentials();
    } else {
        // The environment's accounts (for automation and until profiles exist) beside the stored ones.
        const QList<kyc::Profile> stored = m_shared->store.profiles();
        for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
            kyc::CredentialsResult available = kyc::EnvironmentCredentialSource::read(provider);
            const bool fromEnvironment = available.credentials.has_value();
            // The environment's account has no label of its own: its key's prefix says where it issues.
            // With no credentials at all, no environment is in reach.
            kyc::Environment environment = kyc::Environment::NoAccount;
            if (available.credentials) {
                environment = kyc::Profile::environmentOf(provider, *available.credentials);
                available.credentials->wipe(); // only asked whether they are there; read again before use
            }
            const bool hasStored =
                std::any_of(stored.cbegin(), stored.cend(),
                            [provider](const kyc::Profile &p) { return p.provider == provider; });
            if (!fromEnvironment && hasStored)
                continue;
            if (!fromEnvironment)
                problems.append(available.problem);
            kyc::Profile profile;
            profile.name = tr("from the environment");
            profile.provider = provider;
            profile.baseUrl = m_options.baseUrl.isEmpty() ? kyc::Profile::defaultBaseUrl(provider)
                                                          : QUrl(m_options.baseUrl);
            profile.caFile = m_options.caFile;
            profile.environment = environment;
            profiles.append(profile);
        }
    }

    session->issuer = std::make_unique<kyc::Issuer>(&m_shared->transport, credentials);
    session->issuer->setPartnerRules(&m_shared->partners); // what each partner takes, before sending
    // Demo mode's tokens are not real and do not belong in the audit trail: its history lives in memory.
    // Otherwise: the history the Preferences (or KYC_SHARE_HISTORY_URL) name, a team's or this computer's.
    kyc::HistoryStore::OpenResult historyOpened;
    QString locationProblem;
    const std::optional<kyc::HistoryLocation> location =
        demo ? kyc::HistoryLocation::sqliteFile(u":memory:"_s)
        : !m_options.historyPath.isEmpty()
            ? kyc::HistoryLocation::sqliteFile(m_options.historyPath)
            : kyc::HistoryLocation::resolve(QString(), kyc::Preferences::load(*m_settings).historyUrl,
                                            kyc::SqliteHistoryStore::defaultPath(), &locationProblem);
    if (location) {
        session->history = kyc::openHistoryStore(*location, &historyOpened);
    } else {
        historyOpened.error = locationProblem;
    }
    if (historyOpened.ok)
        session->issuer->setHistory(session->history.get());

    session->window = std::make_unique<MainWindow>(
        MainWindow::Services{session->issuer.get(), profiles,
                             demo ? nullptr : &m_shared->store, // demo mode's profiles are its own
                             demo ? nullptr : &m_shared->secrets, demo ? nullptr : &m_shared->sessionSecrets,
                             &m_shared->partners, // demo mode's too: names are no secret
                             m_settings, demo});
    MainWindow *window = session->window.get();
    m_session = std::move(session);

    const bool firstStart = !demo && m_shared->store.profiles().isEmpty() && problems.size() == 2;
    if (!demo) {
        if (firstStart) {
            // Queued: the window that shows the notice is replaced by demo mode's.
            window->showNotice(tr("No accounts yet. Add a profile with Profiles…, or explore the console in "
                                  "demo mode, with no account."),
                               tr("Explore in &demo mode"), [this] {
                                   QMetaObject::invokeMethod(this, &Console::startDemo, Qt::QueuedConnection);
                               });
        }
    }
    // Last, so that it is the notice in sight: the audit trail matters more than a first-run hint.
    if (!demo && !historyOpened.ok) {
        const QString reason =
            tr("The history cannot be written, so nothing is issued: %1").arg(historyOpened.error);
        window->blockIssuing(reason);
        window->showNotice(reason);
    } else if (!historyOpened.movedTo.isEmpty()) {
        window->showNotice(
            tr("The history was damaged. It was moved to %1 and a new one started; nothing was deleted.")
                .arg(historyOpened.movedTo));
    }

    if (firstStart) {
        m_welcome = new WelcomeDialog(window);
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcome, &WelcomeDialog::chosen, this, [this](WelcomeDialog::Choice choice) {
            // Queued: demo mode replaces the window the welcome belongs to.
            QMetaObject::invokeMethod(
                this, [this, choice] { onWelcomeChosen(choice); }, Qt::QueuedConnection);
        });
        // After the window is up, so that the welcome is in front of it.
        QMetaObject::invokeMethod(
            m_welcome.data(), [welcome = m_welcome] { welcome->open(); }, Qt::QueuedConnection);
    }
    return {};
}

void Console::onWelcomeChosen(WelcomeDialog::Choice choice)
{
    switch (choice) {
    case WelcomeDialog::Choice::None:
        break;
    case WelcomeDialog::Choice::AddSumsub:
    case WelcomeDialog::Choice::AddComplyCube:
        if (ProfilesDialog *dialog = window()->openProfilesDialog()) {
            dialog->startNew(choice == WelcomeDialog::Choice::AddSumsub ? kyc::Provider::Sumsub
                                                                        : kyc::Provider::ComplyCube);
        }
        break;
    case WelcomeDialog::Choice::Demo:
        if (const QString problem = startDemo(); !problem.isEmpty())
            window()->showNotice(problem);
        break;
    }
}
