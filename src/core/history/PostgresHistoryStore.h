#pragma once

#include "core/history/HistoryLocation.h"
#include "core/history/HistoryStore.h"
#include "core/history/TeamSchema.h"

#include <QTemporaryFile>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace kyc {

// A request of the team's four eyes, as the chain tells it: who asked for what, and what became of it.
struct ApprovalRequest
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ApprovalRequest)

public:
    enum class State
    {
        Pending,  // waiting for a second person
        Approved, // its maker may issue it, until the approval lapses
        Rejected,
        Issued,
        Lapsed // approved, not issued in time
    };

    HistoryEntry request; // its record: the maker is request.operatorName
    State state = State::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    QDateTime approvalLapses;
    qint64 intentId = 0; // the intent that issued it

    QString stateKey() const;  // "pending", "approved", "rejected", "issued", "lapsed"
    QString stateText() const; // in words, for people
};

// A team's audit trail in PostgreSQL (team mode), through Qt's QPSQL driver: the same records and chain
// as a SQLite history, written by many consoles at once. The database keeps the rules (TeamSchema): this
// class only asks. The operator of each record is the database role this connection logged in as.
class PostgresHistoryStore : public HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(kyc::PostgresHistoryStore)

public:
    PostgresHistoryStore();
    ~PostgresHistoryStore() override;

    OpenResult open(const HistoryLocation &location);
    // Connects without looking for the team's schema: for "team init", which then creates it.
    OpenResult connect(const HistoryLocation &location);
    bool createTeamHistory(TeamSchema::ApprovalPolicy policy, QString *error);

    bool isOpen() const override;
    QString description() const override { return m_location.description(); }
    QString kindKey() const override { return QStringLiteral("postgresql"); }
    // The database role records are written as.
    QString role() const { return m_role; }
    TeamSchema::ApprovalPolicy approvalPolicy() const { return m_policy; }

    bool requiresApproval(const QString &environment, const QString &operation) const override;
    QHash<qint64, QString> approvers(const QList<qint64> &records) const override;
    // The team's requests, oldest first: all of them, or only those still open (pending, or approved
    // and not yet issued or lapsed).
    QList<ApprovalRequest> approvalRequests(bool openOnly) const;
    std::optional<ApprovalRequest> approvalRequest(qint64 id) const;
    // A second person's decision on a request, as this connection's role; 0 when the database refused
    // it (error() says why, in its words: the maker deciding, a request decided twice).
    qint64 recordDecision(qint64 requestId, bool approve, const QString &reason);
    // Calls onChange (in context's thread, while context lives) whenever any console records a request or
    // a decision: PostgreSQL's LISTEN/NOTIFY on this connection. False when the driver cannot listen.
    bool listen(QObject *context, std::function<void(const QString &what)> onChange);

    QList<HistoryEntry> query(const HistoryFilter &filter) const override;
    // The whole history's total comes from the counts the database keeps, not from counting rows.
    qint64 count(const HistoryFilter &filter) const override;
    // Reads the records through libpq on this connection, in one snapshot, a batch at a time.
    AuditVerdict verify(const std::optional<AuditCheckpoint> &against = std::nullopt) const override;
    std::optional<AuditCheckpoint> checkpoint() const override;
    // The statements query() and count() run, with the values to bind in order: the benchmark has psql
    // run the same ones to compare.
    QString querySql(const HistoryFilter &filter, QVariantList &binds) const;
    QString countSql(const HistoryFilter &filter, QVariantList &binds) const;

private:
    qint64 append(HistoryEntry entry) override;
    QSqlDatabase database() const;
    qint64 failWrite(const QString &what);
    // When the server dropped the connection: opens it again (and listens again); false when the
    // connection was there all along, or cannot be opened.
    bool reopenIfDropped() const;
    // A statement on its own (binds: prepared), with the connection opened again once if it was dropped.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {}) const;
    QList<qint64> openIntents() const;
    QString whereOf(const HistoryFilter &filter, QVariantList &binds) const;
    QList<ApprovalRequest> requestsWhere(const QString &condition, const QVariantList &binds) const;
    bool writeCaBundle(QString *error);
    void close();

    QString m_connection;
    HistoryLocation m_location;
    QString m_role;
    TeamSchema::ApprovalPolicy m_policy = TeamSchema::ApprovalPolicy::Production;
    int m_approvalValidHours = TeamSchema::kApprovalValidHours;
    std::unique_ptr<QTemporaryFile> m_caBundle; // the system's CAs and the extra one, for libpq
    mutable std::unique_ptr<QSqlQuery> m_insert;
    bool m_listening = false;
    bool m_inTransaction = false; // append() inside createTeamHistory's own transaction
};

} // namespace kyc
