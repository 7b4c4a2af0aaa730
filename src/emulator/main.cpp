// kyc-share-emulator: a local stand-in for the Sumsub and ComplyCube APIs.
#include "emulator/Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kyc::emulator;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "kyc-share-emulator: %s\n", qPrintable(message));
    return 2;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kyc-share-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KYC_VERSION));
    // The request log goes to standard error, one line a request, without Qt's decorations.
    qSetMessagePattern(u"%{if-category}%{category}: %{endif}%{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A strict local stand-in for the Sumsub and ComplyCube APIs, for tests, demo mode and rehearsal.\n"
        "Prints 'listening on URL' as its first line, then logs each request on standard error.\n"
        "Demo credentials (made up, good only here): Sumsub app token %1 with secret key %2;\n"
        "ComplyCube API key %3. The README documents the state file, the routes and the faults."_s.arg(
            QLatin1String(EmulatorConfig::kDemoSumsubAppToken),
            QLatin1String(EmulatorConfig::kDemoSumsubSecretKey),
            QLatin1String(EmulatorConfig::kDemoComplyCubeApiKey)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"Address and port to listen on (port 0: any free one)."_s,
                                          u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption stateOption(u"state"_s,
                                         u"Seed state (applicants, accounts, profiles, clients) from a "
                                         "JSON file instead of the built-in one."_s,
                                         u"FILE"_s);
    const QCommandLineOption appTokenOption(u"sumsub-app-token"_s, u"The first Sumsub app token to accept."_s,
                                            u"TOKEN"_s);
    const QCommandLineOption secretOption(u"sumsub-secret-key"_s, u"The secret key of that app token."_s,
                                          u"KEY"_s);
    const QCommandLineOption complyCubeOption(
        u"complycube-api-key"_s, u"A ComplyCube API key to accept (test_… or live_…)."_s, u"KEY"_s);
    const QCommandLineOption clockOffsetOption(
        u"clock-offset"_s, u"Run the emulator's clock this many seconds ahead (negative: behind)."_s,
        u"SECS"_s, u"0"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Make requests fail: KIND[:ARG][@PATH][*COUNT], e.g. html:503 or delay:5000@/v1/tokens*0. "
        "May be repeated."_s,
        u"SPEC"_s);
    const QCommandLineOption allowRemoteOption(
        u"allow-remote"_s,
        u"Allow --listen on an address other machines can reach (a test tool with made-up credentials)."_s);
    const QCommandLineOption noRateLimitsOption(u"no-rate-limits"_s,
                                                u"Do not enforce the vendors' rate limits."_s);
    const QCommandLineOption tlsCertOption(u"tls-cert"_s, u"Serve HTTPS with this PEM certificate."_s,
                                           u"PEM"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"PEM"_s);
    const QCommandLineOption seedOption(u"seed"_s,
                                        u"Also seed N applicants and ComplyCube clients, with the IDs "
                                        u"ba7c00000000000000000001 to N in hex (for batches)."_s,
                                        u"N"_s);
    parser.addOption(seedOption);
    parser.addOptions({listenOption, stateOption, appTokenOption, secretOption, complyCubeOption,
                       clockOffsetOption, faultOption, noRateLimitsOption, tlsCertOption, tlsKeyOption,
                       allowRemoteOption});
    parser.process(app);

    EmulatorConfig config;
    QString error;
    if (parser.isSet(stateOption)) {
        const QByteArray json = readFile(parser.value(stateOption), &error);
        if (!error.isEmpty())
            return fail(error);
        std::optional<EmulatorState> state = EmulatorState::fromJson(json, &error);
        if (!state)
            return fail(u"--state %1: %2"_s.arg(parser.value(stateOption), error));
        config.state = *state;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const int n = parser.value(seedOption).toInt(&ok);
        if (!ok || n < 1 || n > 1000000)
            return fail(u"--seed takes a number from 1 to 1000000"_s);
        config.state.seed(n);
    }
    if (parser.isSet(appTokenOption) || parser.isSet(secretOption))
        config.setPrimarySumsubCredentials(
            parser.isSet(appTokenOption) ? parser.value(appTokenOption) : QString(),
            parser.isSet(secretOption) ? parser.value(secretOption) : QString());
    if (parser.isSet(complyCubeOption))
        config.addComplyCubeKey(parser.value(complyCubeOption));
    bool offsetOk = false;
    config.clockOffsetSecs = parser.value(clockOffsetOption).toLongLong(&offsetOk);
    if (!offsetOk)
        return fail(u"--clock-offset takes a whole number of seconds"_s);
    config.rateLimits = !parser.isSet(noRateLimitsOption);
    if (const QString problem = config.check(); !problem.isEmpty())
        return fail(problem);

    QList<Fault> faults;
    for (const QString &spec : parser.values(faultOption)) {
        std::optional<Fault> fault = Fault::parse(spec, &error);
        if (!fault)
            return fail(u"--fault "_s + error);
        faults.append(*fault);
    }

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return fail(u"--listen takes an IP address and a port, like 127.0.0.1:8080"_s);
    if (!address.isLoopback()) {
        if (!parser.isSet(allowRemoteOption))
            return fail(u"--listen %1 can be reached from other machines; the emulator is a test tool whose "
                        "credentials are published. Listen on 127.0.0.1, or pass --allow-remote if that is "
                        "what you mean."_s.arg(listen));
        std::fprintf(stderr,
                     "kyc-share-emulator: warning: listening on %s, reachable from other machines. "
                     "It is a test tool: its credentials are made up and published, and anyone who "
                     "reaches it can change its faults.\n",
                     qPrintable(listen));
    }

    Emulator emulator(config);
    for (const Fault &f : faults)
        emulator.faults().add(f);
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return fail(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(tlsCertOption)) {
        const QByteArray certPem = readFile(parser.value(tlsCertOption), &error);
        const QByteArray keyPem =
            error.isEmpty() ? readFile(parser.value(tlsKeyOption), &error) : QByteArray();
        if (!error.isEmpty())
            return fail(error);
        const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyPem, QSsl::Ec, QSsl::Pem) : key;
        if (certs.isEmpty())
            return fail(u"--tls-cert: no PEM certificate in %1"_s.arg(parser.value(tlsCertOption)));
        if (ecKey.isNull())
            return fail(
                u"--tls-key: no unencrypted PEM RSA or EC key in %1"_s.arg(parser.value(tlsKeyOption)));
        emulator.setTls(certs.first(), ecKey);
    }
    const QUrl url = emulator.start(address, quint16(port));
    if (url.isEmpty()) {
        std::fprintf(stderr, "kyc-share-emulator: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(url.toString()));
    std::fflush(stdout);
    return app.exec();
}
