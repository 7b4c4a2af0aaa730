#include "Emulator.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcEmulator, "kyc.emulator", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}
} // namespace

QString RequestLogEntry::toString() const
{
    QString line = QString::fromLatin1(method) + u' ' + path + u" -> "_s + QString::number(status);
    if (!errorCode.isEmpty())
        line += u' ' + errorCode;
    return line;
}

Emulator::Emulator(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_sumsub(m_config)
{}

Emulator::~Emulator() = default;

QUrl Emulator::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(bound);
    m_baseUrl = url;
    return m_baseUrl;
}

QDateTime Emulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_config.clockOffsetSecs);
}

bool Emulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    EmulatorResponse response;
    if (!m_sumsub.handle(method, request.url(), request, now(), &response))
        response = SumsubEmulator::error(404, u"Not found"_s);
    reply(request, socket, response);
    return true;
}

void Emulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    reply(request, socket, SumsubEmulator::error(404, u"Not found"_s));
}

void Emulator::reply(const QHttpServerRequest &request, QTcpSocket *socket, const EmulatorResponse &response)
{
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    socket->write(response.serialize(now(), close));
    if (close)
        socket->disconnectFromHost();

    RequestLogEntry entry{methodName(request.method()), request.url().path(), response.status,
                          response.errorCode};
    m_log.append(entry);
    qCInfo(lcEmulator).noquote() << entry.toString();
    Q_EMIT requestHandled(entry);
}

} // namespace kyc::emulator
