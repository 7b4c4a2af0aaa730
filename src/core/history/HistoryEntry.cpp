#include "history/HistoryEntry.h"

#include "tokens/Validators.h"

#include <QCryptographicHash>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kyc {

QString HistoryEntry::fingerprint(const QString &token)
{
    if (token.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString HistoryEntry::currentOperator()
{
    // Asked once: the account does not change while the process runs, and the user database is slow.
    static const QString name = [] {
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            const QString value = qEnvironmentVariable(variable);
            if (!value.isEmpty())
                return value;
        }
#ifdef Q_OS_UNIX
        if (const passwd *account = getpwuid(getuid()))
            return QString::fromLocal8Bit(account->pw_name);
#endif
        return QString();
    }();
    return name;
}

std::optional<TokenRequest> HistoryEntry::repeatRequest() const
{
    const std::optional<Operation> op = operationFromKey(operation);
    if (!op)
        return std::nullopt;
    TokenRequest r(*op);
    r.set(Field::Reason, reason);
    const QString ttl = ttlSecs > 0 ? QString::number(ttlSecs) : QString();
    switch (*op) {
    case Operation::SumsubShareToken:
        r.set(Field::ApplicantId, subject);
        r.set(Field::ForClientId, partner);
        r.set(Field::TtlSecs, ttl);
        break;
    case Operation::SumsubIdShareToken:
        r.set(Field::ForClientId, partner);
        r.set(Field::TtlSecs, ttl);
        break;
    case Operation::SumsubIdConnectToken:
    case Operation::SumsubIdConnectRefresh:
        break; // a code or a refresh token is used once, and never kept here
    case Operation::ComplyCubeSdkToken: {
        // The history keeps the partner, not which SDK: a referrer pattern tells the Web SDK apart.
        const bool web = Validators::checkReferrerPattern(partner).isEmpty();
        r.set(Field::ClientId, subject);
        r.set(Field::SdkKind, web ? u"web"_s : u"mobile"_s);
        r.set(web ? Field::Referrer : Field::AppId, partner);
        break;
    }
    }
    return r;
}

HistoryEntry HistoryEntry::fromAttempt(const Profile &profile, const TokenRequest &request,
                                       const Outcome &outcome, const QDateTime &at,
                                       const QString &operatorName)
{
    const TokenRequest clean = request.normalized();
    HistoryEntry e;
    e.at = at.toUTC();
    e.operatorName = operatorName;
    e.profile = profile.name;
    e.environment = environmentKey(profile.environment);
    e.provider = providerKey(profile.provider);
    e.operation = operationKey(clean.operation());
    e.reason = clean.value(Field::Reason);
    switch (clean.operation()) {
    case Operation::SumsubShareToken:
        e.subject = clean.value(Field::ApplicantId);
        e.partner = clean.value(Field::ForClientId);
        e.ttlSecs = clean.ttlSecs();
        break;
    case Operation::SumsubIdShareToken:
        e.subject = u"connect:"_s + fingerprint(clean.value(Field::ConnectToken));
        e.partner = clean.value(Field::ForClientId);
        e.ttlSecs = clean.ttlSecs();
        break;
    case Operation::SumsubIdConnectToken:
    case Operation::SumsubIdConnectRefresh:
        break; // the subject is the Sumsub ID user, known only from an id_token (below)
    case Operation::ComplyCubeSdkToken:
        e.subject = clean.value(Field::ClientId);
        e.partner = clean.value(Field::SdkKind) == u"mobile" ? clean.value(Field::AppId)
                                                             : clean.value(Field::Referrer);
        break;
    }
    if (outcome.isIssued()) {
        const IssuedToken &t = outcome.issued();
        e.ok = true;
        e.ttlSecs = t.ttlSecs;
        e.expiresAt = t.expiresAt.toUTC();
        e.tokenFingerprint = fingerprint(t.token);
        const QString sub = t.extras.value(u"idTokenClaims"_s).toMap().value(u"sub"_s).toString();
        if (e.subject.isEmpty() && !sub.isEmpty())
            e.subject = u"sumsub-id:"_s + sub;
    } else {
        const Failure &f = outcome.failure();
        e.failureKind = failureKindKey(f.kind);
        e.httpStatus = f.httpStatus;
        e.providerCode = f.providerCode;
        e.providerName = f.name;
        e.correlationId = f.correlationId;
    }
    return e;
}

} // namespace kyc
