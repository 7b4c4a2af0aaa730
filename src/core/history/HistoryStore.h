#pragma once

#include "history/AuditChain.h"
#include "history/HistoryEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
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
    SortKey sortKey = SortKey::Time;
    bool descending = true; // the newest first
    int limit = 100;
    int offset = 0;
};

// The audit trail in SQLite (WAL, fully synchronous): one hash chain of records (AuditChain), schema
// versioned with PRAGMA user_version and migrated forward. A database from a newer version is refused
// and left as it is; a damaged one is moved aside (never deleted) and a new one started. Records are
// only ever added at the end: the file itself refuses to change, delete, replace or insert one
// elsewhere, and verify() finds what was done to it behind its back. The file, its WAL and its folder
// are the user's alone (0600, 0700), whatever the umask.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HistoryStore)

public:
    static constexpr int kSchemaVersion = 3;
    // How long a write waits for another program's lock before it fails (and nothing is sent).
    static constexpr int kBusyTimeoutMs = 3000;

    struct OpenResult
    {
        bool ok = false;
        QString error;   // when not ok: what is wrong and what to do
        QString movedTo; // when a damaged file was moved aside
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // In the application data folder of "kyc-share/kyc-share-console", shared by console and CLI.
    static QString defaultPath();
    OpenResult open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Each appends one record durably at the chain's end and returns its id, or 0 when it could not be
    // written (error() says why). record(): a whole attempt that sent nothing; recordIntent(): before a
    // request goes out; recordOutcome(): how that intent ended (the entry repeats the intent's fields).
    qint64 record(const HistoryEntry &entry);
    qint64 recordIntent(const HistoryEntry &entry);
    qint64 recordOutcome(qint64 intentId, const HistoryEntry &entry);
    // Re-computes the whole chain; with a checkpoint, also proves its first records unchanged.
    AuditVerdict verify(const std::optional<AuditCheckpoint> &against = std::nullopt) const;
    // The number of records and the last one's hash, as they stand (not verified).
    std::optional<AuditCheckpoint> checkpoint() const;
    QList<HistoryEntry> query(const HistoryFilter &filter) const;
    // How many rows the filter matches (limit and offset aside); the SQLite driver cannot tell.
    qint64 count(const HistoryFilter &filter) const;
    QString error() const { return m_error; }

    // The statements query() and count() run, with the values to bind in order: the benchmark runs the
    // same ones through sqlite3 itself to compare.
    QString querySql(const HistoryFilter &filter, QVariantList &binds) const;
    QString countSql(const HistoryFilter &filter, QVariantList &binds) const;

private:
    QString whereOf(const HistoryFilter &filter, QVariantList &binds) const;
    QString rarestTrigram(const QString &text) const;
    QList<qint64> openIntents() const;
    OpenResult openExisting(const QString &path);
    bool migrate(int from);
    bool createChain(const QString &genesisNote);
    bool chainOlderRows(const QDateTime &now);
    qint64 append(HistoryEntry entry);
    qint64 failWrite(const QString &what);
    void close();

    QString m_connection;
    QString m_path;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once per open: append() runs twice for every attempt
    std::unique_ptr<QSqlQuery> m_head;
    std::unique_ptr<QSqlQuery> m_begin;
    std::unique_ptr<QSqlQuery> m_commit;
    bool m_inTransaction = false; // append() inside the upgrade's own transaction
    bool m_textIndex = false;     // whether this SQLite has FTS5 and the file its trigram index
    mutable QString m_error;
    mutable QPair<QString, QString> m_trigramFor; // the last text asked for, and its rarest trigram
    mutable qint64 m_openIntentsAt = -1;          // the head the open intents were found at
    mutable QList<qint64> m_openIntents;
};

} // namespace kyc
