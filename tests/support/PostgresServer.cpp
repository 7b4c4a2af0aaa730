#include "PostgresServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binary(const QString &name) const
{
    return m_bin + u'/' + name;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess p;
    if (m_asPostgres)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            program + u": "_s + QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
        return false;
    }
    return true;
}

namespace {
// Where the server's folder goes. As root, it runs as "postgres", which must reach its folder: the first
// temporary folder every account may pass through (some machines make /tmp root's alone).
QString baseFolder(bool forAnotherAccount)
{
    const QStringList candidates{QDir::tempPath(), u"/var/tmp"_s};
    if (!forAnotherAccount)
        return candidates.constFirst();
    for (const QString &candidate : candidates) {
        bool passable = true;
        for (QString dir = candidate; passable && dir != u"/"; dir = QFileInfo(dir).absolutePath()) {
            struct stat info
            {
            };
            passable = stat(QFile::encodeName(dir).constData(), &info) == 0 && (info.st_mode & S_IXOTH);
        }
        if (passable)
            return candidate;
    }
    return candidates.constFirst();
}
} // namespace

bool PostgresServer::start(QString *error)
{
    // The newest server Debian installed: /usr/lib/postgresql/VERSION/bin.
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    while (!versions.isEmpty() && !QFile::exists(u"/usr/lib/postgresql/%1/bin/initdb"_s.arg(versions.last())))
        versions.removeLast();
    if (versions.isEmpty()) {
        *error =
            u"PostgreSQL's server is not installed (Debian: postgresql); scripts/setup-deps installs it"_s;
        return false;
    }
    m_bin = u"/usr/lib/postgresql/%1/bin"_s.arg(versions.last());
    m_asPostgres = geteuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(baseFolder(m_asPostgres) + u"/kyc-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    if (m_asPostgres) {
        const passwd *pw = getpwnam("postgres");
        if (!pw || chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = u"running as root, and the postgres account cannot own the server's folder"_s;
            return false;
        }
    }
    {
        QTcpServer probe; // a free port, given back for the server to take
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = u"no free port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString data = m_dir->path() + u"/data"_s;
    if (!run(binary(u"initdb"_s),
             {u"-D"_s, data, u"-U"_s, QString::fromLatin1(kAdmin), u"--auth=trust"_s, u"--encoding=UTF8"_s,
              u"--no-sync"_s, u"--locale=C"_s},
             error))
        return false;
    if (!m_tlsCertificate.isEmpty()) {
        // PostgreSQL reads its key only when its own account owns it and no one else may read it.
        for (const auto &[from, to] :
             {std::pair{m_tlsCertificate, u"server.crt"_s}, std::pair{m_tlsKey, u"server.key"_s}}) {
            const QString target = data + u'/' + to;
            QFile::remove(target);
            if (!QFile::copy(from, target)) {
                *error = u"cannot copy "_s + from;
                return false;
            }
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            if (m_asPostgres) {
                const passwd *pw = getpwnam("postgres");
                if (!pw || chown(QFile::encodeName(target).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                    *error = u"cannot give the TLS files to postgres"_s;
                    return false;
                }
            }
        }
    }
    return launch(error);
}

void PostgresServer::setSettings(const QStringList &settings, bool durable)
{
    m_settings = settings;
    m_durable = durable;
}

void PostgresServer::useTls(const QString &certificate, const QString &key)
{
    m_tlsCertificate = certificate;
    m_tlsKey = key;
}

bool PostgresServer::launch(QString *error)
{
    // Fast and still a real server: only durability against power loss is given up (fsync=off), unless
    // asked for.
    QString options =
        u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=50"_s.arg(m_port).arg(m_dir->path());
    if (!m_durable)
        options += u" -c fsync=off"_s;
    for (const QString &setting : std::as_const(m_settings))
        options += u" -c "_s + setting;
    if (!m_tlsCertificate.isEmpty())
        options += u" -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"_s;
    if (!run(binary(u"pg_ctl"_s),
             {u"-D"_s, m_dir->path() + u"/data"_s, u"-l"_s, m_dir->path() + u"/server.log"_s, u"-o"_s,
              options, u"-w"_s, u"start"_s},
             error)) {
        QFile log(m_dir->path() + u"/server.log"_s);
        if (log.open(QIODevice::ReadOnly))
            *error += QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::restart(QString *error)
{
    stop();
    return launch(error);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    QString ignored;
    run(binary(u"pg_ctl"_s), {u"-D"_s, m_dir->path() + u"/data"_s, u"-m"_s, u"immediate"_s, u"stop"_s},
        &ignored);
    m_running = false;
}

QString PostgresServer::url(const QString &role, const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(role).arg(m_port).arg(database);
}

bool PostgresServer::sql(const QString &statement, const QString &role, const QString &database,
                         QString *output, QString *error) const
{
    QProcess p;
    p.start(binary(u"psql"_s),
            {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, u"127.0.0.1"_s,
             u"-p"_s, QString::number(m_port), u"-U"_s, role, u"-d"_s, database, u"-c"_s, statement});
    // No deadline: an index over millions of rows (the benchmark's) takes minutes, and a statement cut off
    // by killing psql would go on in the server regardless.
    p.waitForFinished(-1);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString PostgresServer::query(const QString &statement, const QString &database, const QString &role) const
{
    QString out;
    QString error;
    if (!sql(statement, role, database, &out, &error))
        qWarning("psql failed: %s", qPrintable(error));
    return out;
}
