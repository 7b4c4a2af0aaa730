#include "emulator/Emulator.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <mutex>

Q_LOGGING_CATEGORY(lcEmulator, "kyc.emulator", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

EmulatorResponse controlError(int status, const QString &message)
{
    return EmulatorResponse::json(status, {{u"error"_s, message}});
}

QJsonObject faultList(const FaultInjector &faults)
{
    QJsonArray list;
    for (const Fault &f : faults.faults())
        list.append(f.toString());
    return {{u"faults"_s, list}};
}

// Qt's HTTP server logs every request with its headers at debug level: the app token, the signature and
// the API key of whoever calls. The emulator runs inside the console in demo mode, and its users turn
// debug logging on for everything when they look for a problem, so that category stays quiet at
// debug whatever the rules say; the emulator's own request log says what arrived, without secrets.
QLoggingCategory::CategoryFilter g_previousCategoryFilter = nullptr;

void keepQtHttpServerQuiet(QLoggingCategory *category)
{
    if (g_previousCategoryFilter)
        g_previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

QString RequestLogEntry::toString() const
{
    QString line = QString::fromLatin1(method) + u' ' + path + u" -> "_s +
                   (status == 0 ? u"no answer"_s : QString::number(status));
    if (!errorCode.isEmpty())
        line += u' ' + errorCode;
    if (!subject.isEmpty())
        line += u" for "_s + subject;
    return line;
}

Emulator::Emulator(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_state(m_config.state)
    , m_sumsub(m_config, m_state)
    , m_complyCube(m_config, m_state)
{
    static std::once_flag quiet;
    std::call_once(quiet,
                   [] { g_previousCategoryFilter = QLoggingCategory::installFilter(keepQtHttpServerQuiet); });
}

Emulator::~Emulator() = default;

void Emulator::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl Emulator::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return {};
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
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
    const RequestContext ctx{methodName(request.method()), request.url(), request, now(), m_baseUrl};
    const QString path = ctx.url.path();
    if (path.startsWith(u"/_emulator/"_s)) {
        send(ctx, socket, control(ctx));
        return true;
    }

    const std::optional<Fault> fault = m_faults.take(path);
    if (fault && fault->kind == Fault::Kind::Hang) {
        log(ctx, 0, u"fault:"_s + fault->toString()); // the connection stays open, unanswered
        return true;
    }
    if (fault && fault->kind == Fault::Kind::Close) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                      "{\"token\":\"abc");
        socket->disconnectFromHost();
        log(ctx, 200, u"fault:"_s + fault->toString());
        return true;
    }
    if (fault) {
        if (std::optional<EmulatorResponse> r = faultResponse(*fault, ctx)) {
            r->errorCode = u"fault:"_s + fault->toString();
            send(ctx, socket, *r);
            return true;
        }
    }

    EmulatorResponse response = route(ctx);
    int delayMs = 0;
    if (fault && fault->kind == Fault::Kind::Delay) {
        delayMs = fault->argument;
        response.errorCode = (response.errorCode.isEmpty() ? QString() : response.errorCode + u' ') +
                             u"fault:"_s + fault->toString();
    }
    if (fault && fault->kind == Fault::Kind::LongToken && response.status == 200) {
        QJsonObject o = QJsonDocument::fromJson(response.body).object();
        for (const QString &key : {u"token"_s, u"access_token"_s})
            if (o.contains(key))
                o.insert(key, QString(fault->argument, u'x'));
        response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        response.errorCode = u"fault:"_s + fault->toString();
    }
    send(ctx, socket, response, delayMs);
    return true;
}

void Emulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const RequestContext ctx{methodName(request.method()), request.url(), request, now(), m_baseUrl};
    send(ctx, socket, vendorError(ctx.url.path(), 404, u"Not found"_s));
}

EmulatorResponse Emulator::route(const RequestContext &ctx)
{
    EmulatorResponse response;
    if (m_sumsub.handle(ctx, &response) || m_complyCube.handle(ctx, &response))
        return response;
    return vendorError(ctx.url.path(), 404, u"Not found"_s);
}

EmulatorResponse Emulator::vendorError(const QString &path, int status, const QString &message)
{
    if (path.startsWith(u"/v1/"_s)) {
        const QString type = status == 401 || status == 403 ? u"unauthorized"_s
                             : status == 404                ? u"resource_not_found"_s
                             : status == 429                ? u"rate_limit_exceeded"_s
                             : status >= 500                ? u"internal_server_error"_s
                                                            : u"invalid_request"_s;
        return ComplyCubeEmulator::error(status, type, message);
    }
    return SumsubEmulator::error(status, message);
}

