#pragma once

#include "core/net/HttpMessage.h"
#include "core/net/PendingReply.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace kyc {

// The one place that talks to the network: every request to a provider goes through send(). Its rules:
// TLS 1.2 or later with system CAs (plus a profile's extra CA); TLS errors never ignored; no redirects
// (a 3xx is an error, because it would carry the signed headers elsewhere); a deadline for the whole
// request; caps on the answer's header count, header size and body size; no cookies, no cache, no
// compression; plain http:// only to loopback. The system proxy settings are used (CONNECT tunnels for
// https://), never for loopback, so plain http:// never leaves this computer.
//
// It speaks HTTP/1.1 over its own QSslSocket (PendingReply) rather than through QNetworkAccessManager:
// Qt 6.4's manager reads an answer's headers without any limit, on a thread of its own, so a hostile
// server could keep a request alive past its deadline and grow its memory without bound
// (docs/reliability.md).
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
};

} // namespace kyc
