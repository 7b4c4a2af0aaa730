#pragma once

#include "cli/Print.h"
#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace kyc {
class ProfileStore;
class SecretStore;
} // namespace kyc

namespace kyc::cli {

class CommandLine;

// kyc-share profile list|show|add|edit|remove|test: the profiles' fields in the settings, their secrets in
// the OS keychain. Secrets are read from the terminal without echo, or with --secret-stdin one a
// line from standard input; never from an argument.
class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::ProfileCommands)

public:
    ProfileCommands(ProfileStore *store, SecretStore *secrets, const Io &io);
    // kyc-share profile list | show NAME | add … | edit NAME … | remove NAME | test NAME: the options
    // checked, then the action.
    int run(const QStringList &positional, const CommandLine &line);

private:
    // action: list, show, add, edit, remove; name: the profile for show, edit and remove.
    int run(const QString &action, const QString &name, const QCommandLineParser &parser, bool json);
    // A cheap authenticated call with the profile, and the clock compared with the provider's.
    int test(const Profile &profile);
    int list(bool json);
    int show(const Profile &profile, bool json);
    int add(const QCommandLineParser &parser);
    int edit(Profile profile, const QCommandLineParser &parser);
    int remove(const Profile &profile);
    // Applies --provider, --environment, --base-url, --ca-file, --timeout; false (with a message) on error.
    bool applyOptions(Profile &profile, const QCommandLineParser &parser, bool isNew);
    bool readSecrets(const Profile &profile, bool fromStdin, QStringList *values);
    bool storeSecrets(const Profile &profile, const QStringList &values);
    // Reads the profile's secrets and stores them; the typed values are wiped either way. With
    // suggestEnvironment, the environment follows the first key's prefix (and the operator is told).
    bool replaceSecrets(Profile &profile, bool fromStdin, bool suggestEnvironment);
    int fail(const QString &message);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    Io m_io;
};

} // namespace kyc::cli
