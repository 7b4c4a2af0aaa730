#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

class QHttpServerRequest;

namespace kyc::emulator {

// What a route handler gets to see of one request.
struct RequestContext
{
    QByteArray method; // "GET", "POST"
    QUrl url;          // path and query as received
    const QHttpServerRequest &request;
    QDateTime now; // the emulator's clock
    QUrl baseUrl;  // the emulator's own, for links it hands out

    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
};

} // namespace kyc::emulator
