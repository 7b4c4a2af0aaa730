#include "emulator/Jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace kyc::emulator {

QByteArray Jwt::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Jwt::sign(const QJsonObject &claims)
{
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray input = header + '.' + payload;
    const QByteArray mac =
        QMessageAuthenticationCode::hash(input, QByteArray(kSigningKey), QCryptographicHash::Sha256);
    return input + '.' + base64Url(mac);
}

} // namespace kyc::emulator
