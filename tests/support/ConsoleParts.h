#pragma once

// The console's parts for a GUI test, put together as Console puts them together, each of them real: the
// emulator on a loopback port (over HTTPS in the test's https variant), the Transport and the Issuer, a
// settings file, a partner book and (when asked) a SQLite history of the test's own, and the main window.
// One test builds one; what it needs of the parts it takes from here.
#include "core/credentials/CredentialSource.h"
#include "core/profiles/Profile.h"
#include "emulator/EmulatorConfig.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class MainWindow;
class QSettings;
namespace kyc {
class Issuer;
class KeychainCredentialSource;
class LayeredSecretStore;
class MemorySecretStore;
class PartnerBook;
class ProfileStore;
class SqliteHistoryStore;
class Transport;
namespace emulator {
class Emulator;
}
} // namespace kyc

class ConsoleParts
{
public:
    struct Options
    {
        // Profiles given at start, one per provider, against the emulator; none when the test keeps its
        // profiles in the store instead.
        QString profileName = QStringLiteral("GUI test");
        bool givenProfiles = true;
        // A ProfileStore with in-memory secret stores standing for the keychain (which fail on demand):
        // the issuer then reads the profiles' secrets from there, as the console does.
        bool profileStore = false;
        // A SQLite history file of the test's own.
        bool history = false;
        QSize size{760, 560}; // invalid: the window's own first size
        // The emulator's accounts and state; its demo account when none.
        std::optional<kyc::emulator::EmulatorConfig> emulatorConfig;
    };

    explicit ConsoleParts(Options options);
    ConsoleParts()
        : ConsoleParts(Options{})
    {}
    ~ConsoleParts();

    // Starts the emulator and builds and shows the window; false (with a warning) if a part fails.
    bool start();

    MainWindow *window() const { return m_window.get(); }
    kyc::emulator::Emulator &emulator() const { return *m_emulator; }
    kyc::Issuer &issuer() const { return *m_issuer; }
    kyc::SqliteHistoryStore *history() const { return m_history.get(); }
    kyc::PartnerBook &partners() const { return *m_partners; }
    QSettings &settings() const { return *m_settings; }
    kyc::ProfileStore *profileStore() const { return m_store.get(); }
    kyc::MemorySecretStore *keychain() const { return m_keychain.get(); }
    kyc::MemorySecretStore *sessionSecrets() const { return m_session.get(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The issuer's clock: the given time, or the real one when it is invalid.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    Options m_options;
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<kyc::PartnerBook> m_partners;
    std::unique_ptr<kyc::ProfileStore> m_store;
    std::unique_ptr<kyc::MemorySecretStore> m_keychain;
    std::unique_ptr<kyc::MemorySecretStore> m_session;
    std::unique_ptr<kyc::LayeredSecretStore> m_layered;
    std::unique_ptr<kyc::emulator::Emulator> m_emulator;
    std::unique_ptr<kyc::Transport> m_transport;
    std::unique_ptr<kyc::CredentialSource> m_credentials;
    std::unique_ptr<kyc::SqliteHistoryStore> m_history;
    std::unique_ptr<kyc::Issuer> m_issuer;
    std::unique_ptr<MainWindow> m_window;
};
