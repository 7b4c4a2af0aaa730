#include "core/net/PendingReply.h"

#include "core/base/Logging.h"
#include "core/base/Wipe.h"

#include <QCoreApplication>
#include <QSslError>
#include <QSslSocket>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace kyc {

// Where a redirect pointed, as far as the operator needs it and no further: the scheme, host and port
// of an absolute Location, the path of a relative one (never a query, user info or fragment), printable
// and at most 120 characters.
QString PendingReply::redirectTarget(const QByteArray &location)
{
    const QUrl url(QString::fromLatin1(location.trimmed()));
    QString target =
        url.isRelative() || url.host().isEmpty()
            ? url.path()
            : url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment)
                  .toDisplayString();
    for (QChar &c : target) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return target.size() > 120 ? target.left(119) + u'…' : target;
}

namespace {
bool isFramingHeader(const QByteArray &name)
{
    static constexpr const char *kFraming[] = {"Host", "Content-Length", "Transfer-Encoding", "Connection"};
    return std::any_of(std::begin(kFraming), std::end(kFraming),
                       [&name](const char *f) { return name.compare(f, Qt::CaseInsensitive) == 0; });
}
} // namespace

// The request as it goes on the wire. The framing headers are this class's own: a caller's Host,
// Content-Length, Transfer-Encoding or Connection would contradict them, so they are not sent.
QByteArray PendingReply::requestBytes(const HttpRequest &request)
{
    const QUrl &url = request.url;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    QByteArray bytes = request.method + ' ' + pathWithQuery(url) + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : request.headers) {
        if (!isFramingHeader(name))
            bytes += name + ": " + value + "\r\n";
    }
    if (!request.body.isEmpty() || (request.method != "GET" && request.method != "HEAD"))
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    const QByteArray version = QCoreApplication::applicationVersion().toLatin1();
    bytes += "User-Agent: kyc-share" + (version.isEmpty() ? QByteArray() : '/' + version) + "\r\n";
    bytes += "Connection: close\r\n\r\n" + request.body;
    return bytes;
}

PendingReply::PendingReply(const HttpRequest &request, const TransportOptions &options,
                           const std::optional<QSslConfiguration> &tls, const QNetworkProxy &proxy,
                           QObject *parent)
    : QObject(parent)
    , m_target(request.method + ' ' + request.url.adjusted(QUrl::RemoveQuery).toEncoded())
    , m_reader(options.limits)
    , m_timeoutMs(options.timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({TransportError::Timeout, tr("No complete answer within %1 ms.").arg(m_timeoutMs), {}});
    });
    m_deadline.start(m_timeoutMs);

    QSslSocket *tlsSocket = tls ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    m_socket->setProxy(proxy);
    // Read a bounded slice at a time, so the deadline and the limits are checked between slices.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QAbstractSocket::readyRead, this, &PendingReply::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &PendingReply::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &PendingReply::onEndOfStream);

    const QUrl &url = request.url;
    m_request = requestBytes(request);
    if (tlsSocket) {
        tlsSocket->setSslConfiguration(*tls);
        connect(tlsSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Recorded for the message, never ignored: the handshake then fails.
            for (const QSslError &e : errors)
                m_sslErrors.append(e.errorString());
        });
        connect(tlsSocket, &QSslSocket::encrypted, this, &PendingReply::sendRequest);
        tlsSocket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &PendingReply::sendRequest);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

PendingReply::PendingReply(TransportError error, const QString &detail, QObject *parent)
    : QObject(parent)
{
    QMetaObject::invokeMethod(
        this,
        [this, error, detail] {
            finish({error, detail, {}});
        },
        Qt::QueuedConnection);
}

void PendingReply::sendRequest()
{
    m_socket->write(m_request);
    // The signed headers, a key, a token in the query: held no longer than it takes to hand them over.
    wipe(m_request);
}

PendingReply::~PendingReply()
{
    wipe(m_request);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void PendingReply::cancel()
{
    finish({TransportError::Cancelled, tr("Cancelled."), {}});
}

void PendingReply::onReadyRead()
{
    if (m_finished)
        return;
    // What has arrived, at most the read buffer's size; the rest waits for the next turn of the loop.
    const QByteArray bytes = m_socket->readAll();
    switch (m_reader.feed(bytes)) {
    case HttpResponseReader::State::Reading:
        break;
    case HttpResponseReader::State::Done:
        finishWithAnswer();
        break;
    case HttpResponseReader::State::Failed:
        finish({m_reader.failure() == HttpResponseReader::Failure::Malformed ? TransportError::Network
                                                                             : TransportError::TooLarge,
                m_reader.failureDetail(),
                {}});
        break;
    }
}

void PendingReply::onEndOfStream()
{
    if (m_finished)
        return;
    onReadyRead(); // the last bytes before the end
    if (m_finished)
        return;
    if (m_reader.endOfStream() == HttpResponseReader::State::Done) {
        finishWithAnswer();
        return;
    }
    TransportResult result{TransportError::Network, m_reader.failureDetail(), {}};
    if (m_reader.hasStatus())
        result.response.status = m_reader.status(); // the answer had begun: its status is worth telling
    finish(result);
}

void PendingReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onEndOfStream();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish({TransportError::ConnectionRefused, m_socket->errorString(), {}});
        return;
    case QAbstractSocket::HostNotFoundError:
        finish({TransportError::HostNotFound, m_socket->errorString(), {}});
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish({TransportError::Tls,
                m_sslErrors.isEmpty() ? m_socket->errorString() : m_sslErrors.join(u"; "_s),
                {}});
        return;
    default:
        finish({TransportError::Network, m_socket->errorString(), {}});
        return;
    }
}

void PendingReply::finishWithAnswer()
{
    // An HTTP answer arrived (4xx and 5xx included): the adapter reads it.
    TransportResult result;
    result.response.status = m_reader.status();
    result.response.headers = m_reader.headers();
    result.response.body = m_reader.body();
    if (result.response.status >= 300 && result.response.status < 400) {
        result.error = TransportError::Redirect;
        const QString target = redirectTarget(result.response.header("Location"));
        result.errorDetail =
            target.isEmpty()
                ? tr("HTTP %1 redirect (with no Location) was not followed.").arg(result.response.status)
                : tr("HTTP %1 redirect to %2 was not followed.").arg(result.response.status).arg(target);
    }
    finish(result);
}

void PendingReply::finish(TransportResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_socket) {
        qCDebug(lcNet) << "request finished:" << m_target << "status" << result.response.status << "error"
                       << int(result.error);
        m_socket->disconnect(this);
        m_socket->abort(); // one request per connection: nothing more is read or sent
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace kyc
