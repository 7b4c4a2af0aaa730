#pragma once

#include "core/history/AuditChain.h"
#include "core/history/HistoryEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace kyc {

// Which rows, in which order, how many: what the pane, the CLI and an export ask of the history.
struct HistoryFilter
{
    enum class SortKey
    {
        Time,
        Operation,
        Subject,
        Partner,
        Outcome,
        Expiry,
        CorrelationId,
        Reason,
        Profile
    };

    QDateTime since;   // inclusive, UTC; invalid: no bound
    QDateTime until;   // exclusive
    QString subject;   // exact
    QString partner;   // exact
    QString provider;  // providerKey(); empty: any
    QString operation; // operationKey(); empty: any
    std::optional<bool> ok;
    bool outcomeUnknown = false; // only attempts sent whose outcome was never recorded
    // A substring of the subject, partner, correlation ID or reason, in any case (ASCII letters). From
    // three characters on, a trigram index narrows the rows to look at; shorter text is looked for row
    // by row.
    QString text;
    // A substring of the note, in any case (ASCII letters): "batch: 20261202-4f3a9c;" finds a batch's rows.
    QString note;
    SortKey sortKey = SortKey::Time;
    bool descending = true; // the newest first
    int limit = 100;
    int offset = 0;
};

// The audit trail: one hash chain of records (AuditChain), only ever added to at its end, in one of two
// stores: a SQLite file for one operator (SqliteHistoryStore), or a PostgreSQL database a team shares
// (PostgresHistoryStore). Both keep the same records in the same table shape, so that what is written,
// verified and exported is the same whichever holds it.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HistoryStore)

public:
    struct OpenResult
    {
        bool ok = false;
        QString error;   // when not ok: what is wrong and what to do
        QString movedTo; // when a damaged file was moved aside
    };

    HistoryStore() = default;
    virtual ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    virtual bool isOpen() const = 0;
    // Which store this is, for the status bar and the CLI: "SQLite /home/…/history.sqlite",
    // "PostgreSQL alice@db.example:5432/kyc".
    virtual QString description() const = 0;
    // "sqlite" or "postgresql".
    virtual QString kindKey() const = 0;

    // Each appends one record durably at the chain's end and returns its id, or 0 when it could not be
    // written (error() says why). record(): a whole attempt that sent nothing; recordIntent(): before a
    // request goes out; recordOutcome(): how that intent ended (the entry repeats the intent's fields).
    qint64 record(const HistoryEntry &entry);
    // approvedRequest: the team's request this intent issues, once a second person approved it.
    qint64 recordIntent(const HistoryEntry &entry, qint64 approvedRequest = 0);
    qint64 recordOutcome(qint64 intentId, const HistoryEntry &entry);
    // Team mode's four eyes (a store without them never asks for one): whether an attempt needs a second
    // person's approval before it is sent, by the environment of its key and its operation; and the
    // request that waits for it, written instead of an intent.
    virtual bool requiresApproval(const QString &environment, const QString &operation) const;
    qint64 recordRequest(const HistoryEntry &entry);
    // Who approved the attempts these records (outcomes or intents) belong to, where someone did.
    virtual QHash<qint64, QString> approvers(const QList<qint64> &records) const;
    // Re-computes the whole chain; with a checkpoint, also proves its first records unchanged.
    virtual AuditVerdict verify(const std::optional<AuditCheckpoint> &against = std::nullopt) const = 0;
    // The number of records and the last one's hash, as they stand (not verified).
    virtual std::optional<AuditCheckpoint> checkpoint() const = 0;
    // Empty (and error() says why) when the store cannot be read; error() is empty after a query that
    // worked.
    virtual QList<HistoryEntry> query(const HistoryFilter &filter) const = 0;
    // How many rows the filter matches (limit and offset aside).
    virtual qint64 count(const HistoryFilter &filter) const = 0;
    QString error() const { return m_error; }

protected:
    // Appends at the chain's end; returns the new record's id, or -1 (with m_error set).
    virtual qint64 append(HistoryEntry entry) = 0;

    // What both stores' SQL shares: the filter's conditions but for the text index, with their values
    // to bind in order (likeOperator: the store's case-insensitive LIKE), which rows are shown, and
    // the order of a page.
    static QStringList conditionsOf(const HistoryFilter &filter, QVariantList &binds,
                                    const QString &likeOperator);
    static QString shownRows(const QList<qint64> &openIntents);
    static QString orderOf(const HistoryFilter &filter);
    // The columns of a record, in AuditChain's field order, then prev_hash and hash.
    static QString selectColumns();
    // The records a query of selectColumns() found.
    static QList<HistoryEntry> entriesOf(QSqlQuery &query);

    mutable QString m_error;
};

} // namespace kyc
