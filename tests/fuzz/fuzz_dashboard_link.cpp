// A pasted Sumsub dashboard link: the applicant ID taken out of it is a real ID and was in the link.
#include "FuzzInput.h"
#include "core/tokens/Validators.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString id = kyc::Validators::applicantIdFromLink(text);
    if (!id.isEmpty()) {
        FUZZ_ASSERT(kyc::Validators::checkSumsubApplicantId(id).isEmpty());
        FUZZ_ASSERT(text.contains(id) || QUrl::fromPercentEncoding(text.toUtf8()).contains(id));
    }
    return 0;
}
