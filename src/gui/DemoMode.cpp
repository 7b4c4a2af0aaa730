#include "gui/DemoMode.h"

#include "emulator/Emulator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using kyc::emulator::EmulatorConfig;

constexpr int kDemoBatchApplicants = 100;

namespace {
// The built-in accounts, and 100 more applicants and clients to rehearse a batch with.
EmulatorConfig demoConfig()
{
    EmulatorConfig config;
    config.state.seed(kDemoBatchApplicants);
    return config;
}
} // namespace

DemoMode::DemoMode()
    : m_emulator(std::make_unique<kyc::emulator::Emulator>(demoConfig()))
    , m_credentials(EmulatorConfig::demoCredentials())
{}

DemoMode::~DemoMode() = default;

bool DemoMode::start()
{
    return !m_emulator->start().isEmpty();
}

QList<kyc::Profile> DemoMode::profiles() const
{
    QList<kyc::Profile> list;
    for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
        kyc::Profile p;
        p.name = QCoreApplication::translate("DemoMode", "Demo");
        p.provider = provider;
        p.environment = kyc::Environment::Sandbox;
        p.baseUrl = m_emulator->baseUrl();
        p.timeoutMs = 10000;
        list.append(p);
    }
    return list;
}
