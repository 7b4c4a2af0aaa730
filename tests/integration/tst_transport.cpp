// The Transport over real sockets, against a scripted local server: what it sends, and every rule it
// enforces (no redirects, a size cap, a timeout, cancel, plain HTTP only to loopback).
#include "net/Transport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace kyc;

namespace {
// Answers each complete HTTP request with whatever the test scripted; records what arrived.
class ScriptedServer : public QTcpServer
{
public:
    using Script = std::function<void(QTcpSocket *socket, const QByteArray &request)>;
    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buffers[s] += s->readAll();
                    const QByteArray &buf = m_buffers[s];
                    const qsizetype end = buf.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buf.left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buf.size() < end + 4 + length)
                        return;
                    requests.append(buf.left(end + 4 + length));
                    m_buffers.remove(s);
                    m_script(s, requests.last());
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    QList<QByteArray> requests;
    int connections = 0;

private:
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extraHeaders + "\r\n" + body;
}

TransportResult sendAndWait(Transport &transport, const HttpRequest &request,
                            const TransportOptions &options = {})
{
    PendingReply *reply = transport.send(request, options);
    QSignalSpy spy(reply, &PendingReply::finished);
    if (!spy.wait(60000))
        return {TransportError::Network, u"no finished() within 60 s"_s, {}};
    return spy.first().first().value<TransportResult>();
}

HttpRequest post(const QUrl &url, const QByteArray &body = R"({"a":1})")
{
    return {"POST", url, {{"Content-Type", "application/json"}, {"X-Test", "yes"}}, body};
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsExactlyWhatWasBuilt();
    void passesHttpErrorsThrough();
    void neverFollowsRedirects();
    void capsTheResponseSize_data();
    void capsTheResponseSize();
    void timesOut();
    void cancels();
    void refusesPlainHttpToRemoteHosts();
    void reportsRefusedConnections();
};

void TestTransport::sendsExactlyWhatWasBuilt()
{
    ScriptedServer server(
        [](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, R"({"ok":true})")); });
    Transport transport;
    QUrl url = server.url();
    url.setPath(u"/resources/x"_s);
    url.setQuery(u"a=1&b=%20c"_s);
    const TransportResult r = sendAndWait(transport, post(url, R"({"exact":"bytes"})"));
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.response.status, 200);
    QCOMPARE(r.response.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(r.response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(server.requests.size(), 1);
    const QByteArray &req = server.requests.first();
    QVERIFY2(req.startsWith("POST /resources/x?a=1&b=%20c HTTP/1.1\r\n"), req.constData());
    QVERIFY(req.contains("\r\nX-Test: yes\r\n"));
    QVERIFY(req.endsWith("\r\n\r\n{\"exact\":\"bytes\"}"));
    QVERIFY(!req.toLower().contains("cookie"));
}

void TestTransport::passesHttpErrorsThrough()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) {
        s->write(httpResponse(401, R"({"code":401,"errorCode":4003})", "WWW-Authenticate: Bearer\r\n"));
    });
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(server.url()));
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.response.status, 401);
    QCOMPARE(r.response.body, QByteArray(R"({"code":401,"errorCode":4003})"));
}

void TestTransport::neverFollowsRedirects()
{
    ScriptedServer elsewhere([](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, "{}")); });
    const QByteArray location = elsewhere.url().toEncoded() + "/steal";
    ScriptedServer server([location](QTcpSocket *s, const QByteArray &) {
        s->write(httpResponse(302, {}, "Location: " + location + "\r\n"));
    });
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(server.url()));
    QCOMPARE(r.error, TransportError::Redirect);
    QCOMPARE(r.response.status, 302);
    QVERIFY2(r.errorDetail.contains(u"302"_s), qPrintable(r.errorDetail));
    QTest::qWait(200);
    QCOMPARE(elsewhere.connections, 0); // the signed headers went nowhere else
}

void TestTransport::capsTheResponseSize_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length over the cap") << true;
    QTest::newRow("chunked, no length") << false;
}

void TestTransport::capsTheResponseSize()
{
    QFETCH(bool, announced);
    ScriptedServer server([announced](QTcpSocket *s, const QByteArray &) {
        const QByteArray chunk(64 * 1024, 'x');
        if (announced) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 50000000\r\n\r\n");
            for (int i = 0; i < 40; ++i)
                s->write(chunk);
        } else {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 40; ++i)
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        }
    });
    Transport transport;
    TransportOptions options;
    options.maxResponseBytes = 256 * 1024;
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::TooLarge);
}

void TestTransport::timesOut()
{
    ScriptedServer server([](QTcpSocket *, const QByteArray &) { /* never answers */ });
    Transport transport;
    TransportOptions options;
    options.timeoutMs = 300;
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::Timeout);
    QCOMPARE(server.requests.size(), 1); // sent once, not retried
}

void TestTransport::cancels()
{
    ScriptedServer server([](QTcpSocket *, const QByteArray &) {});
    Transport transport;
    PendingReply *reply = transport.send(post(server.url()));
    QSignalSpy spy(reply, &PendingReply::finished);
    QTRY_COMPARE(server.requests.size(), 1);
    reply->cancel();
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<TransportResult>().error, TransportError::Cancelled);
}

void TestTransport::refusesPlainHttpToRemoteHosts()
{
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(QUrl(u"http://api.sumsub.com/resources/x"_s)));
    QCOMPARE(r.error, TransportError::InsecureUrl);
    QVERIFY(r.errorDetail.contains(u"api.sumsub.com"_s));
}

void TestTransport::reportsRefusedConnections()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QCOMPARE(r.error, TransportError::ConnectionRefused);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
