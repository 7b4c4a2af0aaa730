#include "core/history/HistoryLocation.h"

#include "core/history/PostgresHistoryStore.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/net/Transport.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kyc {

HistoryLocation HistoryLocation::sqliteFile(const QString &path)
{
    HistoryLocation l;
    l.path = path;
    return l;
}

std::optional<HistoryLocation> HistoryLocation::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QString form =
        tr("Write it as postgresql://USER@HOST:PORT/DATABASE, or give a SQLite file's path.");
    if (trimmed.isEmpty()) {
        *error = tr("The history's location is empty. %1").arg(form);
        return std::nullopt;
    }
    const bool postgres = trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
                          trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
    if (!postgres) {
        if (trimmed.contains(u"://"_s) && !trimmed.startsWith(u"file://"_s, Qt::CaseInsensitive)) {
            // Not repeated: what was given may hold a password.
            *error = tr("The history's location is neither a PostgreSQL URL nor a file. %1").arg(form);
            return std::nullopt;
        }
        const QString path =
            trimmed.startsWith(u"file://"_s, Qt::CaseInsensitive) ? QUrl(trimmed).toLocalFile() : trimmed;
        return sqliteFile(path);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        // Not QUrl's own words: they quote the URL, password and all.
        *error = tr("The URL is not valid. %1").arg(form);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        // Say so without repeating it: the URL came from an argument or the environment, and the
        // message may well end up in a ticket.
        *error = tr("The URL holds a password; a password never goes in the URL or the settings. Give it "
                    "the way libpq takes it: PGPASSWORD, a ~/.pgpass file, or peer or certificate "
                    "authentication.");
        return std::nullopt;
    }
    HistoryLocation l;
    l.kind = Kind::Postgres;
    l.user = url.userName();
    l.host = url.host();
    l.port = url.port(5432);
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(u'/')) {
        *error = tr("The URL does not name one database. %1").arg(form);
        return std::nullopt;
    }
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!modes.contains(value)) {
                *error = tr("sslmode is one of %1.").arg(modes.join(u", "_s));
                return std::nullopt;
            }
            l.sslMode = value;
        } else if (key == u"sslrootcert") {
            l.extraCa = value;
        } else if (key == u"host" && value.startsWith(u'/') && l.host.isEmpty()) {
            l.host = value;
        } else if (key == u"port" && value.toInt() > 0 && value.toInt() < 65536) {
            l.port = value.toInt();
        } else {
            *error = tr("The URL's '%1' is not one the console takes: only sslmode, sslrootcert, port, and "
                        "(for a Unix socket's folder, with no host before it) host.")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (!l.isLocalServer()) {
        if (l.sslMode.isEmpty())
            l.sslMode = u"verify-full"_s;
        if (l.sslMode != u"verify-full") {
            *error = tr("%1 is not this machine, so the connection must be TLS that checks the server's "
                        "certificate and name: remove sslmode=%2 or make it sslmode=verify-full.")
                         .arg(l.host, l.sslMode);
            return std::nullopt;
        }
    }
    return l;
}

std::optional<HistoryLocation> HistoryLocation::resolve(const QString &option, const QString &setting,
                                                        const QString &defaultPath, QString *error)
{
    const QString environment = qEnvironmentVariable(kEnvironmentVariable);
    const std::pair<QString, QString> sources[] = {
        {option, u"--history-url"_s},
        {environment, QString::fromLatin1(kEnvironmentVariable)},
        {setting, tr("Preferences' team history")},
    };
    for (const auto &[value, name] : sources) {
        if (value.trimmed().isEmpty())
            continue;
        const std::optional<HistoryLocation> l = parse(value, error);
        if (!l)
            *error = name + u": "_s + *error;
        return l;
    }
    return sqliteFile(defaultPath);
}

bool HistoryLocation::isLocalServer() const
{
    return host.isEmpty() || host.startsWith(u'/') || Transport::isLoopbackHost(host);
}

QString HistoryLocation::description() const
{
    if (kind == Kind::Sqlite)
        return tr("SQLite %1").arg(path);
    const QString where = host.isEmpty() || host.startsWith(u'/')
                              ? tr("%1 (Unix socket)").arg(host.isEmpty() ? tr("the local server") : host)
                              : u"%1:%2"_s.arg(host).arg(port);
    return tr("PostgreSQL %1%2/%3").arg(user.isEmpty() ? QString() : user + u'@', where, database);
}

QString HistoryLocation::toUrl() const
{
    if (kind == Kind::Sqlite)
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    QUrlQuery query;
    const bool socket = host.isEmpty() || host.startsWith(u'/');
    if (socket) {
        if (!host.isEmpty())
            query.addQueryItem(u"host"_s, host);
        if (port != 5432)
            query.addQueryItem(u"port"_s, QString::number(port));
    } else {
        url.setHost(host);
        url.setPort(port);
    }
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!extraCa.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, extraCa);
    url.setQuery(query);
    return url.toString();
}

std::unique_ptr<HistoryStore> openHistoryStore(const HistoryLocation &location,
                                               HistoryStore::OpenResult *result)
{
    if (location.kind == HistoryLocation::Kind::Sqlite) {
        auto store = std::make_unique<SqliteHistoryStore>();
        *result = store->open(location.path);
        return store;
    }
    auto store = std::make_unique<PostgresHistoryStore>();
    *result = store->open(location);
    return store;
}

} // namespace kyc
