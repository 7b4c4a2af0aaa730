#include "core/credentials/Credentials.h"

#include "core/base/Wipe.h"

namespace kyc {

void Credentials::wipe()
{
    for (QString *secret : {&sumsubAppToken, &sumsubSecretKey, &complyCubeApiKey}) {
        kyc::wipe(*secret);
        secret->clear();
    }
}

} // namespace kyc
