#pragma once

#include "cli/Print.h"

#include <QString>

namespace kyc::cli {

class CommandLine;

// What a command has: the command line it reads its options from, the streams it writes to, and the one
// way to refuse a usage ("kyc-share: MESSAGE", where the commands are explained; BadInput).
class Command
{
protected:
    Command(const CommandLine &line, const Io &io)
        : m_line(line)
        , m_io(io)
    {}
    int usageError(const QString &message) const { return cli::usageError(m_io.err, message); }

    const CommandLine &m_line;
    Io m_io;
};

} // namespace kyc::cli
