#pragma once

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace kyc {

// The audit trail in SQLite (WAL, fully synchronous): one hash chain of records (AuditChain), schema
// versioned with PRAGMA user_version and migrated forward. A database from a newer version is refused
// and left as it is; a damaged one is moved aside (never deleted) and a new one started. Records are
// only ever added at the end: the file itself refuses to change, delete, replace or insert one
// elsewhere, and verify() finds what was done to it behind its back. The file, its WAL and its folder
// are the user's alone (0600, 0700), whatever the umask.
class SqliteHistoryStore : public HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::SqliteHistoryStore)

public:
    static constexpr int kSchemaVersion = 3;
    // How long a write waits for another program's lock before it fails (and nothing is sent).
    static constexpr int kBusyTimeoutMs = 3000;

    SqliteHistoryStore();
    ~SqliteHistoryStore() override;

    // In the application data folder of "kyc-share/kyc-share-console", shared by console and CLI.
    static QString defaultPath();
    OpenResult open(const QString &path);
    bool isOpen() const override;
    QString description() const override;
    QString kindKey() const override { return QStringLiteral("sqlite"); }
    QString path() const { return m_path; }

    AuditVerdict verify(const std::optional<AuditCheckpoint> &against = std::nullopt) const override;
    std::optional<AuditCheckpoint> checkpoint() const override;
    QList<HistoryEntry> query(const HistoryFilter &filter) const override;
    // The SQLite driver cannot tell a query's size: this counts in SQL.
    qint64 count(const HistoryFilter &filter) const override;

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
    qint64 append(HistoryEntry entry) override;
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
    mutable QPair<QString, QString> m_trigramFor; // the last text asked for, and its rarest trigram
    mutable qint64 m_openIntentsAt = -1;          // the head the open intents were found at
    mutable QList<qint64> m_openIntents;
};

} // namespace kyc
