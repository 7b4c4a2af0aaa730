// The headers a provider's answer carries that the console reads: Date (for the clock check) and
// Retry-After (for the rate-limit advice), in any form.
#include "FuzzInput.h"
#include "core/net/ProviderAdapter.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    kyc::HttpResponse response;
    response.status = 429;
    response.headers = {{"Date", in.field()}, {"Retry-After", in.rest()}};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    (void)kyc::ProviderAdapter::parseHttpDate(response.header("Date"));
    (void)kyc::ProviderAdapter::clockSkewSecs(response, now);
    if (const std::optional<qint64> after = kyc::ProviderAdapter::retryAfterSecs(response, now))
        FUZZ_ASSERT(*after >= 0);
    return 0;
}
