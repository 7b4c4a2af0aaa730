#pragma once

#include "core/net/HttpMessage.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkReply;

namespace kyc {

enum class TransportError
{
    None,
    InvalidUrl,
    InsecureUrl,
    Timeout,
    Cancelled,
    ConnectionRefused,
    HostNotFound,
    Tls,
    Redirect,
    TooLarge,
    Network,
};

struct TransportResult
{
    TransportError error = TransportError::None;
    QString errorDetail;   // for people; never holds request headers or bodies
    HttpResponse response; // status and body whenever an HTTP answer arrived (also 4xx/5xx)
};

// One request in flight. Emits finished() exactly once, then deletes itself later.
class PendingReply : public QObject
{
    Q_OBJECT

public:
    ~PendingReply() override;

    // Stops the request; finished() reports Cancelled. Does nothing once finished.
    void cancel();
    bool isFinished() const { return m_finished; }
    // What a redirect's message names: "https://host:port" for an absolute Location, the path of a
    // relative one; empty for none.
    static QString redirectTarget(const QByteArray &location);

Q_SIGNALS:
    void finished(const kyc::TransportResult &result);

private:
    friend class Transport;
    PendingReply(QNetworkReply *reply, qint64 maxResponseBytes, int timeoutMs, QObject *parent);
    // For requests refused before anything is sent: finishes on the next event loop turn.
    PendingReply(TransportError error, const QString &detail, QObject *parent);

    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void abortWith(TransportError error, const QString &detail);
    void finish(TransportResult result);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxResponseBytes = 0;
    QByteArray m_body;
    QTimer m_deadline;
    TransportError m_abortReason = TransportError::None;
    QString m_abortDetail;
    QStringList m_sslErrors;
    bool m_finished = false;
};

} // namespace kyc

Q_DECLARE_METATYPE(kyc::TransportResult)
