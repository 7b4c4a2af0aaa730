// kyc-share-emulator: a local stand-in for the Sumsub and ComplyCube APIs.
#include "Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kyc-share-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KYC_VERSION));
    // The request log goes to standard error, one line a request, without Qt's decorations.
    qSetMessagePattern(u"%{if-category}%{category}: %{endif}%{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A strict local stand-in for the Sumsub API, for tests, demo mode and rehearsal.\n"
        "Prints 'listening on http://HOST:PORT' as its first line, then logs each request on stderr.\n"
        "Demo credentials (made up, good only here): app token %1, secret key %2."_s.arg(
            QLatin1String(EmulatorConfig::kDemoSumsubAppToken),
            QLatin1String(EmulatorConfig::kDemoSumsubSecretKey)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"Address and port to listen on (port 0: any free one)."_s,
                                          u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption appTokenOption(u"sumsub-app-token"_s, u"The Sumsub app token to accept."_s,
                                            u"TOKEN"_s);
    const QCommandLineOption secretOption(u"sumsub-secret-key"_s,
                                          u"The Sumsub secret key requests are signed with."_s, u"KEY"_s);
    const QCommandLineOption clockOffsetOption(
        u"clock-offset"_s, u"Run the emulator's clock this many seconds ahead (negative: behind)."_s,
        u"SECS"_s, u"0"_s);
    parser.addOptions({listenOption, appTokenOption, secretOption, clockOffsetOption});
    parser.process(app);

    EmulatorConfig config;
    if (parser.isSet(appTokenOption))
        config.sumsubAppToken = parser.value(appTokenOption);
    if (parser.isSet(secretOption))
        config.sumsubSecretKey = parser.value(secretOption);
    bool offsetOk = false;
    config.clockOffsetSecs = parser.value(clockOffsetOption).toLongLong(&offsetOk);
    if (!offsetOk) {
        std::fprintf(stderr, "kyc-share-emulator: --clock-offset takes a whole number of seconds\n");
        return 2;
    }
    if (const QString problem = config.check(); !problem.isEmpty()) {
        std::fprintf(stderr, "kyc-share-emulator: %s\n", qPrintable(problem));
        return 2;
    }

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr,
                     "kyc-share-emulator: --listen takes an IP address and a port, like 127.0.0.1:8080\n");
        return 2;
    }

    Emulator emulator(config);
    const QUrl url = emulator.start(address, quint16(port));
    if (url.isEmpty()) {
        std::fprintf(stderr, "kyc-share-emulator: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(url.toString()));
    std::fflush(stdout);
    return app.exec();
}
