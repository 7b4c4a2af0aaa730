#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QtGlobal>

// The integration and GUI tests run twice: over HTTP, and with KYC_TEST_TLS=1 over HTTPS with the
// test CA of tests/data/tls, which the client trusts only because the profile names it.
inline bool testUsesTls()
{
    return qEnvironmentVariableIntValue("KYC_TEST_TLS") == 1;
}

inline QString testTlsFile(const char *name)
{
    return QStringLiteral(KYC_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

// A server's certificate and RSA key from tests/data/tls; false when either is missing or unreadable.
inline bool loadTestTls(const char *cert, const char *key, QSslCertificate *certificate, QSslKey *privateKey)
{
    QFile certFile(testTlsFile(cert));
    QFile keyFile(testTlsFile(key));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    *privateKey = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    return !certificate->isNull() && !privateKey->isNull();
}
