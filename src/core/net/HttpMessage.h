#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace kyc {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The one request shape the provider adapters build and the Transport sends, byte for byte.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body; // the exact bytes that were signed
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// The exact request target a signature covers: path and query, as they go on the wire.
QByteArray pathWithQuery(const QUrl &url);

} // namespace kyc
