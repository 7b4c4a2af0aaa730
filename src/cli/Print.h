#pragma once

#include <QString>

#include <cstdio>

namespace kyc::cli {

// The streams every command works with: standard input, results on out (text, or one JSON object with
// --json), messages for people on err.
struct Io
{
    FILE *in;
    FILE *out;
    FILE *err;
    bool json = false;
};

// The CLI's one way to write: UTF-8, flushed at once (a script reading both streams sees messages in
// order). Results go to standard output, messages for people to standard error.
void print(FILE *stream, const QString &text);
// "kyc-share: MESSAGE" and where the commands are explained, on err; returns BadInput (2).
int usageError(FILE *err, const QString &message);

} // namespace kyc::cli
