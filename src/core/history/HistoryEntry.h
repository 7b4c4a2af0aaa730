#pragma once

#include "core/profiles/Profile.h"
#include "core/tokens/Outcome.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace kyc {

// One attempt, as the audit trail keeps it: who, for whom, with which account, how it ended. Never the
// token, a secret or a signature: a token is known by a short fingerprint of it.
//
// Each is one record of the hash chain (AuditChain): a whole attempt that sent nothing, an intent written
// before sending, or an outcome, which repeats its intent's fields and adds how it ended. The history
// shows an attempt by its outcome, or by its intent while it has none ("outcome unknown").
struct HistoryEntry
{
    qint64 id = 0;       // the record's number in the chain
    QString kind;        // AuditChain::kAttempt, kIntent, kOutcome (kGenesis, kMigration: the chain's own)
    qint64 intentId = 0; // an outcome's intent
    bool outcomeKnown = true; // false for an intent with no outcome: a crash, a kill, or still in flight
    QDateTime at;             // UTC, when the attempt began
    QString operatorName;
    QString profile;
    QString environment; // the key's: "sandbox" / "production" / "unknown" (treated as production)
    QString provider;    // "sumsub" / "complycube"
    QString operation;   // operationKey()
    QString subject;     // applicant ID, ComplyCube client ID, or a fingerprint of the connect token
    QString partner;     // forClientId, referrer or app ID
    qint64 ttlSecs = 0;
    QDateTime expiresAt; // UTC; invalid for failures
    bool ok = false;
    QString failureKind;
    int httpStatus = 0;
    QString providerCode;
    QString providerName;
    QString correlationId;
    QString reason;           // the ticket or reason the operator gave
    QString tokenFingerprint; // first 12 hex of SHA-256 of the token
    QString note;             // the genesis and migration records' words

    // As read from the store: the record's values in AuditChain's field order, and its hashes. An export
    // carries them so that it can be verified on its own.
    QVariantList stored;
    QByteArray previousHash;
    QByteArray hash;

    // The values this entry is stored as, in AuditChain's field order: what is written and hashed.
    QVariantList storedValues() const;
    // The entry a stored record shows (its stored values kept).
    static HistoryEntry fromStored(const QVariantList &stored);
    // "ok", "error" or "unknown".
    QString outcomeWord() const;

    static HistoryEntry fromAttempt(const Profile &profile, const CheckedRequest &request,
                                    const Outcome &outcome, const QDateTime &at, const QString &operatorName);
    // An attempt whose input did not pass TokenRequest::check(): what was entered of who and for whom
    // (OperationSpec's FieldSpec::kept), trimmed, and why it was refused.
    static HistoryEntry fromRefusedInput(const Profile &profile, const TokenRequest &input,
                                         const Failure &failure, const QDateTime &at,
                                         const QString &operatorName);
    // "Issue again": the request this attempt was made with, as far as the history knows it (never a
    // token: an ID share token needs a fresh connect token). nullopt for an unknown operation.
    std::optional<TokenRequest> repeatRequest() const;

    static QString fingerprint(const QString &token);
    // A redeem's note begins with its level: "levelName: basic-kyc-level".
    static constexpr const char *kLevelNote = "levelName: ";
    // The account of the effective user, from the system's user database (never $USER or $LOGNAME,
    // which anyone can set); on Windows, the account name.
    static QString currentOperator();
};

} // namespace kyc
