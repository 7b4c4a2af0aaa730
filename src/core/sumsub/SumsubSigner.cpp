#include "sumsub/SumsubSigner.h"

#include <QMessageAuthenticationCode>

namespace kyc {

QByteArray SumsubSigner::sign(QByteArrayView secretKey, qint64 timestampSecs, QByteArrayView method,
                              QByteArrayView pathWithQuery, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secretKey.toByteArray());
    mac.addData(QByteArray::number(timestampSecs));
    // A lowercase method is one of the classic causes of 4003: the vendor signs the upper-case form.
    mac.addData(method.toByteArray().toUpper());
    mac.addData(pathWithQuery.data(), pathWithQuery.size());
    mac.addData(body.data(), body.size());
    return mac.result().toHex();
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
