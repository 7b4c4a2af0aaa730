#include "gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 1000;
const QByteArray kRaise = "raise\n";
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{}

SingleInstance::~SingleInstance() = default;

namespace {
#ifdef Q_OS_UNIX
// A folder that only this user can use: a real folder (not a link), owned by the effective user,
// with no permission for anyone else. Anyone else who could create the socket could answer "ok" in
// its place, and every start would then quit as "already running".
bool isPrivateFolder(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 0077) == 0;
}
#endif

// XDG_RUNTIME_DIR when it is private, else a folder of this user's own in the temporary folder,
// created 0700 and checked; empty when neither can be had.
QString privateFolder()
{
#ifdef Q_OS_UNIX
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime))
        return runtime;
    const QString own = QDir::tempPath() + u"/kyc-share-console-"_s + QString::number(::geteuid());
    ::mkdir(QFile::encodeName(own).constData(), 0700); // fails when it is there; checked below
    return isPrivateFolder(own) ? own : QString();
#else
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
}
} // namespace

QString SingleInstance::nameFor(const QString &settingsPath)
{
    const QString folder = privateFolder();
    if (folder.isEmpty())
        return {};
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(settingsPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return folder + u"/kyc-share-console-"_s + QString::fromLatin1(key);
}

bool SingleInstance::handOverToRunning()
{
    if (askRunning())
        return true;
    if (listen())
        return false;
    // Another start got there first between the two steps: it is the running one now.
    return askRunning();
}

bool SingleInstance::askRunning() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    // The answer says the running console heard it; a frozen one that accepts but never answers is
    // treated as not running, so this start is not lost.
    return socket.waitForReadyRead(kTimeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a console that crashed: nobody answered on it above.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->readAll().startsWith(kRaise.trimmed()))
                    return;
                socket->write("ok\n");
                socket->flush();
                Q_EMIT raiseRequested();
            });
        }
    });
    return true;
}
