// What a Sumsub endpoint (or anything in its place) answers: any status, headers and body, for each
// operation. The adapter must classify it without crashing, and never report a token it did not check.
#include "FuzzInput.h"
#include "SampleRequests.h"
#include "core/sumsub/SumsubAdapter.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const kyc::Operation operations[] = {kyc::Operation::SumsubShareToken,
                                         kyc::Operation::SumsubIdConnectToken,
                                         kyc::Operation::SumsubIdConnectRefresh,
                                         kyc::Operation::SumsubIdShareToken,
                                         kyc::Operation::SumsubReuse,
                                         kyc::Operation::SumsubReusePreview,
                                         kyc::Operation::SumsubCopyApplicant};
    const kyc::Operation operation = operations[in.byte() % std::size(operations)];
    kyc::HttpResponse response;
    response.status = 100 + (in.byte() << 8 | in.byte()) % 500;
    response.headers = {
        {"Date", in.field()}, {"Retry-After", in.field()}, {"Content-Type", "application/json"}};
    response.body = in.rest();

    const kyc::CheckedRequest request = kyc::test::sampleRequest(operation);
    const QDateTime sentAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const kyc::Outcome outcome = kyc::SumsubAdapter().parseResponse(request, response, sentAt);
    if (request.isRedeem()) {
        // The receiving side: an applicant (or a preview's verdict), never a token; the share token the
        // request carried is never in what is shown or kept.
        if (outcome.isIssued()) {
            FUZZ_ASSERT(response.status >= 200 && response.status < 300);
            FUZZ_ASSERT(outcome.issued().received && outcome.issued().token.isEmpty());
            const QString &id = outcome.issued().received->id;
            FUZZ_ASSERT(id.isEmpty() ? operation == kyc::Operation::SumsubReusePreview : id.size() == 24);
        } else {
            FUZZ_ASSERT(!outcome.failure().message.contains(request.shareToken()));
            (void)kyc::Outcome::headline(outcome.failure());
            (void)kyc::Outcome::advice(outcome.failure());
        }
        return 0;
    }
    if (outcome.isIssued()) {
        FUZZ_ASSERT(response.status >= 200 && response.status < 300);
        FUZZ_ASSERT(!outcome.issued().token.isEmpty());
        const qsizetype cap = operation == kyc::Operation::SumsubIdConnectToken ||
                                      operation == kyc::Operation::SumsubIdConnectRefresh
                                  ? kyc::SumsubAdapter::kMaxConnectTokenBytes
                                  : kyc::SumsubAdapter::kMaxTokenBytes;
        FUZZ_ASSERT(outcome.issued().token.toUtf8().size() <= cap);
        // Every character of an issued token (and of a refresh token) is printable ASCII.
        const auto printable = [](const QString &token) {
            return std::all_of(token.cbegin(), token.cend(),
                               [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
        };
        FUZZ_ASSERT(printable(outcome.issued().token));
        FUZZ_ASSERT(printable(outcome.issued().refreshToken));
    } else {
        (void)kyc::Outcome::headline(outcome.failure());
        (void)kyc::Outcome::advice(outcome.failure());
    }
    return 0;
}
