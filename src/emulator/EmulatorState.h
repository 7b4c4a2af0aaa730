#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace kyc::emulator {

struct SumsubAppToken
{
    QString appToken;
    QString secretKey;
    QString clientId; // the client key Sumsub ID Connect knows the account by
    bool shareApplicantsData = true;
    bool idConnectEnabled = true;
    // The receiving side of Reusable KYC: whether the account may reuse and copy shared applicants, and
    // its levels, each with what a reused applicant ends as.
    enum class LevelFit
    {
        Approved,           // everything the level needs came from the donor
        DocumentsRequested, // part of it: the applicant must add the rest
        Unsuitable,         // nothing: 10504
    };
    bool reusableKyc = true;
    bool copyApplicant = false;
    QHash<QString, LevelFit> levels;
};

enum class IdProfileStatus
{
    Active,
    Deleted,      // 10600 sumsub-id-profile-not-found
    Blocked,      // 10601 sumsub-id-profile-blocked
    Disconnected, // 10602 sumsub-id-app-disconnected
};

struct IdProfile
{
    QString id;
    QString name;
    QString email;
    IdProfileStatus status = IdProfileStatus::Active;
    QSet<QString> consents; // partners (forClientId) the user agreed to share with
};

struct ComplyCubeKey
{
    QString key;
    bool live = false;
};

struct ComplyCubeClient
{
    QString id;
    bool live = false;
    QJsonObject object; // as the API returns it
};

// A share token or a Sumsub ID share token, remembered so that it can be consumed once.
struct ShareTokenRecord
{
    QString token;
    QString applicantId; // or the Sumsub ID profile
    QString forClientId;
    QDateTime expiresAt;
    bool sumsubId = false;
    bool consumed = false;
    QString donorClientId; // the account that issued it
    QDateTime createdAt;
};

struct AuthorizationCode
{
    QString code;
    QString clientId;
    QString profileId;
    QString redirectUri;
    QByteArray codeChallenge;
    QStringList scopes;
    QDateTime expiresAt;
    bool used = false;
};

struct ConnectGrant // an access token or a refresh token
{
    QString token;
    QString clientId;
    QString profileId;
    QStringList scopes;
    QByteArray codeChallenge; // the refresh must present the same verifier
    QDateTime expiresAt;
};

struct ShareLink
{
    QString id;
    QString profileId;
    QString forClientId;
    QString redirectUri;
    QString state;
    QDateTime expiresAt;
};

// Everything the emulator knows: the seeds (from a state file or the built-in default) and what it
// has handed out since it started.
class EmulatorState
{
public:
    static EmulatorState builtIn();
    // Reads a state file; on failure returns nothing and says why.
    static std::optional<EmulatorState> fromJson(const QByteArray &json, QString *error);
    // For batches and their benchmark: n more applicants and ComplyCube clients (sandbox and live), their
    // IDs seededId(1) to seededId(n).
    void seed(int n);
    static QString seededId(int n); // "ba7c" and n in 20 hex digits: a valid Sumsub and ComplyCube ID

    // Seeds
    QList<SumsubAppToken> sumsubAppTokens;
    QSet<QString> applicants;
    QSet<QString> notApprovedApplicants; // among applicants: shared, but not reusable (10507)
    QStringList redirectUris;
    QList<IdProfile> idProfiles;
    QList<ComplyCubeKey> complyCubeKeys;
    QList<ComplyCubeClient> complyCubeClients;

    // Issued since start
    QList<ShareTokenRecord> shareTokens;
    QHash<QString, AuthorizationCode> codes;
    QHash<QString, ConnectGrant> accessTokens;
    QHash<QString, ConnectGrant> refreshTokens;
    QHash<QString, ShareLink> shareLinks;
    QList<QString> sdkTokens;

    const SumsubAppToken *findAppToken(const QByteArray &appToken) const;
    const SumsubAppToken *findAppTokenByClientId(const QString &clientId) const;
    IdProfile *findProfile(const QString &id);
    std::optional<bool> complyCubeKeyIsLive(const QByteArray &key) const; // empty: unknown key
    const ComplyCubeClient *findClient(const QString &id, bool live) const;
};

} // namespace kyc::emulator
