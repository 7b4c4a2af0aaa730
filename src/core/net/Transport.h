#pragma once

#include "core/net/HttpMessage.h"
#include "core/net/PendingReply.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace kyc {

struct TransportOptions
{
    int timeoutMs = 30000;                      // whole request, and longest silence
    qint64 maxResponseBytes = 1024 * 1024;      // far above any token answer
    QList<QSslCertificate> extraCaCertificates; // added to the system's, never instead of them
};

// The only owner of QNetworkAccessManager. Its rules: TLS 1.2 or later with system CAs (plus a
// profile's extra CA); TLS errors never ignored; no redirects (a 3xx is an error, because it would
// carry the signed headers elsewhere); a transfer timeout; a response size cap; no cookies, no cache;
// plain http:// only to loopback. The system proxy settings are used, except for loopback, which Qt
// never sends through a proxy (so plain http:// never leaves this computer).
class Transport : public QObject
{
    Q_OBJECT

public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    PendingReply *send(const HttpRequest &request, const TransportOptions &options = {});

    static bool isLoopbackHost(const QString &host);
    // What every https:// request is verified with: TLS 1.2 or later, the peer always verified, the
    // system's CAs plus the extra ones (never instead of them).
    static QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &extraCaCertificates);

private:
    QNetworkAccessManager *m_nam;
};

} // namespace kyc
