// The Transport over real sockets, against a scripted local server: what it sends, and every rule it
// enforces (no redirects, a size cap, a timeout, cancel, plain HTTP only to loopback and never through a
// proxy, TLS 1.2 or later with the system's CAs plus a profile's, the system proxy honoured).
#include "TestTls.h"
#include "core/net/Transport.h"

#include <QSignalSpy>
#include <QSslSocket>
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
    QUrl url() const
    {
        return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(serverPort()));
    }

    // Serve HTTPS with one of the test certificates (tests/data/tls).
    bool useTls(const char *cert, const char *key)
    {
        m_tls = loadTestTls(cert, key, &m_certificate, &m_key);
        return m_tls;
    }

    QList<QByteArray> requests;
    QList<QSsl::SslProtocol> tlsProtocols; // what each TLS connection negotiated
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this,
                [this, socket] { tlsProtocols.append(socket->sessionProtocol()); });
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// An HTTP proxy as a corporate network has one: CONNECT tunnels (to one upstream, whatever host was
// asked for, so no name is ever resolved), and plain requests recorded and refused.
class TunnelProxy : public QTcpServer
{
public:
    explicit TunnelProxy(quint16 upstreamPort)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this, upstreamPort] {
            while (QTcpSocket *client = nextPendingConnection()) {
                connect(client, &QTcpSocket::readyRead, this, [this, client, upstreamPort] {
                    if (m_tunnels.contains(client))
                        return; // piped below
                    m_heads[client] += client->readAll();
                    const qsizetype end = m_heads[client].indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_heads.take(client);
                    requests.append(head.left(head.indexOf("\r\n")));
                    if (!head.startsWith("CONNECT ")) {
                        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                        return;
                    }
                    auto *upstream = new QTcpSocket(client);
                    m_tunnels.insert(client);
                    connect(upstream, &QTcpSocket::connected, client,
                            [client, upstream, rest = head.mid(end + 4)] {
                                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                                upstream->write(rest);
                                connect(client, &QTcpSocket::readyRead, upstream,
                                        [client, upstream] { upstream->write(client->readAll()); });
                                connect(upstream, &QTcpSocket::readyRead, client,
                                        [client, upstream] { client->write(upstream->readAll()); });
                            });
                    upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
                });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }

    QList<QByteArray> requests; // each request line: "CONNECT host:port HTTP/1.1"

private:
    QHash<QTcpSocket *, QByteArray> m_heads;
    QSet<QTcpSocket *> m_tunnels;
};

// Sets the system's proxy variables for one test, and takes them away again.
class ProxyEnvironment
{
public:
    explicit ProxyEnvironment(const QString &proxy)
    {
        for (const char *name : kNames)
            qputenv(name, proxy.toLatin1());
    }
    ~ProxyEnvironment()
    {
        for (const char *name : kNames)
            qunsetenv(name);
    }
    ProxyEnvironment(const ProxyEnvironment &) = delete;
    ProxyEnvironment &operator=(const ProxyEnvironment &) = delete;

private:
    static constexpr const char *kNames[] = {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"};
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
    void redirectMessageNamesTheTarget_data();
    void redirectMessageNamesTheTarget();
    void capsTheResponseSize_data();
    void capsTheResponseSize();
    void readsEveryFraming_data();
    void readsEveryFraming();
    void capsTheHeaders_data();
    void capsTheHeaders();
    void keepsTheDeadlineWhileHeadersDrip();
    void timesOut();
    void cancels();
    void refusesPlainHttpToRemoteHosts();
    void reportsRefusedConnections();
    void tlsConfigurationKeepsTheSystemCas();
    void negotiatesTls12OrLater();
    void neverTrustsAnUnknownCertificate();
    void honoursTheSystemProxy();
    void loopbackNeverGoesThroughAProxy();
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

void TestTransport::redirectMessageNamesTheTarget_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("detail");
    QTest::newRow("relative") << QByteArray("/v2/elsewhere?token=secret")
                              << u"307 redirect to /v2/elsewhere was"_s;
    QTest::newRow("relative, spaces around") << QByteArray("  /moved  ") << u"307 redirect to /moved was"_s;
    QTest::newRow("absolute") << QByteArray("https://user:pw@evil.example:8443/steal?x=1#f")
                              << u"307 redirect to https://evil.example:8443 was"_s;
    QTest::newRow("none") << QByteArray() << u"307 redirect (with no Location) was"_s;
}

// The message names where the redirect pointed, as sent: never an empty target, never a query or user
// info (which may hold secrets).
void TestTransport::redirectMessageNamesTheTarget()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, detail);
    ScriptedServer server([location](QTcpSocket *s, const QByteArray &) {
        s->write(httpResponse(307, {}, location.isNull() ? QByteArray() : "Location: " + location + "\r\n"));
    });
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(server.url()));
    QCOMPARE(r.error, TransportError::Redirect);
    QVERIFY2(r.errorDetail.contains(detail), qPrintable(r.errorDetail));
    QVERIFY2(!r.errorDetail.contains(u"secret"_s) && !r.errorDetail.contains(u"pw"_s),
             qPrintable(r.errorDetail));
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
    options.limits.maxBodyBytes = 256 * 1024;
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::TooLarge);
}

