#include "core/net/HttpResponseReader.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace kyc {

namespace {
// A chunk's size line is a hex number and perhaps an extension; nothing honest needs more.
constexpr qsizetype kMaxChunkLine = 1024;

bool isTokenChar(char c)
{
    // RFC 9110's tchar: what a header name is made of.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

HttpResponseReader::HttpResponseReader(const HttpLimits &limits)
    : m_limits(limits)
{}

HttpResponseReader::State HttpResponseReader::fail(Failure failure)
{
    m_state = State::Failed;
    m_failure = failure;
    m_line.clear();
    return m_state;
}

bool HttpResponseReader::takeLine(QByteArrayView &bytes, QByteArray &line, bool countsAsHead)
{
    const qsizetype end = bytes.indexOf('\n');
    const qsizetype taken = end < 0 ? bytes.size() : end + 1;
    if (countsAsHead) {
        if (m_headBytes + taken > m_limits.maxHeadBytes) {
            fail(Failure::HeadTooLarge);
            return false;
        }
        m_headBytes += taken;
    } else if (m_line.size() + taken > kMaxChunkLine) {
        fail(Failure::Malformed);
        return false;
    }
    m_line += bytes.first(taken);
    bytes = bytes.sliced(taken);
    if (end < 0)
        return false;
    line = std::exchange(m_line, {});
    line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool HttpResponseReader::readStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": the version, one space, three digits, then the end or a space and a reason.
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(7) < '0' || line.at(7) > '9' ||
        line.at(8) != ' ' || !isDigits(QByteArrayView(line).sliced(9, 3)) ||
        (line.size() > 12 && line.at(12) != ' '))
        return false;
    m_lineStatus = line.mid(9, 3).toInt();
    return m_lineStatus >= 100;
}

bool HttpResponseReader::readHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false; // also a folded continuation line, which RFC 9112 lets a client refuse
    const QByteArrayView name = QByteArrayView(line).first(colon);
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return false;
    if (m_headerCount == m_limits.maxHeaderCount) {
        fail(Failure::TooManyHeaders);
        return false;
    }
    ++m_headerCount;
    if (m_part == Part::HeaderLines)
        m_headers.append({name.toByteArray(), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseReader::startBody()
{
    if (m_lineStatus < 200) {
        if (m_lineStatus == 101)
            return false;  // a protocol switch nobody asked for
        m_headers.clear(); // an interim answer: the final one follows
        m_part = Part::StatusLine;
        return true;
    }
    m_status = m_lineStatus;
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }

    QByteArray codings;
    QByteArray length;
    bool lengthsDiffer = false;
    for (const auto &[name, value] : m_headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            codings += ',' + value;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(',')) {
                const QByteArray v = part.trimmed();
                lengthsDiffer |= !length.isNull() && v != length;
                length = v;
            }
        }
    }
    if (!codings.isEmpty()) {
        // Transfer-Encoding wins over Content-Length. Chunked last: chunks; anything else: until the end.
        const QByteArray last = codings.split(',').last().trimmed().toLower();
        m_part = last == "chunked" ? Part::ChunkSize : Part::BodyToClose;
        return true;
    }
    if (length.isNull()) {
        m_part = Part::BodyToClose;
        return true;
    }
    if (lengthsDiffer || !isDigits(length) || length.size() > 18)
        return false;
    m_remaining = length.toLongLong();
    if (m_remaining > m_limits.maxBodyBytes) {
        m_announcedBytes = m_remaining;
        fail(Failure::BodyTooLarge);
        return true;
    }
    m_part = Part::FixedBody;
    if (m_remaining == 0)
        m_state = State::Done;
    return true;
}

bool HttpResponseReader::appendBody(QByteArrayView data)
{
    if (m_body.size() + data.size() > m_limits.maxBodyBytes) {
        fail(Failure::BodyTooLarge);
        return false;
    }
    m_body += data;
    return true;
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView bytes)
{
    QByteArray line;
    while (m_state == State::Reading && !bytes.isEmpty()) {
        switch (m_part) {
        case Part::StatusLine:
            if (!takeLine(bytes, line, true))
                break;
            if (!readStatusLine(line))
                return fail(Failure::Malformed);
            m_part = Part::HeaderLines;
            break;
        case Part::HeaderLines:
        case Part::Trailers:
            if (!takeLine(bytes, line, true))
                break;
            if (!line.isEmpty()) {
                if (!readHeaderLine(line) && m_state == State::Reading)
                    return fail(Failure::Malformed);
            } else if (m_part == Part::Trailers) {
                m_state = State::Done;
            } else if (!startBody() && m_state == State::Reading) {
                return fail(Failure::Malformed);
            }
            break;
        case Part::FixedBody:
        case Part::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
            if (!appendBody(bytes.first(n)))
                break;
            bytes = bytes.sliced(n);
            m_remaining -= n;
            if (m_remaining == 0) {
                if (m_part == Part::FixedBody)
                    m_state = State::Done;
                else
                    m_part = Part::ChunkEnd;
            }
            break;
        }
        case Part::ChunkSize: {
            if (!takeLine(bytes, line, false))
                break;
            const qsizetype extension = line.indexOf(';');
            const QByteArray size = (extension < 0 ? line : line.first(extension)).trimmed();
            bool ok = false;
            const qint64 n = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
            if (!ok || n < 0 || size.startsWith('+') || size.startsWith('-'))
                return fail(Failure::Malformed);
            if (m_body.size() + n > m_limits.maxBodyBytes)
                return fail(Failure::BodyTooLarge);
            m_remaining = n;
            m_part = n == 0 ? Part::Trailers : Part::ChunkData;
            break;
        }
        case Part::ChunkEnd:
            if (!takeLine(bytes, line, false))
                break;
            if (!line.isEmpty())
                return fail(Failure::Malformed);
            m_part = Part::ChunkSize;
            break;
        case Part::BodyToClose:
            if (appendBody(bytes))
                bytes = {};
            break;
        }
    }
    return m_state;
}

HttpResponseReader::State HttpResponseReader::endOfStream()
{
    if (m_state != State::Reading)
        return m_state;
    if (m_part == Part::BodyToClose) {
        m_state = State::Done;
        return m_state;
    }
    return fail(Failure::Truncated);
}

QString HttpResponseReader::failureDetail() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Malformed:
        return tr("The answer is not well-formed HTTP/1.1.");
    case Failure::TooManyHeaders:
        return tr("The answer has more than %1 header lines; it was not read further.")
            .arg(m_limits.maxHeaderCount);
    case Failure::HeadTooLarge:
        return tr("The answer's status and header lines exceed %1 bytes; they were not read further.")
            .arg(m_limits.maxHeadBytes);
    case Failure::BodyTooLarge:
        if (m_announcedBytes > 0)
            return tr("The answer announced %1 bytes; at most %2 are read.")
                .arg(m_announcedBytes)
                .arg(m_limits.maxBodyBytes);
        return tr("The answer exceeded %1 bytes; it was not read further.").arg(m_limits.maxBodyBytes);
    case Failure::Truncated:
        if (!hasStatus())
            return tr("The connection closed before a complete answer arrived.");
        return tr("The connection closed after %1 bytes of the answer, before its end.").arg(m_body.size());
    }
    return {};
}

} // namespace kyc
