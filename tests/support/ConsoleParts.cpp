#include "ConsoleParts.h"

#include "EmulatorTls.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/LayeredSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "emulator/EmulatorConfig.h"
#include "gui/MainWindow.h"

#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

ConsoleParts::ConsoleParts(Options options)
    : m_options(std::move(options))
{}

ConsoleParts::~ConsoleParts()
{
    // The window first, then what it uses, in the reverse order of start().
    m_window.reset();
    m_issuer.reset();
    m_history.reset();
    m_credentials.reset();
    m_transport.reset();
    m_emulator.reset();
}

bool ConsoleParts::start()
{
    if (!m_dir.isValid()) {
        qWarning("ConsoleParts: no temporary folder");
        return false;
    }
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
    m_partners = std::make_unique<kyc::PartnerBook>(m_settings.get());
    m_emulator = m_options.emulatorConfig ? std::make_unique<Emulator>(*m_options.emulatorConfig)
                                          : std::make_unique<Emulator>();
    if (!configureEmulatorForTestVariant(*m_emulator) || m_emulator->start().isEmpty()) {
        qWarning("ConsoleParts: the emulator did not start");
        return false;
    }
    m_transport = std::make_unique<kyc::Transport>();
    if (m_options.profileStore) {
        m_store = std::make_unique<kyc::ProfileStore>(m_settings.get());
        m_keychain = std::make_unique<kyc::MemorySecretStore>();
        m_session = std::make_unique<kyc::MemorySecretStore>();
        m_layered = std::make_unique<kyc::LayeredSecretStore>(m_session.get(), m_keychain.get());
        m_credentials = std::make_unique<kyc::KeychainCredentialSource>(m_layered.get());
    } else {
        m_credentials = std::make_unique<kyc::FixedCredentialSource>(EmulatorConfig::demoCredentials());
    }
    if (m_options.history) {
        m_history = std::make_unique<kyc::SqliteHistoryStore>();
        if (!m_history->open(m_dir.filePath(u"history.sqlite"_s)).ok) {
            qWarning("ConsoleParts: the history did not open");
            return false;
        }
    }
    m_issuer = std::make_unique<kyc::Issuer>(m_transport.get(), m_credentials.get());
    m_issuer->setHistory(m_history.get());
    m_issuer->setPartnerRules(m_partners.get()); // as Console does
    m_issuer->setClock([this] { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); });

    QList<kyc::Profile> profiles;
    if (m_options.givenProfiles) {
        for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
            kyc::Profile profile;
            profile.name = m_options.profileName;
            profile.provider = provider;
            profile.baseUrl = m_emulator->baseUrl();
            if (testUsesTls())
                profile.caFile = testTlsFile("ca.pem");
            profiles.append(profile);
        }
    }
    m_window = std::make_unique<MainWindow>(MainWindow::Services{m_issuer.get(), profiles, m_store.get(),
                                                                 m_layered.get(), m_session.get(),
                                                                 m_partners.get(), m_settings.get(), false});
    if (m_options.size.isValid())
        m_window->resize(m_options.size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}
