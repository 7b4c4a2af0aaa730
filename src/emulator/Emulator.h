#pragma once

#include "emulator/ComplyCubeEmulator.h"
#include "emulator/EmulatorConfig.h"
#include "emulator/FaultInjector.h"
#include "emulator/SumsubEmulator.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace kyc::emulator {

// One line of the request log: what reached the emulator and how it ended. Never a secret,
// signature or token; the query string is left out too.
struct RequestLogEntry
{
    QByteArray method;
    QString path;
    int status = 0;    // 0: no answer was sent (a hang)
    QString errorCode; // the vendor's error code or type, or "fault:…"
    QString subject;   // the applicant or client the body names (applicantId, clientId), if any

    QString toString() const;
};

// The provider emulator: Sumsub's and ComplyCube's endpoints on one port (HTTP, or HTTPS with a
// certificate), plus control routes under /_emulator/ for faults and for consuming a share token
// as a partner would. It writes every answer's bytes itself, which is what lets it misbehave on purpose.
class Emulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Emulator(EmulatorConfig config = {}, QObject *parent = nullptr);
    ~Emulator() override;

    // Serve HTTPS with this certificate and key (before start()).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Listens on address:port (0 picks a free port). Returns the base URL, or an empty URL on failure.
    QUrl start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }

    QDateTime now() const;
    // Moves the emulator's clock (to let codes and tokens expire in a test, or rehearse a 4004).
    void setClockOffsetSecs(qint64 secs) { m_config.clockOffsetSecs = secs; }
    const EmulatorConfig &config() const { return m_config; }
    EmulatorState &state() { return m_state; }
    FaultInjector &faults() { return m_faults; }
    const QList<RequestLogEntry> &requestLog() const { return m_log; }
    const QList<ShareTokenRecord> &shareTokens() const { return m_state.shareTokens; }

Q_SIGNALS:
    void requestHandled(const kyc::emulator::RequestLogEntry &entry);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    EmulatorResponse route(const RequestContext &ctx);
    EmulatorResponse control(const RequestContext &ctx);
    EmulatorResponse consumeShareToken(const RequestContext &ctx);
    // Answers for a fault that replaces the route; empty when the route must run first.
    std::optional<EmulatorResponse> faultResponse(const Fault &fault, const RequestContext &ctx) const;
    static EmulatorResponse vendorError(const QString &path, int status, const QString &message);
    void send(const RequestContext &ctx, QTcpSocket *socket, const EmulatorResponse &response,
              int delayMs = 0);
    void log(const RequestContext &ctx, int status, const QString &errorCode);

    EmulatorConfig m_config;
    EmulatorState &m_state;
    SumsubEmulator m_sumsub;
    ComplyCubeEmulator m_complyCube;
    FaultInjector m_faults;
    bool m_tls = false;
    QUrl m_baseUrl;
    QList<RequestLogEntry> m_log;
};

} // namespace kyc::emulator
