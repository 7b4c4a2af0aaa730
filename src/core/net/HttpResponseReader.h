#pragma once

#include "core/net/HttpMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace kyc {

// How much of an answer is read, whatever the server sends. No provider's answer comes near these:
// a token answer has a dozen headers in about 1 KB.
struct HttpLimits
{
    int maxHeaderCount = 100;        // header lines, interim (1xx) answers' and trailers included
    qint64 maxHeadBytes = 64 * 1024; // status lines, header lines and trailers, all together
    qint64 maxBodyBytes = 1024 * 1024;
};

// Reads one HTTP/1.1 answer from the bytes of a connection as they arrive, and stops at the first byte
// past a limit: the response head is never buffered beyond maxHeadBytes, nor the body beyond
// maxBodyBytes. Understands what a server may send to a request with "Connection: close": interim 1xx
// answers (skipped), a body framed by Content-Length, by chunked transfer coding (with extensions and
// trailers), or by the end of the connection. No sockets: the fuzz target and the tests feed it bytes.
class HttpResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HttpResponseReader)

public:
    enum class State
    {
        Reading, // more bytes are needed
        Done,    // a whole answer: status(), headers(), body()
        Failed,  // failure() says why; nothing more is read
    };
    enum class Failure
    {
        None,
        Malformed,      // not HTTP/1.x, or framing that cannot be trusted
        TooManyHeaders, // more than maxHeaderCount header lines
        HeadTooLarge,   // the head (or a line) over maxHeadBytes
        BodyTooLarge,   // announced or sent over maxBodyBytes
        Truncated,      // the connection ended before the answer did
    };

    explicit HttpResponseReader(const HttpLimits &limits = {});

    // Takes the next bytes of the connection. Bytes after a complete answer are ignored.
    State feed(QByteArrayView bytes);
    // The connection ended: completes an answer whose body runs to the end, fails any other unfinished one.
    State endOfStream();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    // For people: what was wrong, in a few words; never quotes the server's bytes.
    QString failureDetail() const;

    bool hasStatus() const { return m_status != 0; } // the final (non-1xx) status line has been read
    int status() const { return m_status; }
    const HttpHeaders &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    qint64 headBytes() const { return m_headBytes; }
    int headerCount() const { return m_headerCount; }

private:
    enum class Part
    {
        StatusLine,
        HeaderLines,
        FixedBody,   // Content-Length bytes
        ChunkSize,   // a chunk's size line
        ChunkData,   // its bytes
        ChunkEnd,    // the CRLF after them
        Trailers,    // lines after the last chunk
        BodyToClose, // everything until the connection ends
    };

    // The next line (without CR LF) into `line`; false when it has not all arrived. Counts head bytes.
    bool takeLine(QByteArrayView &bytes, QByteArray &line, bool countsAsHead);
    bool readStatusLine(const QByteArray &line);
    bool readHeaderLine(const QByteArray &line);
    bool startBody();
    bool appendBody(QByteArrayView data);
    State fail(Failure failure);

    HttpLimits m_limits;
    State m_state = State::Reading;
    Failure m_failure = Failure::None;
    Part m_part = Part::StatusLine;
    QByteArray m_line; // a line not yet complete
    int m_status = 0;
    int m_lineStatus = 0; // the status line being read, 1xx included
    HttpHeaders m_headers;
    QByteArray m_body;
    qint64 m_headBytes = 0;
    int m_headerCount = 0;
    qint64 m_remaining = 0;      // of a fixed body or the current chunk
    qint64 m_announcedBytes = 0; // a Content-Length over the limit
};

} // namespace kyc
