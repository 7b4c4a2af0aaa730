#pragma once

#include "core/tokens/Outcome.h"

namespace kyc::cli {

// The CLI's exit statuses, documented in --help and the README. Scripts branch on them.
enum ExitStatus : int
{
    Issued = 0,
    Unexpected = 1,
    BadInput = 2,             // usage, a field, a missing credential: nothing was sent
    ProviderRefused = 3,      // the provider refused the request (4xx other than authentication, 429)
    AuthenticationFailed = 4, // credentials, signature, clock or permission
    NetworkFailed = 5,        // timeout, refused connection, DNS, TLS, redirect
    ProviderFailed = 6,       // the provider failed or answered something unreadable
    HistoryFailed = 7,        // the history could not be written or failed verification
    BatchIncomplete = 8,      // a batch ended with rows not issued (failed, in doubt, or not sent)
    AwaitingApproval = 9,     // team mode: a request waits for a second person's approval; nothing sent
};

ExitStatus exitStatusFor(FailureKind kind);

} // namespace kyc::cli
