// What the operator pastes after consent: a code or the whole redirect address, and the state expected.
#include "FuzzInput.h"
#include "core/sumsub/SumsubIdConnect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const QString state = QString::fromUtf8(in.field());
    const QString pasted = QString::fromUtf8(in.rest());
    QString problem;
    const QString code = kyc::SumsubIdConnect::extractCode(pasted, state, &problem);
    // Either a code or a reason, never both, never neither.
    FUZZ_ASSERT(code.isEmpty() != problem.isEmpty());
    for (const QChar c : code)
        FUZZ_ASSERT(!c.isSpace() && c.category() != QChar::Other_Control);
    return 0;
}
