#pragma once

#include "cli/Command.h"
#include "core/profiles/Profile.h"

#include <QCoreApplication>

namespace kyc::cli {

// kyc-share sumsub id-connect-authorize-url: the Sumsub ID consent URL to open in a browser, with a
// fresh code verifier and state, as JSON. Nothing is sent.
class AuthorizeUrlCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::AuthorizeUrlCommand)

public:
    AuthorizeUrlCommand(const CommandLine &line, const Io &io);
    // profile: the Sumsub account whose ID service the URL goes to.
    int run(const Profile &profile);
};

} // namespace kyc::cli