void TestTransport::readsEveryFraming_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("close"); // the server closes the connection after the answer
    QTest::newRow("Content-Length") << httpResponse(200, R"({"token":"t"})") << false;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\n{\"tok\r\n8\r\nen\":\"t\"}\r\n0\r\n\r\n")
                             << false;
    QTest::newRow("to the end of the connection")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"token\":\"t\"}") << true;
    QTest::newRow("after 100 Continue")
        << "HTTP/1.1 100 Continue\r\n\r\n" + httpResponse(200, R"({"token":"t"})") << false;
}

void TestTransport::readsEveryFraming()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, close);
    ScriptedServer server([answer, close](QTcpSocket *s, const QByteArray &) {
        s->write(answer);
        if (close)
            s->disconnectFromHost();
    });
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(server.url()));
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.response.status, 200);
    QCOMPARE(r.response.body, QByteArray(R"({"token":"t"})"));
    // One request per connection, said so; nothing asked of the server that this reader does not read.
    const QByteArray &req = server.requests.first();
    const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()) + "\r\n";
    QVERIFY2(req.contains(host), req.constData());
    QVERIFY2(req.contains("\r\nConnection: close\r\n"), req.constData());
    QVERIFY2(!req.toLower().contains("accept-encoding"), req.constData());
}

void TestTransport::capsTheHeaders_data()
{
    QTest::addColumn<QByteArray>("head");   // sent first
    QTest::addColumn<QByteArray>("repeat"); // then sent again and again, for as long as the test lasts
    QTest::addColumn<QString>("detail");
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 headers") << "HTTP/1.1 200 OK\r\n" + many + "Content-Length: 2\r\n\r\n{}"
                                 << QByteArray() << u"more than 100 header lines"_s;
    QTest::newRow("one header of 70 KB")
        << "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70 * 1024, 'v') + "\r\n\r\n{}" << QByteArray()
        << u"exceed 65536 bytes"_s;
    QTest::newRow("an endless flood of headers")
        << QByteArray("HTTP/1.1 200 OK\r\n")
        << QByteArray("X-Flood: " + QByteArray(30, 'v') + "\r\n").repeated(500)
        << u"more than 100 header lines"_s;
    QTest::newRow("an endless header line")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Flood: ") << QByteArray(16384, 'v') << u"exceed 65536 bytes"_s;
    QTest::newRow("endless 100 Continue")
        << QByteArray() << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(100)
        << u"exceed 65536 bytes"_s;
}

// However many headers a server sends, the answer is refused at the limit, long before the deadline
// (60 s here), and the connection is dropped.
void TestTransport::capsTheHeaders()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, repeat);
    QFETCH(QString, detail);
    ScriptedServer server([head, repeat](QTcpSocket *s, const QByteArray &) {
        s->write(head);
        if (repeat.isEmpty())
            return;
        QObject::connect(s, &QTcpSocket::bytesWritten, s, [s, repeat] {
            if (s->bytesToWrite() < repeat.size())
                s->write(repeat);
        });
        s->write(repeat);
    });
    Transport transport;
    TransportOptions options;
    options.timeoutMs = 60000;
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::TooLarge);
    QVERIFY2(r.errorDetail.contains(detail), qPrintable(r.errorDetail));
}

