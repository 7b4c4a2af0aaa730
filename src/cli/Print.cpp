#include "cli/Print.h"

#include "cli/ExitStatus.h"

using namespace Qt::StringLiterals;

namespace kyc::cli {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usageError(FILE *err, const QString &message)
{
    print(err, u"kyc-share: "_s + message + u"\nRun 'kyc-share --help' for the commands and options.\n"_s);
    return BadInput;
}

} // namespace kyc::cli
