#pragma once

#include "core/net/HttpMessage.h"
#include "core/net/HttpResponseReader.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>

#include <optional>

class QTcpSocket;

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

struct TransportOptions
{
    int timeoutMs = 30000;                      // the whole request, from connecting to the last byte
    HttpLimits limits;                          // how much of an answer is read, headers and body
    QList<QSslCertificate> extraCaCertificates; // added to the system's, never instead of them
};

struct TransportResult
{
    TransportError error = TransportError::None;
    QString errorDetail;   // for people; never holds request headers or bodies
    HttpResponse response; // status and body whenever an HTTP answer arrived (also 4xx/5xx)
};

// One request in flight, on its own connection ("Connection: close"): connects (through the proxy, if
// one is given), sends the request's bytes, and reads the answer with an HttpResponseReader, so that no
// answer is read past its limits. The deadline is a timer on this thread, which also does the reading, a
// bounded slice at a time: it fires whatever the server sends. Emits finished() exactly once, then
// deletes itself later.
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
    // tls: the configuration for https://; none for plain http://.
    PendingReply(const HttpRequest &request, const TransportOptions &options,
                 const std::optional<QSslConfiguration> &tls, const QNetworkProxy &proxy, QObject *parent);
    // For requests refused before anything is sent: finishes on the next event loop turn.
    PendingReply(TransportError error, const QString &detail, QObject *parent);

    static QByteArray requestBytes(const HttpRequest &request);
    void sendRequest();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onEndOfStream();
    void finishWithAnswer();
    void finish(TransportResult result);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_request; // until it is written to the socket
    QByteArray m_target;  // method and URL without its query, for the debug log
    HttpResponseReader m_reader;
    QTimer m_deadline;
    int m_timeoutMs = 0;
    QStringList m_sslErrors;
    bool m_finished = false;
};

} // namespace kyc

Q_DECLARE_METATYPE(kyc::TransportResult)
