#pragma once

#include "core/credentials/FixedCredentialSource.h"
#include "core/profiles/Profile.h"

#include <memory>

namespace kyc::emulator {
class Emulator;
}

// Demo mode: the provider emulator in this process on a random loopback port, with its made-up
// credentials in memory. Tokens issued here are not real and work nowhere else.
class DemoMode
{
public:
    DemoMode();
    ~DemoMode();

    // Starts the emulator; false if no loopback port could be had.
    bool start(); // One profile per provider, both pointing at the emulator.
    QList<kyc::Profile> profiles() const;
    kyc::CredentialSource *credentials() { return &m_credentials; }
    kyc::emulator::Emulator *emulator() const { return m_emulator.get(); }

private:
    std::unique_ptr<kyc::emulator::Emulator> m_emulator;
    kyc::FixedCredentialSource m_credentials;
};
