#pragma once

#include <QString>

#include <cstdio>

namespace kyc::cli {

// The CLI's one way to write: UTF-8, flushed at once (a script reading both streams sees messages in
// order). Results go to standard output, messages for people to standard error.
void print(FILE *stream, const QString &text);
// "kyc-share: MESSAGE" and where the commands are explained, on err; returns BadInput (2).
int usageError(FILE *err, const QString &message);

} // namespace kyc::cli
