// Every field validator on any text: a message or nothing, never a crash.
#include "FuzzInput.h"
#include "core/tokens/Validators.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const uint8_t which = in.byte();
    const QString value = QString::fromUtf8(in.rest());
    using kyc::Validators;
    switch (which % 9) {
    case 0:
        (void)Validators::checkReferrerPattern(value);
        break;
    case 1:
        (void)Validators::checkAppId(value);
        break;
    case 2:
        (void)Validators::checkSumsubApplicantId(value);
        break;
    case 3:
        (void)Validators::checkPartnerClientId(value);
        break;
    case 4:
        (void)Validators::checkTtl(value, 2147483647);
        break;
    case 5:
        (void)Validators::checkCodeVerifier(value);
        break;
    case 6:
        (void)Validators::checkScopes(value);
        break;
    case 7:
        (void)Validators::checkRedirectUri(value);
        break;
    default:
        (void)Validators::checkBaseUrl(value);
        break;
    }
    return 0;
}
