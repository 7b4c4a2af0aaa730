#include "profiles/Credentials.h"

namespace kyc {

namespace {
void wipeString(QString &s)
{
    if (!s.isDetached()) { // shared: overwriting would touch other copies; just let go of ours
        s.clear();
        return;
    }
    s.fill(QChar(u'\0'));
    s.clear();
}
} // namespace

void Credentials::wipe()
{
    wipeString(sumsubAppToken);
    wipeString(sumsubSecretKey);
    wipeString(complyCubeApiKey);
}

} // namespace kyc
