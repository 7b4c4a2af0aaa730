#pragma once

#include <QString>
#include <QUrl>

// Plays the operator's browser at the Sumsub ID consent page: opens the authorize URL (trusting the
// test CA in the HTTPS variant) and returns the address it is sent back to, with the code and state.
QString followConsent(const QUrl &authorizeUrl);
