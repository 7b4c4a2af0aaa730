#pragma once

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace kyc {

// Where the audit trail is kept: the operator's own SQLite file (the default), or a team's PostgreSQL
// database, named by a URL of the form postgresql://USER@HOST:PORT/DB. A URL never holds a password:
// libpq finds it the ways it always does (PGPASSWORD, ~/.pgpass, peer or certificate authentication).
// A server elsewhere than this machine is only reached over TLS that checks its certificate and name
// (sslmode=verify-full) against the system's CAs, and one more CA the URL may name
// (?sslrootcert=/path/ca.pem); plain connections are for the loopback and Unix sockets alone.
struct HistoryLocation
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HistoryLocation)

public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite: the file

    // PostgreSQL
    QString user; // empty: libpq's default (the system account)
    QString host; // a name, an address, or a Unix socket's folder (starting with '/'); empty: the socket
    int port = 5432;
    QString database;
    QString sslMode; // as libpq takes it; empty: libpq's default (only where plain is allowed)
    QString extraCa; // a PEM file of one more CA to trust, beside the system's

    // The environment variable that names the store when no --history-url is given.
    static constexpr const char *kEnvironmentVariable = "KYC_SHARE_HISTORY_URL";

    static HistoryLocation sqliteFile(const QString &path);
    // A postgresql:// URL, or a file's path or file:// URL. nullopt with *error saying what is wrong and
    // how to write it instead.
    static std::optional<HistoryLocation> parse(const QString &text, QString *error);
    // The history to use: the first given of --history-url (option), KYC_SHARE_HISTORY_URL and the
    // Preferences' setting; else the SQLite file at defaultPath. nullopt when the one given is wrong, with
    // *error naming where it came from and what is wrong.
    static std::optional<HistoryLocation> resolve(const QString &option, const QString &setting,
                                                  const QString &defaultPath, QString *error);
    // Whether the server is this machine (loopback, or a Unix socket), where plain connections are allowed.
    bool isLocalServer() const;
    // For the status bar and --json: "SQLite /path" / "PostgreSQL alice@db.example:5432/kyc". Never a
    // password (there is none to show).
    QString description() const;
    // The URL again, as parse() takes it.
    QString toUrl() const;
};

// Opens the store a location names. *result says whether it opened and, if not, why.
std::unique_ptr<HistoryStore> openHistoryStore(const HistoryLocation &location,
                                               HistoryStore::OpenResult *result);

} // namespace kyc