// A server that sends a header now and then, never enough for a limit: the deadline ends the request.
void TestTransport::keepsTheDeadlineWhileHeadersDrip()
{
    QList<QTimer *> drips;
    ScriptedServer server([&drips](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\n");
        auto *drip = new QTimer(s);
        QObject::connect(drip, &QTimer::timeout, s, [s] { s->write("X-Drip: v\r\n"); });
        drip->start(20);
        drips << drip;
    });
    Transport transport;
    TransportOptions options;
    options.timeoutMs = 500;
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::Timeout);
    QCOMPARE(drips.size(), 1);
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

void TestTransport::tlsConfigurationKeepsTheSystemCas()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "no system CA certificates (the ca-certificates package)");
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(testTlsFile("ca.pem"));
    QCOMPARE(extra.size(), 1);
    // Qt's addCaCertificates() would stop loading the system's on demand: a profile's CA must be added
    // to them, never trusted instead of them.
    const QSslConfiguration tls = Transport::tlsConfiguration(extra);
    QCOMPARE(tls.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(tls.caCertificates().contains(extra.first()));
    for (const QSslCertificate &ca : system)
        QVERIFY2(tls.caCertificates().contains(ca), qPrintable(ca.subjectDisplayName()));
    const QSslConfiguration plain = Transport::tlsConfiguration({});
    QCOMPARE(plain.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(plain.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(!plain.caCertificates().contains(extra.first()));
}

void TestTransport::negotiatesTls12OrLater()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, "{}")); });
    QVERIFY(server.useTls("server.pem", "server-key.pem"));
    Transport transport;
    TransportOptions options;
    options.extraCaCertificates = QSslCertificate::fromPath(testTlsFile("ca.pem"));
    const TransportResult r = sendAndWait(transport, post(server.url()), options);
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.response.status, 200);
    QCOMPARE(server.tlsProtocols.size(), 1);
    QVERIFY2(server.tlsProtocols.first() == QSsl::TlsV1_2 || server.tlsProtocols.first() == QSsl::TlsV1_3,
             qPrintable(QString::number(int(server.tlsProtocols.first()))));
}

void TestTransport::neverTrustsAnUnknownCertificate()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, "{}")); });
    QVERIFY(server.useTls("self-signed.pem", "self-signed-key.pem"));
    Transport transport;
    const TransportResult r = sendAndWait(transport, post(server.url()));
    QCOMPARE(r.error, TransportError::Tls);
    QVERIFY2(r.errorDetail.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(r.errorDetail));
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 0); // not a byte of the request went to it
}

void TestTransport::honoursTheSystemProxy()
{
    // The provider's host is known only to the proxy: without it, the name would not even resolve.
    ScriptedServer provider([](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, "{}")); });
    QVERIFY(provider.useTls("wrong-host.pem", "wrong-host-key.pem")); // a certificate for wrong-host.invalid
    TunnelProxy proxy(provider.serverPort());
    const ProxyEnvironment environment(proxy.url());
    Transport transport;
    TransportOptions options;
    options.extraCaCertificates = QSslCertificate::fromPath(testTlsFile("ca.pem"));
    const TransportResult r =
        sendAndWait(transport, post(QUrl(u"https://wrong-host.invalid/resources/x"_s)), options);
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.response.status, 200);
    QCOMPARE(proxy.requests, QList<QByteArray>{"CONNECT wrong-host.invalid:443 HTTP/1.1"});
    QCOMPARE(provider.requests.size(), 1); // through the tunnel, still TLS to the provider itself
    QVERIFY(provider.requests.first().startsWith("POST /resources/x HTTP/1.1\r\n"));
    QCOMPARE(provider.tlsProtocols.size(), 1);
}

void TestTransport::loopbackNeverGoesThroughAProxy()
{
    ScriptedServer local([](QTcpSocket *s, const QByteArray &) { s->write(httpResponse(200, "{}")); });
    TunnelProxy proxy(local.serverPort());
    const ProxyEnvironment environment(proxy.url());
    Transport transport;
    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        QUrl url = local.url();
        url.setHost(host);
        const TransportResult r = sendAndWait(transport, post(url));
        QCOMPARE(r.error, TransportError::None);
    }
    QCOMPARE(local.requests.size(), 2);
    QCOMPARE(proxy.requests.size(), 0); // plain http:// stays on this computer
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
