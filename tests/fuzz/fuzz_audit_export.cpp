// The audit trail's encoding and an export's verification: any text is encoded as JSON that reads back
// as that very text (so what is hashed is what was stored), and any file given to
// `kyc-share history verify --export` is judged without crashing; one that says it is intact has
// rows whose records each match their hash.
#include "FuzzInput.h"
#include "core/history/AuditChain.h"
#include "core/history/HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const kyc::HistoryExport::Verdict verdict = kyc::HistoryExport::verifyJson(bytes);
    FUZZ_ASSERT(verdict.intact == verdict.problem.isEmpty());
    if (verdict.intact)
        FUZZ_ASSERT(verdict.records == QJsonDocument::fromJson(bytes).array().size());

    // The same bytes as a stored text (valid UTF-8, as SQLite hands it over), and as a number.
    const QByteArray text = QString::fromUtf8(bytes).toUtf8();
    kyc::AuditChain::Fields fields;
    fields[kyc::AuditChain::Id] = kyc::AuditValue::of(qint64(size) - 7);
    fields[kyc::AuditChain::Kind] = kyc::AuditValue::of(QByteArrayView(text));
    const QByteArray encoding = kyc::AuditChain::encoding(fields);
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(encoding, &error).array();
    FUZZ_ASSERT(error.error == QJsonParseError::NoError);
    FUZZ_ASSERT(array.size() == kyc::AuditChain::FieldCount + 1);
    FUZZ_ASSERT(array.at(0).toString() == QLatin1String(kyc::AuditChain::kFormat));
    FUZZ_ASSERT(array.at(1).toInteger() == qint64(size) - 7);
    FUZZ_ASSERT(array.at(2).toString().toUtf8() == text);
    FUZZ_ASSERT(array.at(3).isNull());
    return 0;
}
