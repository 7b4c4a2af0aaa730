#pragma once

#include <QString>

namespace kyc {

// Secrets for one provider account. Held only for the duration of one request: obtained from a
// CredentialSource just before signing, and dropped after. Never logged, never written to disk.
struct Credentials
{
    QString sumsubAppToken;
    QString sumsubSecretKey;
    QString complyCubeApiKey;

    // Overwrites the characters in place before the strings are released.
    void wipe();
};

} // namespace kyc
