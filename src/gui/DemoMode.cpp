#include "DemoMode.h"

#include "Emulator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using kyc::emulator::EmulatorConfig;

DemoMode::DemoMode()
    : m_emulator(std::make_unique<kyc::emulator::Emulator>())
    , m_credentials(kyc::Credentials{QLatin1String(EmulatorConfig::kDemoSumsubAppToken),
                                     QLatin1String(EmulatorConfig::kDemoSumsubSecretKey)})
{}

DemoMode::~DemoMode() = default;

bool DemoMode::start()
{
    return !m_emulator->start().isEmpty();
}

kyc::Profile DemoMode::profile() const
{
    kyc::Profile p;
    p.name = QCoreApplication::translate("DemoMode", "Demo");
    p.provider = kyc::Provider::Sumsub;
    p.environment = kyc::Environment::Sandbox;
    p.baseUrl = m_emulator->baseUrl();
    p.timeoutMs = 10000;
    return p;
}
