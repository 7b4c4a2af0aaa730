#include "emulator/RequestContext.h"

#include <QHttpServerRequest>

namespace kyc::emulator {

QByteArray RequestContext::header(const QByteArray &name) const
{
    return request.value(name);
}

QByteArray RequestContext::body() const
{
    return request.body();
}

} // namespace kyc::emulator
