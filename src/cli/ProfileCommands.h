#pragma once

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

// kyc-share profile list|show|add|edit|remove: the profiles' fields in the settings, their secrets in
// the OS keychain. Secrets are read from the terminal without echo, or with --secret-stdin one a
// line from standard input; never from an argument.
class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::ProfileCommands)

public:
    ProfileCommands(ProfileStore *store, SecretStore *secrets, FILE *in, FILE *out, FILE *err);

    // action: list, show, add, edit, remove; name: the profile for show, edit and remove.
    int run(const QString &action, const QString &name, const QCommandLineParser &parser, bool json);

private:
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
    FILE *m_in;
    FILE *m_out;
    FILE *m_err;
};

} // namespace kyc::cli
