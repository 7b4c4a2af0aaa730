#include "core/sumsub/SumsubSigner.h"

#include "core/base/Wipe.h"

#include <QCryptographicHash>

#include <algorithm>

namespace kyc {

QByteArray SumsubSigner::sign(QByteArrayView secretKey, qint64 timestampSecs, QByteArrayView method,
                              QByteArrayView pathWithQuery, QByteArrayView body)
{
    // HMAC-SHA256 (RFC 2104) by hand rather than with QMessageAuthenticationCode, which keeps a copy of
    // the key that it never overwrites: here the key block and both pads are wiped before they go.
    constexpr qsizetype kBlockSize = 64;
    QByteArray key(kBlockSize, '\0');
    if (secretKey.size() > kBlockSize) {
        QByteArray digest = QCryptographicHash::hash(secretKey, QCryptographicHash::Sha256);
        std::copy(digest.cbegin(), digest.cend(), key.begin());
        wipe(digest);
    } else {
        std::copy(secretKey.begin(), secretKey.end(), key.begin());
    }
    QByteArray pad(kBlockSize, '\0');
    auto padWith = [&key, &pad](char byte) {
        for (qsizetype i = 0; i < kBlockSize; ++i)
            pad[i] = char(key[i] ^ byte);
    };

    QCryptographicHash inner(QCryptographicHash::Sha256);
    padWith(0x36);
    inner.addData(pad);
    inner.addData(QByteArray::number(timestampSecs));
    // A lowercase method is one of the classic causes of 4003: the vendor signs the upper-case form.
    inner.addData(method.toByteArray().toUpper());
    inner.addData(pathWithQuery);
    inner.addData(body);
    const QByteArray innerDigest = inner.result();

    QCryptographicHash outer(QCryptographicHash::Sha256);
    padWith(0x5c);
    outer.addData(pad);
    outer.addData(innerDigest);
    wipe(pad);
    wipe(key);
    return outer.result().toHex();
}

bool SumsubSigner::equal(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace kyc
