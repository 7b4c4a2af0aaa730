#include "profiles/Credentials.h"

#include "Wipe.h"

namespace kyc {

void Credentials::wipe()
{
    for (QString *secret : {&sumsubAppToken, &sumsubSecretKey, &complyCubeApiKey}) {
        kyc::wipe(*secret);
        secret->clear();
    }
}

} // namespace kyc
