#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace kyc::emulator {

// The emulator's JWTs (id_token, ComplyCube SDK tokens): HS256, signed with a key the README
// publishes, so a rehearsing integrator can check them. The real vendors sign with their own keys
// (Sumsub's id_token with RS256); the console never verifies a token, it only shows the claims.
class Jwt
{
public:
    static constexpr const char *kSigningKey = "kyc-share-emulator-jwt-key";

    static QByteArray sign(const QJsonObject &claims);
    static QByteArray base64Url(const QByteArray &data);
};

} // namespace kyc::emulator
