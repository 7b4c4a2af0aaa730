#pragma once

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
