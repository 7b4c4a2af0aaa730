#include "core/history/HistoryEntry.h"

#include "core/history/AuditChain.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QCryptographicHash>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
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
#ifdef Q_OS_UNIX
        if (const passwd *account = getpwuid(geteuid()))
            return QString::fromLocal8Bit(account->pw_name);
        return QString(u"uid:"_s +
                       QString::number(geteuid())); // no entry (a container): the number is the truth
#elif defined(Q_OS_WIN)
        wchar_t buffer[257];
        DWORD size = 257;
        if (GetUserNameW(buffer, &size) && size > 0)
            return QString::fromWCharArray(buffer, int(size) - 1);
        return QString();
#else
        return QString();
#endif
    }();
    return name;
}

namespace {
QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant number(qint64 n)
{
    return n > 0 ? QVariant(n) : QVariant();
}

QVariant isoMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
} // namespace

QVariantList HistoryEntry::storedValues() const
{
    using F = AuditChain::Field;
    QVariantList v(F::FieldCount);
    const bool hasOutcome =
        kind == QLatin1String(AuditChain::kAttempt) || kind == QLatin1String(AuditChain::kOutcome);
    v[F::Id] = id;
    v[F::Kind] = kind;
    v[F::IntentId] = number(intentId);
    v[F::AtMs] = at.toMSecsSinceEpoch();
    v[F::AtUtc] = isoMs(at);
    v[F::Operator] = text(operatorName);
    v[F::Profile] = text(profile);
    v[F::Environment] = text(environment);
    v[F::Provider] = text(provider);
    v[F::Operation] = text(operation);
    v[F::Subject] = text(subject);
    v[F::Partner] = text(partner);
    v[F::TtlSecs] = number(ttlSecs);
    v[F::ExpiresAt] = isoMs(expiresAt);
    v[F::Ok] = hasOutcome ? QVariant(qint64(ok ? 1 : 0)) : QVariant();
    v[F::FailureKind] = text(failureKind);
    v[F::HttpStatus] = number(httpStatus);
    v[F::ProviderCode] = text(providerCode);
    v[F::ProviderName] = text(providerName);
    v[F::CorrelationId] = text(correlationId);
    v[F::Reason] = text(reason);
    v[F::TokenFingerprint] = text(tokenFingerprint);
    v[F::Note] = text(note);
    return v;
}

HistoryEntry HistoryEntry::fromStored(const QVariantList &v)
{
    using F = AuditChain::Field;
    HistoryEntry e;
    if (v.size() != F::FieldCount)
        return e;
    e.stored = v;
    e.id = v[F::Id].toLongLong();
    e.kind = v[F::Kind].toString();
    e.intentId = v[F::IntentId].toLongLong();
    e.at = QDateTime::fromString(v[F::AtUtc].toString(), Qt::ISODateWithMs);
    e.operatorName = v[F::Operator].toString();
    e.profile = v[F::Profile].toString();
    e.environment = v[F::Environment].toString();
    e.provider = v[F::Provider].toString();
    e.operation = v[F::Operation].toString();
    e.subject = v[F::Subject].toString();
    e.partner = v[F::Partner].toString();
    e.ttlSecs = v[F::TtlSecs].toLongLong();
    e.expiresAt = QDateTime::fromString(v[F::ExpiresAt].toString(), Qt::ISODateWithMs);
    e.outcomeKnown = !v[F::Ok].isNull();
    e.ok = v[F::Ok].toLongLong() == 1;
    e.failureKind = v[F::FailureKind].toString();
    e.httpStatus = v[F::HttpStatus].toInt();
    e.providerCode = v[F::ProviderCode].toString();
    e.providerName = v[F::ProviderName].toString();
    e.correlationId = v[F::CorrelationId].toString();
    e.reason = v[F::Reason].toString();
    e.tokenFingerprint = v[F::TokenFingerprint].toString();
    e.note = v[F::Note].toString();
    return e;
}

QString HistoryEntry::outcomeWord() const
{
    if (!outcomeKnown)
        return u"unknown"_s;
    return ok ? u"ok"_s : u"error"_s;
}

std::optional<TokenRequest> HistoryEntry::repeatRequest() const
{
    const std::optional<Operation> op = operationFromKey(operation);
    if (!op)
        return std::nullopt;
    TokenRequest r(*op);
    r.set(Field::Reason, reason);
    const QList<Field> fields = TokenRequest::fieldsOf(*op);
    // ComplyCube: the history keeps the partner, not which SDK; a referrer pattern tells the Web SDK apart.
    const SdkKind sdk = Validators::checkReferrerPattern(partner).isEmpty() ? SdkKind::Web : SdkKind::Mobile;
    for (const Field field : fields) {
        switch (specOf(field).kept) {
        case FieldSpec::Kept::Subject:
            r.set(field, subject);
            break;
        case FieldSpec::Kept::Partner:
            if (!fields.contains(Field::SdkKind) ||
                field == (sdk == SdkKind::Web ? Field::Referrer : Field::AppId))
                r.set(field, partner);
            break;
        case FieldSpec::Kept::SubjectFingerprint: // a token is used once, and never kept here
        case FieldSpec::Kept::No:
            break;
        }
    }
    if (fields.contains(Field::TtlSecs))
        r.set(Field::TtlSecs, ttlSecs > 0 ? QString::number(ttlSecs) : QString());
    if (fields.contains(Field::SdkKind))
        r.set(Field::SdkKind, sdkKindKey(sdk));
    // A redeem's level is in its note, first ("levelName: basic-kyc-level; …").
    if (fields.contains(Field::LevelName) && note.startsWith(QLatin1String(kLevelNote)))
        r.set(Field::LevelName, note.mid(qsizetype(qstrlen(kLevelNote))).section(u"; "_s, 0, 0));
    return r;
}

