// The id_token a Sumsub ID Connect answer carries, decoded for display (not verified).
#include "FuzzInput.h"
#include "core/sumsub/SumsubIdConnect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    (void)kyc::SumsubIdConnect::decodeIdTokenClaims(QString::fromUtf8(in.all()));
    return 0;
}
