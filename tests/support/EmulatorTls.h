#pragma once

#include "Emulator.h"
#include "TestTls.h"

#include <QFile>

// Serves the in-process emulator over HTTPS with the given test certificate.
inline bool loadEmulatorTls(kyc::emulator::Emulator &emulator, const char *cert = "server.pem",
                            const char *key = "server-key.pem")
{
    QFile certFile(testTlsFile(cert));
    QFile keyFile(testTlsFile(key));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey privateKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull())
        return false;
    emulator.setTls(certificate, privateKey);
    return true;
}

// For tests that run in both variants: HTTPS when KYC_TEST_TLS=1.
inline bool configureEmulatorForTestVariant(kyc::emulator::Emulator &emulator)
{
    return !testUsesTls() || loadEmulatorTls(emulator);
}
