#include "cli/TokenInput.h"

#include "cli/CommandLine.h"
#include "core/credentials/EnvironmentCredentialSource.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kyc::cli {

TokenInput::TokenInput(const CommandLine &line, const Io &io)
    : m_line(line)
    , m_io(io)
{}

QString TokenInput::variable(const QString &name)
{
    return u"KYC_SHARE_"_s + name.toUpper().replace(u'-', u'_');
}

bool TokenInput::read()
{
    if (!m_line.isSet(m_line.tokensStdin))
        return true;
    const QStringList names{u"code"_s,          u"redirect-url"_s,  u"code-verifier"_s,
                            u"refresh-token"_s, u"connect-token"_s, u"share-token"_s};
    QFile in;
    if (!in.open(m_io.in, QIODevice::ReadOnly)) {
        print(m_io.err, tr("kyc-share: --tokens-stdin: standard input cannot be read.\n"));
        return false;
    }
    int line = 0;
    while (!in.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(in.readLine()).trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype equals = text.indexOf(u'=');
        const QString name = text.left(equals).trimmed();
        if (equals < 0 || !names.contains(name)) {
            // Never the line itself: it may be a token.
            print(m_io.err, tr("kyc-share: --tokens-stdin: line %1 is not NAME=VALUE with NAME one of %2.\n")
                                .arg(line)
                                .arg(names.join(u", "_s)));
            return false;
        }
        m_fromStdin.insert(name, text.mid(equals + 1).trimmed());
    }
    return true;
}

std::optional<QString> TokenInput::readLine(FILE *in, bool hidden)
{
    const int fd = fileno(in);
    termios saved{};
    const bool terminal = hidden && isatty(fd) && tcgetattr(fd, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    if (terminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    QString value = QString::fromUtf8(line);
    line.fill('\0');
    return value;
}

QString TokenInput::takeOrRead(const QString &name, const QString &prompt) const
{
    if (has(name))
        return take(name);
    if (isatty(fileno(m_io.in)))
        print(m_io.err, prompt);
    return readLine(m_io.in, true).value_or(QString());
}

bool TokenInput::has(const QString &name) const
{
    return m_line.isSet(name) || m_fromStdin.contains(name) ||
           !EnvironmentCredentialSource::taken(variable(name).toLatin1().constData()).isEmpty();
}

QString TokenInput::take(const QString &name) const
{
    if (m_line.isSet(name)) {
        print(m_io.err,
              tr("kyc-share: warning: --%1 on the command line is visible to every user of this machine "
                 "(ps, /proc) and stays in shell history. Pass it on standard input with --tokens-stdin "
                 "(a line %1=VALUE) or in %2 instead.\n")
                  .arg(name, variable(name)));
        return m_line.value(name);
    }
    if (m_fromStdin.contains(name))
        return m_fromStdin.value(name);
    return EnvironmentCredentialSource::taken(variable(name).toLatin1().constData());
}

} // namespace kyc::cli
