// The reader of HTTP answers (what the Transport reads from every server): whatever arrives, in whatever
// slices, it never holds more than its limits, and reads the same whether the bytes come whole or cut.
#include "FuzzInput.h"
#include "core/net/HttpResponseReader.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const kyc::HttpLimits limits{int(in.byte() % 16) + 1, 64 + in.byte() * 8, in.byte() * 16};
    const size_t step = in.byte() % 13 + 1;
    const bool close = in.byte() & 1;
    const QByteArray bytes = in.rest();

    kyc::HttpResponseReader whole(limits);
    whole.feed(bytes);
    kyc::HttpResponseReader cut(limits);
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(step))
        cut.feed(QByteArrayView(bytes).sliced(at, std::min(qsizetype(step), bytes.size() - at)));
    if (close) {
        whole.endOfStream();
        cut.endOfStream();
    }

    for (const kyc::HttpResponseReader *r : {&whole, &cut}) {
        FUZZ_ASSERT(r->headBytes() <= limits.maxHeadBytes);
        FUZZ_ASSERT(r->headerCount() <= limits.maxHeaderCount);
        FUZZ_ASSERT(r->body().size() <= limits.maxBodyBytes);
        FUZZ_ASSERT(r->headers().size() <= limits.maxHeaderCount);
        FUZZ_ASSERT((r->state() == kyc::HttpResponseReader::State::Failed) ==
                    (r->failure() != kyc::HttpResponseReader::Failure::None));
        if (r->state() == kyc::HttpResponseReader::State::Done)
            FUZZ_ASSERT(r->status() >= 200 && r->status() <= 999);
        (void)r->failureDetail();
    }
    FUZZ_ASSERT(whole.state() == cut.state());
    FUZZ_ASSERT(whole.failure() == cut.failure());
    FUZZ_ASSERT(whole.status() == cut.status());
    if (whole.state() == kyc::HttpResponseReader::State::Done) { // after a failure, what was read is moot
        FUZZ_ASSERT(whole.headers() == cut.headers());
        FUZZ_ASSERT(whole.body() == cut.body());
    }
    return 0;
}
