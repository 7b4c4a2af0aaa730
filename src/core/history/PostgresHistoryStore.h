#pragma once

#include "history/HistoryLocation.h"
#include "history/HistoryStore.h"
#include "history/TeamSchema.h"

#include <QTemporaryFile>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace kyc {

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

    AuditVerdict verify(const std::optional<AuditCheckpoint> &against = std::nullopt) const override;
    std::optional<AuditCheckpoint> checkpoint() const override;
    QList<HistoryEntry> query(const HistoryFilter &filter) const override;
    qint64 count(const HistoryFilter &filter) const override;

private:
    qint64 append(HistoryEntry entry) override;
    QSqlDatabase database() const;
    qint64 failWrite(const QString &what);
    QList<qint64> openIntents() const;
    QString whereOf(const HistoryFilter &filter, QVariantList &binds) const;
    bool writeCaBundle(QString *error);
    void close();

    QString m_connection;
    HistoryLocation m_location;
    QString m_role;
    TeamSchema::ApprovalPolicy m_policy = TeamSchema::ApprovalPolicy::Production;
    std::unique_ptr<QTemporaryFile> m_caBundle; // the system's CAs and the extra one, for libpq
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace kyc
