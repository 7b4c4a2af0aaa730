// The reader of HTTP answers: what it takes from the bytes a server sends, and where it stops. Every case
// is fed three ways (whole, one byte at a time, and in slices of 7) and must read the same.
#include "core/net/HttpResponseReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kyc::HttpLimits;
using kyc::HttpResponseReader;
using State = HttpResponseReader::State;
using Failure = HttpResponseReader::Failure;

Q_DECLARE_METATYPE(HttpResponseReader::State)
Q_DECLARE_METATYPE(HttpResponseReader::Failure)

namespace {
constexpr HttpLimits kLimits{10, 512, 1000};

// Feeds `bytes` in slices of `step` (0: whole), then the end of the connection if `close`.
HttpResponseReader readIn(const QByteArray &bytes, qsizetype step, bool close)
{
    HttpResponseReader reader(kLimits);
    if (step == 0) {
        reader.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step)
            reader.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
    }
    if (close)
        reader.endOfStream();
    return reader;
}

QByteArray headers(int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += "X-" + QByteArray::number(i) + ": v\r\n";
    return lines;
}
} // namespace

class TestHttpResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void keepsTheHeadersAsSent();
    void stopsAtTheFirstByteOverTheHeadLimit();
    void tellsWhatWasWrong();
};

void TestHttpResponseReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("close"); // the server then closes the connection
    QTest::addColumn<HttpResponseReader::State>("state");
    QTest::addColumn<HttpResponseReader::Failure>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const auto ok = [](const char *name, const QByteArray &bytes, bool close, int status,
                       const QByteArray &body) {
        QTest::newRow(name) << bytes << close << State::Done << Failure::None << status << body;
    };
    const auto bad = [](const char *name, const QByteArray &bytes, bool close, Failure failure) {
        QTest::newRow(name) << bytes << close << State::Failed << failure << 0 << QByteArray();
    };
    const auto waits = [](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << bytes << false << State::Reading << Failure::None << 0 << QByteArray();
    };

    ok("content-length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false, 200, "hello");
    ok("bytes after the answer are ignored", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiXYZ", false, 200,
       "hi");
    ok("no reason phrase", "HTTP/1.1 401\r\nContent-Length: 2\r\n\r\n{}", false, 401, "{}");
    ok("HTTP/1.0, bare LF", "HTTP/1.0 200 OK\nContent-Length: 2\n\n{}", false, 200, "{}");
    ok("repeated equal lengths", "HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\n{}",
       false, 200, "{}");
    ok("chunked",
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n", false,
       200, "abcde");
    ok("chunked with trailers",
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\nX: y\r\n\r\n", false,
       200, "0123456789");
    ok("chunked wins over a length",
       "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n",
       false, 200, "z");
    ok("to the end of the connection", "HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n\r\n<h1>down</h1>",
       true, 500, "<h1>down</h1>");
    ok("interim answers are skipped",
       "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
       "HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\n1",
       false, 201, "1");
    ok("204 has no body", "HTTP/1.1 204 No Content\r\n\r\n", false, 204, "");
    ok("zero length", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false, 200, "");
    ok("body at the limit", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'b'), false,
       200, QByteArray(1000, 'b'));
    ok("headers at the count limit", "HTTP/1.1 200 OK\r\n" + headers(9) + "Content-Length: 0\r\n\r\n", false,
       200, "");

    waits("head not complete", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n");
    waits("body not complete", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel");
    waits("chunks not complete", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");

    bad("not HTTP", "SSH-2.0-OpenSSH_9.2\r\n", false, Failure::Malformed);
    bad("HTTP/2 preface", "HTTP/2 200\r\n\r\n", false, Failure::Malformed);
    bad("status of two digits", "HTTP/1.1 20 OK\r\n\r\n", false, Failure::Malformed);
    bad("a header without a colon", "HTTP/1.1 200 OK\r\nnonsense\r\n\r\n", false, Failure::Malformed);
    bad("a folded header", "HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\n\r\n", false, Failure::Malformed);
    bad("a space in a header name", "HTTP/1.1 200 OK\r\nX A: 1\r\n\r\n", false, Failure::Malformed);
    bad("lengths that differ", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", false,
        Failure::Malformed);
    bad("a negative length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", false, Failure::Malformed);
    bad("a bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false,
        Failure::Malformed);
    bad("a chunk without its CRLF", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc\r\n",
        false, Failure::Malformed);
    bad("an endless chunk extension",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(5000, 'e'), false,
        Failure::Malformed);
    bad("a protocol switch", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n", false,
        Failure::Malformed);

    bad("one header too many", "HTTP/1.1 200 OK\r\n" + headers(11) + "\r\n", false, Failure::TooManyHeaders);
    bad("endless headers", "HTTP/1.1 200 OK\r\n" + headers(100000), false, Failure::TooManyHeaders);
    bad("trailers count too",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + headers(10) + "\r\n", false,
        Failure::TooManyHeaders);
    bad("interim answers' headers count too",
        "HTTP/1.1 103 Early Hints\r\n" + headers(6) + "\r\nHTTP/1.1 200 OK\r\n" + headers(6) + "\r\n", false,
        Failure::TooManyHeaders);
    bad("one endless header line", "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(100000, 'v'), false,
        Failure::HeadTooLarge);
    bad("an endless status line", "HTTP/1.1 200 " + QByteArray(100000, 'r'), false, Failure::HeadTooLarge);
    bad("endless interim answers", QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(1000), false,
        Failure::HeadTooLarge);
    bad("a length over the limit", "HTTP/1.1 200 OK\r\nContent-Length: 1001\r\n\r\n", false,
        Failure::BodyTooLarge);
    bad("a huge length", "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999\r\n\r\n", false,
        Failure::BodyTooLarge);
    bad("chunks over the limit",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
            QByteArray("64\r\n" + QByteArray(100, 'c') + "\r\n").repeated(11),
        false, Failure::BodyTooLarge);
    bad("one chunk announced over the limit",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n", false, Failure::BodyTooLarge);
    bad("to the end, over the limit", "HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1001, 'x'), false,
        Failure::BodyTooLarge);

    bad("closed in the head", "HTTP/1.1 200 OK\r\nContent-Le", true, Failure::Truncated);
    bad("closed in the body", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel", true, Failure::Truncated);
    bad("closed between chunks", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n", true,
        Failure::Truncated);
    bad("closed before a byte", "", true, Failure::Truncated);
}

void TestHttpResponseReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, close);
    QFETCH(HttpResponseReader::State, state);
    QFETCH(HttpResponseReader::Failure, failure);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        const HttpResponseReader reader = readIn(bytes, step, close);
        const QByteArray how = step == 0 ? QByteArray("whole") : "in slices of " + QByteArray::number(step);
        QVERIFY2(reader.state() == state, how.constData());
        QVERIFY2(reader.failure() == failure, how.constData());
        QVERIFY2(reader.headBytes() <= kLimits.maxHeadBytes, how.constData());
        QVERIFY2(reader.headerCount() <= kLimits.maxHeaderCount, how.constData());
        QVERIFY2(reader.body().size() <= kLimits.maxBodyBytes, how.constData());
        if (state == State::Done) {
            QCOMPARE(reader.status(), status);
            QCOMPARE(reader.body(), body);
        }
    }
}

void TestHttpResponseReader::keepsTheHeadersAsSent()
{
    HttpResponseReader reader(kLimits);
    reader.feed("HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\n"
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After:  7 \r\nX-Correlation-Id: abc\r\n"
                "Content-Length: 2\r\n\r\n{}");
    QCOMPARE(reader.state(), State::Done);
    QCOMPARE(reader.status(), 429);
    const kyc::HttpResponse response{reader.status(), reader.headers(), reader.body()};
    QCOMPARE(response.header("retry-after"), QByteArray("7"));
    QCOMPARE(response.header("X-Correlation-ID"), QByteArray("abc"));
    QVERIFY(response.header("X-Interim").isEmpty()); // the interim answer's headers are not the answer's
    QCOMPARE(reader.headers().size(), 3);
}

// A flood is refused at the limit, not after it has all been taken in.
void TestHttpResponseReader::stopsAtTheFirstByteOverTheHeadLimit()
{
    HttpResponseReader reader(kLimits);
    const QByteArray line = "X-Flood: " + QByteArray(40, 'v') + "\r\n";
    qint64 fed = 0;
    reader.feed("HTTP/1.1 200 OK\r\n");
    fed += 17;
    while (reader.state() == State::Reading && fed < 1000000) {
        reader.feed(line.first(5));
        reader.feed(line.sliced(5));
        fed += line.size();
    }
    QCOMPARE(reader.state(), State::Failed);
    QVERIFY2(fed <= kLimits.maxHeadBytes + line.size(), qPrintable(QString::number(fed)));
}

void TestHttpResponseReader::tellsWhatWasWrong()
{
    HttpResponseReader many(kLimits);
    many.feed(QByteArray("HTTP/1.1 200 OK\r\n" + headers(11)));
    QCOMPARE(many.failureDetail(), u"The answer has more than 10 header lines; it was not read further."_s);

    HttpResponseReader big(kLimits);
    big.feed(QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(600, 'v')));
    QCOMPARE(big.failureDetail(),
             u"The answer's status and header lines exceed 512 bytes; they were not read further."_s);

    HttpResponseReader announced(kLimits);
    announced.feed("HTTP/1.1 200 OK\r\nContent-Length: 50000\r\n\r\n");
    QCOMPARE(announced.failureDetail(), u"The answer announced 50000 bytes; at most 1000 are read."_s);

    HttpResponseReader cut(kLimits);
    cut.feed("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 10\r\n\r\n<h1>");
    cut.endOfStream();
    QCOMPARE(cut.failureDetail(), u"The connection closed after 4 bytes of the answer, before its end."_s);
    QCOMPARE(cut.status(), 502);
}

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "tst_httpresponsereader.moc"
