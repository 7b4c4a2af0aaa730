#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Splits a fuzzer's bytes into the parts a target needs: a few selector bytes, then '\n'-separated fields.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size))
    {}

    // The next byte (0 when there is none).
    uint8_t byte()
    {
        if (m_pos >= m_bytes.size())
            return 0;
        return uint8_t(m_bytes.at(m_pos++));
    }
    // Up to the next '\n' (or the end).
    QByteArray field()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_pos);
        const QByteArray f = m_bytes.mid(m_pos, end < 0 ? -1 : end - m_pos);
        m_pos = end < 0 ? m_bytes.size() : end + 1;
        return f;
    }
    QByteArray rest()
    {
        const QByteArray r = m_bytes.mid(m_pos);
        m_pos = m_bytes.size();
        return r;
    }
    QByteArray all() const { return m_bytes; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

// A broken invariant is a finding: abort, so libFuzzer keeps the input.
#define FUZZ_ASSERT(condition)                                                                               \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            std::abort();                                                                                    \
    } while (false)
