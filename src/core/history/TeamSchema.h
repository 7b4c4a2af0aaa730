#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace kyc {

// The team's history in PostgreSQL, as a database administrator creates it once ("kyc-share team init"):
// the schema kyc_share with the same records as a SQLite history, and the rules that make it a trail a
// team can rely on, enforced by the database rather than by the console:
// - records only ever go at the chain's end, one writer at a time (an advisory lock in the insert's own
//   transaction), and nobody, not even the table's owner, changes, deletes or truncates one;
// - the operator of a record is the database role that wrote it (current_user), which the client cannot
//   name: it has no right to write that column, and the database fills it in;
// - kyc_operator may read and add records; kyc_reviewer may only read. A person is added with plain SQL:
//   GRANT kyc_operator TO alice;
// - four eyes: under the team's policy, an intent needs an approved request of its own maker, decided by
//   someone else, issued once and within its validity, with what was approved.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(kyc::TeamSchema)

public:
    enum class ApprovalPolicy
    {
        None,       // nothing needs a second person
        Production, // requests to production accounts (and accounts of unknown environment) do
        All         // every request does
    };

    static constexpr int kVersion = 1;
    // How long an approval stands: the maker issues the request within this time, or asks again.
    static constexpr int kApprovalValidHours = 24;
    // The channel consoles LISTEN on: "request N", "approval N", "rejection N".
    static constexpr const char *kApprovalsChannel = "kyc_share_approvals";
    // Whether an operation in an environment needs a second person under a policy. Sumsub ID Connect's
    // own tokens never do: their code lapses in minutes, and the share token made from them needs one.
    static bool requiresApproval(ApprovalPolicy policy, const QString &environment, const QString &operation);
    static constexpr const char *kSchema = "kyc_share";
    static constexpr const char *kOperatorRole = "kyc_operator";
    static constexpr const char *kReviewerRole = "kyc_reviewer";
    // The advisory lock that serialises the chain's head: every insert takes it in its transaction.
    static constexpr qint64 kChainLock = 0x6b79632d7368; // "kyc-sh"

    static QString policyKey(ApprovalPolicy policy);
    static std::optional<ApprovalPolicy> policyFromKey(const QString &key);

    // Creates the schema, the roles (when they are not there yet) and their rights, in the caller's
    // transaction, on a connection of a role that may create them (PostgresHistoryStore::createTeamHistory
    // then writes the chain's first record in the same transaction). An existing schema is left as it
    // is: false, with *error saying so.
    static bool install(QSqlDatabase &db, ApprovalPolicy policy, QString *error);
    // The statements install() runs, in order (for the README and a DBA who wants to read them first).
    static QStringList statements(ApprovalPolicy policy);
    // Then, where the server allows it (install() goes on without): the trigram index that lets the
    // history's text search (ILIKE '%…%') find rows without reading them all.
    static QStringList textIndexStatements();
    // The genesis record's words.
    static QString genesisNote(ApprovalPolicy policy, const QDateTime &at);
};

} // namespace kyc
