// The emulator's request parsing: any bytes a client could send, through a real socket into a running
// emulator (Qt's HTTP parser, then the emulator's own parsing of paths, headers, signatures and JSON
// bodies). It must answer or close, and keep serving.
#include "FuzzInput.h"
#include "emulator/Emulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <functional>

namespace {
kyc::emulator::Emulator *emulator()
{
    static int argc = 1;
    static char name[] = "fuzz_emulator_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static kyc::emulator::Emulator *server = [] {
        kyc::emulator::EmulatorConfig config;
        config.rateLimits = false;
        auto *e = new kyc::emulator::Emulator(config);
        if (e->start().isEmpty())
            std::abort();
        return e;
    }();
    return server;
}

// Runs the event loop until the condition holds or the time is up.
bool spinUntil(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return condition();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kyc::emulator::Emulator *server = emulator();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(server->baseUrl().port()));
    FUZZ_ASSERT(spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000));
    socket.write(reinterpret_cast<const char *>(data), qint64(size));
    // An answer, or the emulator closing, or nothing yet for an incomplete request: all fine.
    spinUntil(
        [&] { return socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState; }, 50);
    socket.abort();

    // And it still serves a well-formed request.
    static int checked = 0;
    if (++checked % 64 == 0) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(server->baseUrl().port()));
        FUZZ_ASSERT(spinUntil([&] { return probe.state() == QAbstractSocket::ConnectedState; }, 2000));
        probe.write("GET /resources/applicants/-/levels HTTP/1.1\r\nHost: localhost\r\n\r\n");
        FUZZ_ASSERT(spinUntil([&] { return probe.canReadLine(); }, 2000));
        FUZZ_ASSERT(probe.readLine().startsWith("HTTP/1.1 "));
    }
    return 0;
}
