// What ComplyCube's /v1/tokens (or anything in its place) answers.
#include "FuzzInput.h"
#include "core/complycube/ComplyCubeAdapter.h"

#include <QDateTime>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    kyc::HttpResponse response;
    response.status = 100 + (in.byte() << 8 | in.byte()) % 500;
    response.headers = {{"Retry-After", in.field()}};
    response.body = in.rest();

    const kyc::CheckedRequest request(kyc::SdkTokenParams{QStringLiteral("5eb04fcd0f3e360008035eb1"),
                                                          kyc::SdkKind::Web,
                                                          QStringLiteral("https://*.example.com/*")},
                                      {});
    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const kyc::Outcome outcome = kyc::ComplyCubeAdapter().parseResponse(request, response, sentAt);
    if (outcome.isIssued()) {
        FUZZ_ASSERT(response.status >= 200 && response.status < 300);
        FUZZ_ASSERT(!outcome.issued().token.isEmpty());
        FUZZ_ASSERT(outcome.issued().token.size() <= kyc::ComplyCubeAdapter::kMaxTokenBytes);
        const QString &token = outcome.issued().token;
        FUZZ_ASSERT(std::all_of(token.cbegin(), token.cend(),
                                [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; }));
    } else {
        (void)kyc::Outcome::headline(outcome.failure());
        (void)kyc::Outcome::advice(outcome.failure());
    }
    return 0;
}
