#pragma once

#include "core/tokens/OperationSpec.h"
#include "core/tokens/TokenRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kyc {

class PartnerBook;

// One thing wrong with a batch's CSV: where (its line, and the field when it is one) and what to do.
struct BatchProblem
{
    int line = 0; // 1-based, the line the row begins on; 0: the file as a whole
    std::optional<Field> field;
    QString message;
};

// What a batch is sent with beyond its CSV: the value of every field the CSV has no column for (a
// partner, a TTL, the reason), and how the partners' rules and the cautions apply.
struct BatchCsvOptions
{
    TokenRequest defaults; // its operation is the batch's
    const PartnerBook *partners = nullptr;
    bool partnerRulesEnforced = true;
    QList<TokenRequest::Caution> allowed; // cautions the operator accepted for every row
};

// A batch's rows, read from its CSV and judged whole before anything is sent: each row by
// TokenRequest::check() (the one judge), by its partner's rules and by the cautions, as a single
// request would be. The problems list every bad row by line and field; a batch with any is not sent.
struct BatchPlan
{
    struct Row
    {
        int line = 0;
        QStringList cells; // as in the file, in the columns' order
    };

    Operation operation = Operation::SumsubShareToken;
    QList<Field> columns; // the header's, in order
    QList<Row> rows;      // row N of the batch is rows[N - 1]
    QList<BatchProblem> problems;
    QString digest;                  // the first 12 hex digits of the file's SHA-256: which CSV a batch was
    QChar delimiter;                 // ',' or ';'
    qint64 shortestLifetimeSecs = 0; // of the tokens its rows ask for: when the first may expire
    TokenRequest defaults;

    bool isValid() const { return problems.isEmpty(); }
    // Row N's request: the defaults, with the row's cells over them.
    TokenRequest request(int row) const;
    // The value of the row's field that the history keeps as kept (its subject, its partner), trimmed;
    // empty when the operation has none (a token stands for the subject: never shown).
    QString kept(int row, FieldSpec::Kept kept) const;
};

class BatchCsv
{
    Q_DECLARE_TR_FUNCTIONS(kyc::BatchCsv)

public:
    static constexpr int kMaxRows = 1000000;
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // The operations a batch issues: share tokens and SDK tokens, one per row.
    static const QList<Operation> &operations();
    // The header's names for a field: its spec key ("applicantId"), in any case.
    static std::optional<Field> columnField(Operation operation, const QString &name);
    static BatchPlan read(const QByteArray &bytes, const BatchCsvOptions &options);
    // A file that cannot be read, or is too large, is a problem of line 0.
    static BatchPlan readFile(const QString &path, const BatchCsvOptions &options);
};

} // namespace kyc
