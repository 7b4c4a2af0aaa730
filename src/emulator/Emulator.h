#pragma once

#include "EmulatorConfig.h"
#include "SumsubEmulator.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace kyc::emulator {

// One line of the request log: what reached the emulator and how it ended. Never a secret,
// signature or token: the query string is left out too.
struct RequestLogEntry
{
    QByteArray method;
    QString path;
    int status = 0;
    QString errorCode;

    QString toString() const;
};

// The provider emulator: serves the vendors' endpoints on one port, answering every request with
// exactly the bytes it chose (which is what lets it misbehave on purpose later).
class Emulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Emulator(EmulatorConfig config = {}, QObject *parent = nullptr);
    ~Emulator() override;

    // Listens on address:port (0 picks a free port). Returns the base URL, or an empty URL on failure.
    QUrl start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    const EmulatorConfig &config() const { return m_config; }

    QDateTime now() const;
    const QList<RequestLogEntry> &requestLog() const { return m_log; }
    const QList<ShareTokenRecord> &shareTokens() const { return m_sumsub.shareTokens(); }

Q_SIGNALS:
    void requestHandled(const kyc::emulator::RequestLogEntry &entry);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void reply(const QHttpServerRequest &request, QTcpSocket *socket, const EmulatorResponse &response);

    EmulatorConfig m_config;
    SumsubEmulator m_sumsub;
    QUrl m_baseUrl;
    QList<RequestLogEntry> m_log;
};

} // namespace kyc::emulator
