#pragma once

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
    // A substring of the subject, partner, correlation ID or reason, in any case (ASCII letters). From
    // three characters on, a trigram index narrows the rows to look at; shorter text is looked for row
    // by row.
    QString text;
    SortKey sortKey = SortKey::Time;
    bool descending = true; // the newest first
    int limit = 100;
    int offset = 0;
};

// The audit trail: one row per attempt in SQLite (WAL, fully synchronous), schema versioned with
// PRAGMA user_version and migrated forward. A database from a newer version is refused and left as
// it is; a damaged one is moved aside (never deleted) and a new one started. Rows are only ever
// added: the file itself refuses to change or delete one.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HistoryStore)

public:
    static constexpr int kSchemaVersion = 2;

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

    // Returns the row's id, or 0 when it could not be written (error() says why).
    qint64 record(const HistoryEntry &entry);
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
    OpenResult openExisting(const QString &path);
    bool migrate(int from);
    void close();

    QString m_connection;
    QString m_path;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once per open: record() runs for every attempt
    bool m_textIndex = false;            // whether this SQLite has FTS5 and the file its trigram index
    mutable QString m_error;
    mutable QPair<QString, QString> m_trigramFor; // the last text asked for, and its rarest trigram
};

} // namespace kyc
