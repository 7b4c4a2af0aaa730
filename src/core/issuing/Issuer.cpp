#include "core/issuing/Issuer.h"

#include "core/base/Logging.h"
#include "core/base/Wipe.h"
#include "core/credentials/CredentialSource.h"
#include "core/history/HistoryStore.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "core/tokens/Validators.h"

using namespace Qt::StringLiterals;

namespace kyc {

Issuer::Issuer(Transport *transport, CredentialSource *credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<kyc::Outcome>();
}

Issuer::~Issuer() = default;

void Issuer::setPartnerRules(const PartnerBook *book, bool enforced)
{
    m_partners = book;
    m_partnerRulesEnforced = enforced;
}

void Issuer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime Issuer::now() const
{
    return m_clock();
}

const ProviderAdapter &Issuer::adapterFor(Provider provider) const
{
    switch (provider) {
    case Provider::Sumsub:
        return m_sumsub;
    case Provider::ComplyCube:
        return m_complyCube;
    }
    qFatal("no adapter for provider %d", int(provider));
}

PendingIssue *Issuer::issue(const Profile &profile, const TokenRequest &request, qint64 approvedRequest,
                            const QString &note)
{
    auto *pending = new PendingIssue(request, this);
    pending->m_approvedRequest = approvedRequest;
    pending->m_note = note;
    pending->m_finishUnsent = [this, profile](PendingIssue *p, const Failure &f) {
        finishUnsent(p, profile, f, profile.environment);
    };
    connect(pending, &PendingIssue::finished, this, [this, profile, request](const Outcome &outcome) {
        if (outcome.isIssued()) {
            qCInfo(lcIssuer) << operationKey(request.operation()) << "issued on profile" << profile.name;
        } else if (outcome.failure().kind == FailureKind::AwaitingApproval) {
            qCInfo(lcIssuer) << operationKey(request.operation()) << "waits for approval as request"
                             << outcome.failure().requestId;
        } else {
            const Failure &f = outcome.failure();
            qCInfo(lcIssuer) << operationKey(request.operation()) << "failed on profile" << profile.name
                             << ":" << failureKindKey(f.kind) << "HTTP" << f.httpStatus << f.providerCode
                             << "correlationId" << f.correlationId;
        }
        Q_EMIT attemptFinished(profile, request, outcome);
    });

    auto refuse = [&](FailureKind kind, const QString &message, const QList<FieldError> &fields = {}) {
        Failure f;
        f.operation = request.operation();
        f.kind = kind;
        f.fieldErrors = fields;
        f.message = message;
        finishUnsent(pending, profile, f, profile.environment);
        return pending;
    };
    TokenRequest::Checked checked = request.check();
    if (!checked.request)
        return refuse(FailureKind::InvalidInput, checked.errors.first().message, checked.errors);
    pending->m_request = std::move(checked.request);
    if (providerOf(request.operation()) != profile.provider)
        return refuse(FailureKind::InvalidInput,
                      tr("The profile \"%1\" is a %2 account; choose a %3 profile for this operation.")
                          .arg(profile.name, providerDisplayName(profile.provider),
                               providerDisplayName(providerOf(request.operation()))));
    if (const std::optional<Partner> partner =
            m_partners ? m_partners->partnerFor(*pending->m_request) : std::nullopt) {
        if (const std::optional<FieldError> refusal = partner->refusal(*pending->m_request)) {
            if (m_partnerRulesEnforced)
                return refuse(FailureKind::InvalidInput, refusal->message, {*refusal});
            const QString against =
                tr("Issued against the partner's rules (they were off): %1").arg(refusal->message);
            pending->m_note = pending->m_note.isEmpty() ? against : pending->m_note + u"; "_s + against;
        }
    }
    TransportOptions options;
    if (const QString problem = transportOptionsFor(profile, &options); !problem.isEmpty())
        return refuse(FailureKind::InvalidInput, problem);

    QPointer<PendingIssue> guard(pending);
    const Operation operation = request.operation();
    m_credentials->fetch(profile, [this, guard, profile, options, operation](CredentialsResult result) {
        if (!guard || guard->isFinished())
            return;
        Failure f;
        f.operation = operation;
        if (guard->m_cancelled) {
            f.kind = FailureKind::Cancelled;
            finishUnsent(guard, profile, f, profile.environment);
            return;
        }
        if (!result.credentials) {
            f.kind = FailureKind::MissingCredentials;
            f.message = result.problem;
            finishUnsent(guard, profile, f, profile.environment);
            return;
        }
        // The key says where the request goes, whatever the profile is labelled.
        const Environment keyEnvironment = Profile::environmentOf(profile.provider, *result.credentials);
        if (const QString mismatch = profile.environmentMismatch(keyEnvironment); !mismatch.isEmpty()) {
            result.credentials->wipe();
            f.kind = FailureKind::EnvironmentMismatch;
            f.message = mismatch;
            finishUnsent(guard, profile, f, keyEnvironment);
            return;
        }
        send(guard, profile, *result.credentials, options, keyEnvironment);
        result.credentials->wipe();
    });
    return pending;
}

HistoryEntry Issuer::entryFor(const Profile &profile, const PendingIssue &pending, const Outcome &outcome,
                              const QDateTime &at, Environment environment)
{
    const QString who = HistoryEntry::currentOperator();
    HistoryEntry e =
        pending.request()
            ? HistoryEntry::fromAttempt(profile, *pending.request(), outcome, at, who)
            : HistoryEntry::fromRefusedInput(profile, pending.input(), outcome.failure(), at, who);
    e.environment = environmentKey(environment); // the key's, whatever the profile is labelled
    if (!pending.m_note.isEmpty())
        e.note = e.note.isEmpty() ? pending.m_note : e.note + u"; "_s + pending.m_note;
    return e;
}

// An attempt that ended before anything was sent: one whole record, then the outcome.
void Issuer::finishUnsent(PendingIssue *pending, const Profile &profile, const Failure &failure,
                          Environment environment)
{
    if (pending->m_settled)
        return; // a cancel already recorded and finished it
    pending->m_settled = true;
    if (m_history) {
        if (const qint64 id = m_history->record(entryFor(profile, *pending, failure, now(), environment));
            id > 0)
            Q_EMIT recorded(id);
    }
    pending->finishLater(failure);
}

QString Issuer::transportOptionsFor(const Profile &profile, TransportOptions *options)
{
    options->timeoutMs = profile.timeoutMs;
    if (profile.caFile.isEmpty())
        return {};
    if (const QString problem = Validators::checkCaFile(profile.caFile); !problem.isEmpty())
        return problem;
    options->extraCaCertificates = QSslCertificate::fromPath(profile.caFile, QSsl::Pem);
    return {};
}

void Issuer::checkConnection(const Profile &profile, const std::optional<Credentials> &credentials,
                             std::function<void(ConnectionCheckResult)> done)
{
    const Operation representative = profile.provider == Provider::ComplyCube ? Operation::ComplyCubeSdkToken
                                                                              : Operation::SumsubShareToken;
    auto failWith = [done, representative](FailureKind kind, const QString &message) {
        ConnectionCheckResult r;
        r.failure.kind = kind;
        r.failure.operation = representative;
        r.failure.message = message;
        done(r);
    };
    TransportOptions options;
    if (const QString problem = transportOptionsFor(profile, &options); !problem.isEmpty()) {
        failWith(FailureKind::InvalidInput, problem);
        return;
    }
    auto sendCheck = [this, profile, options, done, representative, failWith](CredentialsResult result) {
        if (!result.credentials) {
            failWith(FailureKind::MissingCredentials, result.problem);
            return;
        }
        const ProviderAdapter &adapter = adapterFor(profile.provider);
        const QDateTime sentAt = now();
        const HttpRequest http = adapter.buildConnectionCheck(*result.credentials, profile.baseUrl, sentAt);
        result.credentials->wipe();
        PendingReply *reply = m_transport->send(http, options);
        connect(reply, &PendingReply::finished, this,
                [&adapter, sentAt, done, representative](const TransportResult &r) {
                    ConnectionCheckResult check;
                    if (r.error != TransportError::None) {
                        check.failure = ProviderAdapter::transportFailure(r, representative);
                    } else if (std::optional<Failure> f = adapter.parseConnectionCheck(r.response, sentAt)) {
                        check.failure = *f;
                        check.clockSkewSecs = f->clockSkewSecs
                                                  ? f->clockSkewSecs
                                                  : ProviderAdapter::clockSkewSecs(r.response, sentAt);
                    } else {
                        check.ok = true;
                        check.clockSkewSecs = ProviderAdapter::clockSkewSecs(r.response, sentAt);
                    }
                    qCInfo(lcIssuer) << "connection check" << (check.ok ? "succeeded" : "failed:")
                                     << (check.ok ? QString() : failureKindKey(check.failure.kind));
                    done(check);
                });
    };
    if (credentials)
        QMetaObject::invokeMethod(
            this,
            [sendCheck, credentials] {
                sendCheck({credentials, {}});
            },
            Qt::QueuedConnection);
    else
        m_credentials->fetch(profile, sendCheck);
}

void Issuer::send(PendingIssue *pending, const Profile &profile, const Credentials &credentials,
                  const TransportOptions &options, Environment keyEnvironment)
{
    const ProviderAdapter &adapter = adapterFor(profile.provider);
    const QDateTime sentAt = now();
    const CheckedRequest request = *pending->request();

    // The intent, durably, before a byte goes out: if it cannot be written, nothing is sent. Where the
    // team requires a second person, a request is written instead, and nothing is sent until approved.
    pending->m_settled = true;
    qint64 intentId = 0;
    if (m_history) {
        const HistoryEntry entry = entryFor(profile, *pending, Failure{}, sentAt, keyEnvironment);
        const bool ask = pending->m_approvedRequest == 0 &&
                         m_history->requiresApproval(entry.environment, entry.operation);
        intentId = ask ? m_history->recordRequest(entry)
                       : m_history->recordIntent(entry, pending->m_approvedRequest);
        Failure f;
        f.operation = request.operation();
        if (intentId == 0) {
            f.kind = FailureKind::HistoryFailed;
            f.message =
                tr("The history could not be written, so nothing was sent: %1").arg(m_history->error());
            pending->finishLater(f);
            return;
        }
        Q_EMIT recorded(intentId);
        if (ask) {
            f.kind = FailureKind::AwaitingApproval;
            f.requestId = intentId;
            pending->finishLater(f);
            return;
        }
    }

    const HttpRequest http = adapter.buildRequest(request, credentials, profile.baseUrl, sentAt);
    PendingReply *reply = m_transport->send(http, options);
    pending->m_reply = reply;
    QPointer<PendingIssue> guard(pending);
    connect(reply, &PendingReply::finished, this,
            [this, guard, &adapter, profile, request, sentAt, intentId,
             keyEnvironment](const TransportResult &r) {
                if (!guard)
                    return;
                const Outcome outcome =
                    r.error != TransportError::None
                        ? Outcome(ProviderAdapter::transportFailure(r, request.operation()))
                        : adapter.parseResponse(request, r.response, sentAt);
                finishSent(guard, profile, intentId, sentAt, keyEnvironment, outcome);
            });
}

// The outcome, durably, before anyone hears of it: a token whose outcome cannot be recorded is never
// shown or printed, and the operator is told which intent it was.
void Issuer::finishSent(PendingIssue *pending, const Profile &profile, qint64 intentId,
                        const QDateTime &sentAt, Environment keyEnvironment, Outcome outcome)
{
    if (!m_history) {
        pending->finish(outcome);
        return;
    }
    const qint64 id =
        m_history->recordOutcome(intentId, entryFor(profile, *pending, outcome, sentAt, keyEnvironment));
    if (id == 0) {
        if (outcome.isIssued()) {
            IssuedToken dropped = outcome.issued();
            wipe(dropped.token);
        }
        Failure f;
        f.operation = pending->input().operation();
        f.kind = FailureKind::HistoryFailed;
        f.intentId = intentId;
        f.message = tr("The outcome of attempt %1 could not be written to the history: %2")
                        .arg(intentId)
                        .arg(m_history->error());
        pending->finish(f);
        return;
    }
    if (outcome.isIssued())
        m_live.add(id, outcome.issued().token, outcome.issued().expiresAt);
    Q_EMIT recorded(id);
    pending->finish(outcome);
}

} // namespace kyc
