#pragma once

#include "profiles/Profile.h"
#include "tokens/Outcome.h"

#include <QDateTime>
#include <QString>

namespace kyc {

// One attempt, as the audit trail keeps it: who, for whom, with which account, how it ended. Never the
// token, a secret or a signature: a token is known by a short fingerprint of it.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString operatorName;
    QString profile;
    QString environment; // "sandbox" / "production"
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

    static HistoryEntry fromAttempt(const Profile &profile, const TokenRequest &request,
                                    const Outcome &outcome, const QDateTime &at, const QString &operatorName);
    // "Issue again": the request this attempt was made with, as far as the history knows it (never a
    // token: an ID share token needs a fresh connect token). nullopt for an unknown operation.
    std::optional<TokenRequest> repeatRequest() const;

    static QString fingerprint(const QString &token);
    static QString currentOperator();
};

} // namespace kyc