namespace {
// The subject of a Sumsub ID share token: the connect token that stands for the user, by its fingerprint.
QString connectSubject(const QString &connectToken)
{
    return u"connect:"_s + HistoryEntry::fingerprint(connectToken);
}

// The subject of a redeem until it gives an applicant: the share token, by its fingerprint (the donor's
// history shows the same fingerprint for the token it issued).
QString shareSubject(const QString &shareToken)
{
    return u"share:"_s + HistoryEntry::fingerprint(shareToken);
}

HistoryEntry attemptBy(const Profile &profile, Operation operation, const QString &reason,
                       const QDateTime &at, const QString &operatorName)
{
    HistoryEntry e;
    e.kind = QLatin1String(AuditChain::kAttempt);
    e.at = at.toUTC();
    e.operatorName = operatorName;
    e.profile = profile.name;
    e.environment = environmentKey(profile.environment);
    e.provider = providerKey(profile.provider);
    e.operation = operationKey(operation);
    e.reason = reason;
    return e;
}

void addFailure(HistoryEntry *e, const Failure &f)
{
    e->failureKind = failureKindKey(f.kind);
    e->httpStatus = f.httpStatus;
    e->providerCode = f.providerCode;
    e->providerName = f.name;
    e->correlationId = f.correlationId;
}
} // namespace

HistoryEntry HistoryEntry::fromAttempt(const Profile &profile, const CheckedRequest &request,
                                       const Outcome &outcome, const QDateTime &at,
                                       const QString &operatorName)
{
    HistoryEntry e = attemptBy(profile, request.operation(), request.reason(), at, operatorName);
    // The subject of a Sumsub ID Connect token is the Sumsub ID user, known only from an id_token (below).
    e.subject =
        std::visit(Overloaded{[](const ShareTokenParams &p) { return p.applicantId; },
                              [](const IdShareTokenParams &p) { return connectSubject(p.connectToken); },
                              [](const SdkTokenParams &p) { return p.clientId; },
                              [](const auto &) { return QString(); }},
                   request.params());
    e.partner = request.partner();
    e.ttlSecs = request.ttl().count();
    if (request.isRedeem()) {
        e.subject = shareSubject(request.shareToken());
        e.tokenFingerprint = fingerprint(request.shareToken());
        if (!request.levelName().isEmpty())
            e.note = QLatin1String(kLevelNote) + request.levelName();
    }
    if (outcome.isIssued() && outcome.issued().isReceived()) {
        // No token of its own: the applicant it gave (none for a preview), and who shared it.
        const ReceivedApplicant &r = *outcome.issued().received;
        e.ok = true;
        if (!r.id.isEmpty())
            e.subject = r.id;
        e.partner = r.donorClientId;
    } else if (outcome.isIssued()) {
        const IssuedToken &t = outcome.issued();
        e.ok = true;
        e.ttlSecs = t.ttlSecs;
        e.expiresAt = t.expiresAt.toUTC();
        e.tokenFingerprint = fingerprint(t.token);
        const QString sub = t.idTokenClaims ? t.idTokenClaims->value(u"sub"_s).toString() : QString();
        if (e.subject.isEmpty() && !sub.isEmpty())
            e.subject = u"sumsub-id:"_s + sub;
    } else {
        addFailure(&e, outcome.failure());
    }
    return e;
}

HistoryEntry HistoryEntry::fromRefusedInput(const Profile &profile, const TokenRequest &input,
                                            const Failure &failure, const QDateTime &at,
                                            const QString &operatorName)
{
    HistoryEntry e =
        attemptBy(profile, input.operation(), input.value(Field::Reason).trimmed(), at, operatorName);
    for (const Field field : TokenRequest::fieldsOf(input.operation())) {
        const QString value = input.value(field).trimmed();
        QString *kept = nullptr;
        switch (specOf(field).kept) {
        case FieldSpec::Kept::Subject:
            kept = &e.subject;
            break;
        case FieldSpec::Kept::SubjectFingerprint:
            if (e.subject.isEmpty() && !value.isEmpty())
                e.subject = field == Field::ShareToken ? shareSubject(value) : connectSubject(value);
            break;
        case FieldSpec::Kept::Partner:
            kept = &e.partner;
            break;
        case FieldSpec::Kept::No:
            break;
        }
        if (kept && kept->isEmpty())
            *kept = value;
    }
    addFailure(&e, failure);
    return e;
}

} // namespace kyc
