#include "core/net/PendingReply.h"

#include "core/base/Logging.h"

#include <QNetworkReply>
#include <QSslError>

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
TransportError classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::TimeoutError:
        return TransportError::Timeout;
    case QNetworkReply::OperationCanceledError:
        // Without our own reason, only the transfer timeout cancels a reply.
        return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Tls;
    default:
        return TransportError::Network;
    }
}
} // namespace

PendingReply::PendingReply(QNetworkReply *reply, qint64 maxResponseBytes, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxResponseBytes(maxResponseBytes)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &PendingReply::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &PendingReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PendingReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake then fails.
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, timeoutMs] {
        abortWith(TransportError::Timeout, tr("No complete answer within %1 ms.").arg(timeoutMs));
    });
    m_deadline.start(timeoutMs);
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

PendingReply::~PendingReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PendingReply::cancel()
{
    if (m_finished)
        return;
    abortWith(TransportError::Cancelled, tr("Cancelled."));
}

void PendingReply::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes) {
        abortWith(TransportError::TooLarge, tr("The answer announced %1 bytes; at most %2 are read.")
                                                .arg(length.toLongLong())
                                                .arg(m_maxResponseBytes));
    }
}

void PendingReply::onReadyRead()
{
    if (!m_reply || m_abortReason != TransportError::None)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxResponseBytes) {
        abortWith(TransportError::TooLarge,
                  tr("The answer exceeded %1 bytes; it was not read further.").arg(m_maxResponseBytes));
    }
}

void PendingReply::abortWith(TransportError error, const QString &detail)
{
    if (m_finished || m_abortReason != TransportError::None)
        return;
    m_abortReason = error;
    m_abortDetail = detail;
    if (m_reply)
        m_reply->abort(); // usually emits finished() at once, but not for a request not yet started
    if (!m_finished)
        finish({error, detail, {}});
}

void PendingReply::onFinished()
{
    if (m_finished)
        return;
    m_deadline.stop();
    TransportResult result;
    if (m_abortReason != TransportError::None) {
        result.error = m_abortReason;
        result.errorDetail = m_abortDetail;
        finish(result);
        return;
    }

    onReadyRead();
    if (m_abortReason != TransportError::None) { // the last chunk crossed the cap
        finish({m_abortReason, m_abortDetail, {}});
        return;
    }

    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError netError = m_reply->error();
    if (status.isValid() &&
        (netError == QNetworkReply::NoError || netError > QNetworkReply::UnknownProxyError)) {
        // An HTTP answer arrived (4xx and 5xx included): the adapter reads it.
        result.response.status = status.toInt();
        for (const auto &pair : m_reply->rawHeaderPairs())
            result.response.headers.append({pair.first, pair.second});
        result.response.body = m_body;
        if (result.response.status >= 300 && result.response.status < 400) {
            result.error = TransportError::Redirect;
            const QString target = redirectTarget(result.response.header("Location"));
            result.errorDetail =
                target.isEmpty()
                    ? tr("HTTP %1 redirect (with no Location) was not followed.").arg(result.response.status)
                    : tr("HTTP %1 redirect to %2 was not followed.").arg(result.response.status).arg(target);
        }
    } else {
        result.error = classify(netError);
        result.errorDetail = m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.join(u"; "_s);
        if (netError == QNetworkReply::RemoteHostClosedError && status.isValid()) {
            // The answer had begun: its status is worth telling, its body is not whole.
            result.response.status = status.toInt();
            result.errorDetail =
                tr("The connection closed after %1 bytes of the answer, before its end.").arg(m_body.size());
        }
    }
    finish(result);
}

void PendingReply::finish(TransportResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_reply) {
        qCDebug(lcNet) << "request finished:" << m_reply->url().adjusted(QUrl::RemoveQuery).toDisplayString()
                       << "status" << result.response.status << "error" << int(result.error);
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply.clear();
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace kyc
