// A batch's CSV, whatever a spreadsheet (or anyone) wrote: it is read without a crash, every problem
// names a line inside the file (or 0, the file), and a CSV that passes gives as many requests as it has
// rows, each of which passes TokenRequest::check() again on its own.
#include "FuzzInput.h"
#include "core/batch/BatchCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    kyc::BatchCsvOptions options;
    options.defaults = kyc::TokenRequest(kyc::Operation::SumsubShareToken);
    options.defaults.set(kyc::Field::ForClientId, QStringLiteral("CoolCoinLtd"));
    options.defaults.set(kyc::Field::TtlSecs, QStringLiteral("600"));
    const kyc::BatchPlan plan = kyc::BatchCsv::read(bytes, options);
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    for (const kyc::BatchProblem &p : plan.problems) {
        FUZZ_ASSERT(p.line >= 0 && p.line <= lines);
        FUZZ_ASSERT(!p.message.isEmpty());
    }
    FUZZ_ASSERT(plan.digest.size() == 12);
    if (plan.isValid()) {
        FUZZ_ASSERT(!plan.rows.isEmpty());
        for (int row = 1; row <= plan.rows.size(); ++row) {
            FUZZ_ASSERT(plan.rows.at(row - 1).line >= 2 && plan.rows.at(row - 1).line <= lines);
            FUZZ_ASSERT(plan.request(row).check().request.has_value());
        }
    }
    return 0;
}
