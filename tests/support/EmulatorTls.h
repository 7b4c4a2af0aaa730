#pragma once

#include "TestTls.h"
#include "emulator/Emulator.h"

// Serves the in-process emulator over HTTPS with the given test certificate.
inline bool loadEmulatorTls(kyc::emulator::Emulator &emulator, const char *cert = "server.pem",
                            const char *key = "server-key.pem")
{
    QSslCertificate certificate;
    QSslKey privateKey;
    if (!loadTestTls(cert, key, &certificate, &privateKey))
        return false;
    emulator.setTls(certificate, privateKey);
    return true;
}

// For tests that run in both variants: HTTPS when KYC_TEST_TLS=1.
inline bool configureEmulatorForTestVariant(kyc::emulator::Emulator &emulator)
{
    return !testUsesTls() || loadEmulatorTls(emulator);
}
