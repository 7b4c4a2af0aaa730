#include "EmulatorConfig.h"

#include <QCoreApplication>

namespace kyc::emulator {

QString EmulatorConfig::check() const
{
    if (sumsubAppToken.trimmed().isEmpty())
        return QCoreApplication::translate("kyc::emulator::EmulatorConfig", "The Sumsub app token is empty.");
    if (sumsubSecretKey.isEmpty())
        return QCoreApplication::translate("kyc::emulator::EmulatorConfig",
                                           "The Sumsub secret key is empty.");
    return {};
}

} // namespace kyc::emulator
