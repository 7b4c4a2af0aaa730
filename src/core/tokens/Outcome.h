#pragma once

#include "core/tokens/Operation.h"
#include "core/tokens/TokenRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>
#include <variant>

namespace kyc {

// Reusable KYC, receiving side: what a redeemed share token gave this account.
struct ReceivedApplicant
{
    bool preview = false;   // only checked: nothing was copied or saved
    QString id;             // the new applicant in this account (empty for a preview)
    QString donorClientId;  // who shared it, as Sumsub says
    QString externalUserId; // "copy-…"
    QString createdAt;      // as Sumsub writes it
    QString reviewStatus;   // "init", "pending", "completed", …; empty when not said
    QString reviewAnswer;   // "GREEN" or "RED" once completed
    QString levelName;      // the level asked for (none for a copy)

    // The applicant in Sumsub's dashboard (an empty URL for a preview).
    QUrl dashboardUrl() const;
};

struct IssuedToken
{
    Operation operation = Operation::SumsubShareToken;
    QString token;   // opaque: never parsed or validated
    QString partner; // forClientId as the provider confirmed it
    qint64 ttlSecs = 0;
    QDateTime issuedAt;  // UTC, when the request was sent (so the expiry shown is never late)
    QDateTime expiresAt; // UTC

    // Sumsub ID share token: whether the Sumsub ID user consented to sharing with this partner.
    std::optional<bool> sharingAllowed;
    // Sumsub ID Connect access token: its type, a refresh token when granted, and the id_token's claims
    // (shown, never trusted: the signature is not verified), or that it came and could not be read.
    QString tokenType;
    QString refreshToken;
    std::optional<QJsonObject> idTokenClaims;
    bool idTokenUnreadable = false;
    // ComplyCube SDK token: the client, and which SDK (partner is the referrer or the app ID).
    QString clientId;
    std::optional<SdkKind> sdk;
    // A redeemed share token: no token of its own, an applicant (or a preview's verdict).
    std::optional<ReceivedApplicant> received;

    // Which of those a token carries, for what shows it: the CLI's printer and the result panel read
    // the fields, not the operation, so that a new operation's token shows by what it has.
    bool isAccessToken() const { return !tokenType.isEmpty(); } // an OAuth access token (ID Connect)
    bool isSdkToken() const { return sdk.has_value(); }         // bound to a client and an SDK
    bool isReceived() const { return received.has_value(); }    // a share token redeemed: an applicant
    bool isPartnerToken() const { return !isAccessToken() && !isSdkToken() && !isReceived(); } // with a TTL
};

// Why an attempt did not produce a token. Each kind has its own advice for the operator.
enum class FailureKind
{
    InvalidInput, // a field is wrong; nothing was sent
    MissingCredentials,
    Authentication, // the provider does not accept the credentials or the signature
    ClockSkew,      // the request's timestamp is too far from the provider's clock
    PermissionDenied,
    NotFound,
    RateLimited,
    Rejected,          // any other refusal of the request by the provider (4xx)
    ProviderError,     // the provider failed (5xx)
    MalformedResponse, // the provider answered something we cannot read
    ResponseTooLarge,
    InvalidGrant, // an authorization code, refresh token or connect token the provider refuses
    Redirected,   // never followed: it would carry the signed headers elsewhere
    Timeout,
    ConnectionRefused,
    HostNotFound,
    TlsError,
    InsecureUrl, // plain http:// to a host that is not this computer
    NetworkError,
    Cancelled,
    EnvironmentMismatch, // the profile's label contradicts its key's environment; nothing was sent
    HistoryFailed,       // the audit trail could not be written: nothing sent, or nothing shown
    AwaitingApproval,    // team mode: a request waits for a second person; nothing was sent
                         // (the last: BatchJournal reads a kind back from its key by walking up to it)
};

QString failureKindKey(FailureKind kind); // stable, for JSON: "authentication"

struct Failure
{
    FailureKind kind = FailureKind::NetworkError;
    Operation operation = Operation::SumsubShareToken;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString providerCode;  // Sumsub errorCode ("4003"), ComplyCube type ("invalid_request")
    QString name;          // Sumsub errorName ("app-token-signature mismatch"), ComplyCube param ("referrer")
    QString message;       // the provider's description, or ours
    QString correlationId; // always shown: vendor support asks for it
    QList<FieldError> fieldErrors;
    std::optional<qint64> clockSkewSecs;  // server time minus ours, when known
    std::optional<qint64> retryAfterSecs; // from Retry-After, when given
    qint64 intentId = 0;  // HistoryFailed after sending: the intent whose outcome could not be recorded
    qint64 requestId = 0; // AwaitingApproval: the team's request that waits
};

class Outcome
{
    Q_DECLARE_TR_FUNCTIONS(kyc::Outcome)

public:
    Outcome() = default;         // a Failure of kind NetworkError; for containers and QVariant
    Outcome(IssuedToken issued); // NOLINT(google-explicit-constructor): an outcome is either
    Outcome(Failure failure);    // NOLINT(google-explicit-constructor)

    bool isIssued() const { return std::holds_alternative<IssuedToken>(m_value); }
    const IssuedToken &issued() const { return std::get<IssuedToken>(m_value); }
    const Failure &failure() const { return std::get<Failure>(m_value); }

    // What to tell the operator in one line, and what they can do about it.
    static QString headline(const Failure &failure);
    static QString advice(const Failure &failure);
    // The receiving side's refusals (Sumsub's 105xx codes, the share token's 401); empty for others.
    static QString redeemAdvice(const Failure &failure);
    // "42 s", "3599 s (about 60 min)", "7200 s (about 2.0 h)"
    static QString approximateDuration(qint64 secs);
    // "42 s", "3 min 20 s", "1 h 5 min", "2 d 3 h": a countdown, or how long a batch takes.
    static QString describeDuration(qint64 secs);
    // "This computer's clock is 330 s (about 6 min) behind the server's." (skew: server minus ours),
    // or that it is in step when within a few seconds.
    static QString describeClock(qint64 skewSecs);

private:
    std::variant<Failure, IssuedToken> m_value;
};

} // namespace kyc

Q_DECLARE_METATYPE(kyc::Outcome)
