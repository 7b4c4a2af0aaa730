#pragma once

#include "core/tokens/Operation.h"
#include "core/tokens/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kyc {

class HistoryStore;

// How a batch's row stands.
enum class BatchRowState
{
    Waiting, // not sent yet (in this run)
    Sending,
    Issued,
    Failed,  // refused, or never sent: nothing was issued, so a resume sends it again
    Unknown, // sent, and how it ended is not known (a timeout, a crash): never sent again by itself
};

// A batch's rows as the history has them: the audit trail is the batch's journal. Each attempt of a row
// carries "batch: ID; row: N of M; csv: DIGEST" in its note, in the same record that is chained and
// written before anything is sent; a resume reads them back, so that nothing issued is issued again.
class BatchJournal
{
    Q_DECLARE_TR_FUNCTIONS(kyc::BatchJournal)

public:
    struct Row
    {
        BatchRowState state = BatchRowState::Failed;
        qint64 historyId = 0;
        QString failureKind; // of the last failure
    };
    struct Batch
    {
        QString id;
        QString digest; // the CSV's (BatchPlan::digest)
        QString operation;
        int rowCount = 0;
        QDateTime started;    // the first record's time
        QHash<int, Row> rows; // by row number: the rows with a record
        int count(BatchRowState state) const;
    };

    // "20261202-4f3a9c": the day, and 24 random bits.
    static QString newBatchId(const QDateTime &now);
    static bool isBatchId(const QString &id);
    static QString note(const QString &batchId, int row, int rowCount, const QString &digest);
    struct NoteFields
    {
        QString batchId;
        int row = 0;
        int rowCount = 0;
        QString digest;
    };
    static std::optional<NoteFields> parseNote(const QString &note);

    // Whether an attempt that ended so may have issued a token: sent, and its answer never read (a
    // timeout, a connection lost, an answer unreadable or too large, a cancel after sending, a provider
    // error, an outcome that could not be recorded).
    static bool inDoubt(FailureKind kind);

    // The batch's rows from the history; nullopt (error set) when it has none or cannot be read.
    static std::optional<Batch> read(const HistoryStore &history, const QString &batchId, QString *error);
    // The batches the history has of this CSV, the newest first.
    static QList<Batch> batchesOf(const HistoryStore &history, const QString &digest);
};

} // namespace kyc
