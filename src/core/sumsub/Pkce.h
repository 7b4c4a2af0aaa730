#pragma once

#include <QByteArray>

namespace kyc {

// PKCE (RFC 7636) with S256, the only method Sumsub ID Connect accepts.
class Pkce
{
public:
    // 64 URL-safe characters from the system's secure random source (RFC 7636 allows 43 to 128).
    static QByteArray generateVerifier();
    // base64url(SHA-256(verifier)) without padding.
    static QByteArray challengeFor(const QByteArray &verifier);
    // 43 to 128 characters of [A-Za-z0-9-._~].
    static bool isValidVerifier(const QByteArray &verifier);
};

} // namespace kyc
