#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

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

QString SingleInstance::nameFor(const QString &settingsPath)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
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
