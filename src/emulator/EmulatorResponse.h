#pragma once

#include "core/net/HttpMessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kyc::emulator {

struct EmulatorResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    HttpHeaders extraHeaders;
    QString errorCode; // for the request log: the vendor's error code or type, if any

    static EmulatorResponse json(int status, const QJsonObject &object, const QString &errorCode = {});
    // The bytes of an HTTP/1.1 response with Date, Content-Type and Content-Length.
    QByteArray serialize(const QDateTime &date, bool closeConnection) const;
    static QByteArray reasonPhrase(int status);
    static QByteArray httpDate(const QDateTime &time);
};

} // namespace kyc::emulator
