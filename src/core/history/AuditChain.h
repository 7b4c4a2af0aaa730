#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <array>
#include <memory>
#include <optional>

namespace kyc {

class Sha256;

// One stored value of an audit record, as the store holds it: NULL, a whole number or UTF-8 text.
// The text is not owned: it points into the row being read or into the writer's own strings.
struct AuditValue
{
    enum class Type : quint8
    {
        Null,
        Integer,
        Text
    };
    Type type = Type::Null;
    qint64 integer = 0;
    QByteArrayView text;

    static AuditValue null() { return {}; }
    static AuditValue of(qint64 n) { return {Type::Integer, n, {}}; }
    static AuditValue of(QByteArrayView utf8) { return {Type::Text, 0, utf8}; }
};

// "COUNT:HASH": the number of records and the hash of the last of them, written down somewhere else
// (a ticket, an e-mail) so that a later verification can prove those records unchanged.
struct AuditCheckpoint
{
    qint64 count = 0;
    QByteArray hash; // 64 lowercase hex digits

    QString toString() const;
    // nullopt when the text is not COUNT:HASH with a positive count and 64 hex digits.
    static std::optional<AuditCheckpoint> parse(const QString &text);
};

// What a verification found.
struct AuditVerdict
{
    bool intact = false;
    qint64 count = 0;              // records read (up to the first broken one)
    QByteArray headHash;           // the hash of the last intact record
    qint64 brokenAt = -1;          // the id (position) of the first broken record; -1 when none
    QString problem;               // what is wrong, in words; empty when intact
    bool checkpointProven = false; // a checkpoint was given and its records are unchanged
};

// The audit trail's record format, its hash chain and its verification, defined once: the stores
// (SQLite, PostgreSQL) and the export only read and write the values, in this order. docs/audit-trail.md
// is the same definition in words, with a way to re-compute it with standard tools.
//
// A record's hash is SHA-256 over the previous record's hash (64 lowercase hex digits) followed by the
// canonical encoding of its fields: the JSON array ["kyc-share-audit/1", id, kind, ...] with no spaces,
// strings escaped as SQLite's json_array() and Python's json.dumps(ensure_ascii=False) escape them.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(kyc::AuditChain)

public:
    static constexpr const char *kFormat = "kyc-share-audit/1";
    // The stored fields of a record, in the order the encoding lists them (the store's column names).
    enum Field
    {
        Id,
        Kind,
        IntentId,
        AtMs,
        AtUtc,
        Operator,
        Profile,
        Environment,
        Provider,
        Operation,
        Subject,
        Partner,
        TtlSecs,
        ExpiresAt,
        Ok,
        FailureKind,
        HttpStatus,
        ProviderCode,
        ProviderName,
        CorrelationId,
        Reason,
        TokenFingerprint,
        Note,
        FieldCount
    };
    using Fields = std::array<AuditValue, FieldCount>;
    static const std::array<const char *, FieldCount> &columnNames();

    // The kinds of record.
    static constexpr const char *kGenesis = "genesis";     // the first record: the store's creation
    static constexpr const char *kMigration = "migration"; // an older store's rows were chained here
    static constexpr const char *kAttempt = "attempt";     // a whole attempt that sent nothing (or from
                                                           // before the chain)
    static constexpr const char *kIntent = "intent";       // written before a byte goes to the provider
    static constexpr const char *kOutcome = "outcome";     // how an intent ended
    // Team mode's four eyes: a request waiting for a second person, and that person's decision on it
    // (intent_id names the request). The intent that issues an approved request names it the same way.
    static constexpr const char *kRequest = "request";
    static constexpr const char *kApproval = "approval";   // expires_at: when the approval lapses
    static constexpr const char *kRejection = "rejection"; // reason: why

    // The previous hash of the genesis record: 64 zeros.
    static QByteArray genesisPreviousHash();
    // The fields of stored values (null, a whole number, or text), in this order; text is converted into
    // utf8, which must outlive the fields.
    static Fields fieldsOf(const QVariantList &stored, std::array<QByteArray, FieldCount> &utf8);
    static void appendEncoding(QByteArray &out, const Fields &fields);
    static QByteArray encoding(const Fields &fields);
    // Lowercase hex SHA-256 of previousHash followed by the encoding.
    static QByteArray hash(QByteArrayView previousHash, const Fields &fields);
};

// Checks records one by one in id order, as they are read (a million need not fit in memory).
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(kyc::AuditVerifier)

public:
    explicit AuditVerifier(std::optional<AuditCheckpoint> against = std::nullopt);
    ~AuditVerifier();
    AuditVerifier(const AuditVerifier &) = delete;
    AuditVerifier &operator=(const AuditVerifier &) = delete;
    // Returns false once the chain is broken: stop feeding, and call finish().
    bool add(const AuditChain::Fields &fields, QByteArrayView previousHash, QByteArrayView hash);
    AuditVerdict finish();

private:
    bool fail(qint64 at, const QString &problem);

    std::optional<AuditCheckpoint> m_against;
    AuditVerdict m_verdict;
    QByteArray m_running;
    QByteArray m_scratch;
    std::unique_ptr<Sha256> m_sha;
    QSet<qint64> m_openIntents;
    struct Request
    {
        QByteArray maker;
        bool decided = false;
        bool approved = false;
        QByteArray approvalExpires; // expires_at of the approval, ISO 8601 UTC (sorts as time)
        bool issued = false;
    };
    QHash<qint64, Request> m_requests;
    // Checks the four-eyes rules of a request, a decision, or an intent that names a request; empty when
    // they hold.
    QString checkApprovals(qint64 position, const AuditChain::Fields &fields);
    bool m_broken = false;
};

// For records outside any store: an export's, whose neighbours may be missing. Each record must match
// its own hash; where the record before it is there too, the link must hold.
class AuditRecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(kyc::AuditRecordCheck)

public:
    // Empty when the record is intact, else what is wrong.
    QString add(const AuditChain::Fields &fields, QByteArrayView previousHash, QByteArrayView hash);
    qint64 linksProven() const { return m_links; }

private:
    QHash<qint64, QByteArray> m_hashById;
    QHash<qint64, QByteArray> m_previousById;
    qint64 m_links = 0;
};

} // namespace kyc
