#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kyc {

// Sumsub request signature: lowercase hex of HMAC-SHA256 keyed with the secret key over
// ts + METHOD + pathWithQuery + body. The body is the exact bytes sent (nothing when there is none).
class SumsubSigner
{
public:
    static QByteArray sign(QByteArrayView secretKey, qint64 timestampSecs, QByteArrayView method,
                           QByteArrayView pathWithQuery, QByteArrayView body);
    // Constant-time comparison of two signatures (for the emulator's check).
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace kyc