std::optional<EmulatorResponse> Emulator::faultResponse(const Fault &fault, const RequestContext &ctx) const
{
    const QString path = ctx.url.path();
    EmulatorResponse r;
    switch (fault.kind) {
    case Fault::Kind::Html:
        r.status = fault.argument;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<html><head><title>" + QByteArray::number(fault.argument) + ' ' +
                 EmulatorResponse::reasonPhrase(fault.argument) + "</title></head><body><h1>" +
                 QByteArray::number(fault.argument) + ' ' + EmulatorResponse::reasonPhrase(fault.argument) +
                 "</h1><hr><center>nginx</center></body></html>";
        return r;
    case Fault::Kind::RateLimit:
        r = vendorError(path, 429, u"Too many requests"_s);
        if (fault.argument > 0)
            r.extraHeaders.append({"Retry-After", QByteArray::number(fault.argument)});
        return r;
    case Fault::Kind::Status:
        return vendorError(path, fault.argument, u"Emulated failure (HTTP %1)"_s.arg(fault.argument));
    case Fault::Kind::MalformedJson:
        r.body = R"({"token": "abc", "forClientId": )";
        return r;
    case Fault::Kind::WrongShape:
        r.body = R"({"data":{"items":[1,2,3]},"ok":true})";
        return r;
    case Fault::Kind::Oversized:
        r.body = R"({"token":")" + QByteArray(qsizetype(fault.argument) * 1024 * 1024, 'A') + R"("})";
        return r;
    case Fault::Kind::Redirect:
        r.status = 302;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<html><body>Moved</body></html>";
        r.extraHeaders.append({"Location", "https://collector.attacker.invalid" + path.toUtf8()});
        return r;
    case Fault::Kind::Delay:
    case Fault::Kind::LongToken:
    case Fault::Kind::Hang:
    case Fault::Kind::Close:
        return std::nullopt;
    }
    return std::nullopt;
}

EmulatorResponse Emulator::control(const RequestContext &ctx)
{
    const QString path = ctx.url.path();
    // A web page can post text/plain anywhere without asking; application/json needs a preflight, which
    // the emulator never grants. So no page a tester has open can inject faults or consume tokens.
    if (ctx.method == "POST" && !ctx.header("content-type").toLower().startsWith("application/json"))
        return controlError(415, u"The control routes take Content-Type: application/json"_s);
    if (path == u"/_emulator/faults") {
        if (ctx.method == "GET")
            return EmulatorResponse::json(200, faultList(m_faults));
        if (ctx.method == "DELETE") {
            m_faults.clear();
            return EmulatorResponse::json(200, faultList(m_faults));
        }
        if (ctx.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(ctx.body()).object();
            QString error;
            const std::optional<Fault> fault = Fault::parse(body.value(u"fault"_s).toString(), &error);
            if (!fault)
                return controlError(400, error);
            m_faults.add(*fault);
            return EmulatorResponse::json(200, faultList(m_faults));
        }
        return controlError(405, u"Use GET, POST or DELETE"_s);
    }
    if (path == u"/_emulator/shareTokens/consume")
        return ctx.method == "POST" ? consumeShareToken(ctx) : controlError(405, u"Use POST"_s);
    return controlError(404, u"Unknown control route %1"_s.arg(path));
}

EmulatorResponse Emulator::consumeShareToken(const RequestContext &ctx)
{
    // What a partner's import does with a share token: it works once, until it expires.
    const QString token = QJsonDocument::fromJson(ctx.body()).object().value(u"token"_s).toString();
    for (ShareTokenRecord &record : m_state.shareTokens) {
        if (record.token != token || token.isEmpty())
            continue;
        if (record.consumed)
            return SumsubEmulator::error(410, u"Share token has already been used"_s);
        if (record.expiresAt < ctx.now)
            return SumsubEmulator::error(410, u"Share token has expired"_s);
        record.consumed = true;
        return EmulatorResponse::json(
            200, {{record.sumsubId ? u"sumsubIdProfileId"_s : u"applicantId"_s, record.applicantId},
                  {u"forClientId"_s, record.forClientId}});
    }
    return SumsubEmulator::error(404, u"Unknown share token"_s);
}

void Emulator::send(const RequestContext &ctx, QTcpSocket *socket, const EmulatorResponse &response,
                    int delayMs)
{
    const bool close = ctx.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    const QByteArray bytes = response.serialize(ctx.now, close);
    log(ctx, response.status, response.errorCode);
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, bytes, close] {
        if (!guard)
            return;
        guard->write(bytes);
        if (close)
            guard->disconnectFromHost();
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, write);
    else
        write();
}

void Emulator::log(const RequestContext &ctx, int status, const QString &errorCode)
{
    RequestLogEntry entry{ctx.method, ctx.url.path(), status, errorCode, {}};
    // Who the request was for, never a token: what a test counts requests per row by.
    if (ctx.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(ctx.body()).object();
        for (const QString &key : {u"applicantId"_s, u"clientId"_s}) {
            if (const QJsonValue v = body.value(key); v.isString() && v.toString().size() <= 64)
                entry.subject = v.toString();
        }
    }
    m_log.append(entry);
    qCInfo(lcEmulator).noquote() << entry.toString();
    Q_EMIT requestHandled(entry);
}

} // namespace kyc::emulator
