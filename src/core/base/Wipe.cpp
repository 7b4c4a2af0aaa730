#include "core/base/Wipe.h"

namespace kyc {

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached())
        bytes.fill('\0');
    else
        bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached())
        text.fill(QChar(u'\0'));
    else
        text.clear();
}

} // namespace kyc
