#include "Issuer.h"

#include "Logging.h"
#include "history/HistoryStore.h"
#include "net/Transport.h"
#include "profiles/CredentialSource.h"
#include "tokens/Validators.h"

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

PendingIssue *Issuer::issue(const Profile &profile, const TokenRequest &request)
{
    auto *pending = new PendingIssue(request, this);
    connect(pending, &PendingIssue::finished, this, [this, profile, request](const Outcome &outcome) {
        // Connected first, so the attempt is in the history before anyone else hears of it.
        if (m_history) {
            const qint64 id = m_history->record(
                HistoryEntry::fromAttempt(profile, request, outcome, now(), HistoryEntry::currentOperator()));
            if (id > 0 && outcome.isIssued())
                m_live.add(id, outcome.issued().token, outcome.issued().expiresAt);
            if (id > 0)
                Q_EMIT recorded(id);
        }
        if (outcome.isIssued()) {
            qCInfo(lcIssuer) << operationKey(request.operation()) << "issued on profile" << profile.name;
        } else {
            const Failure &f = outcome.failure();
            qCInfo(lcIssuer) << operationKey(request.operation()) << "failed on profile" << profile.name
                             << ":" << failureKindKey(f.kind) << "HTTP" << f.httpStatus << f.providerCode
                             << "correlationId" << f.correlationId;
        }
        Q_EMIT attemptFinished(profile, request, outcome);
    });

    const QList<FieldError> errors = request.validate();
    if (!errors.isEmpty()) {
        Failure f;
        f.operation = request.operation();
        f.kind = FailureKind::InvalidInput;
        f.fieldErrors = errors;
        f.message = errors.first().message;
        pending->finishLater(f);
        return pending;
    }
    if (providerOf(request.operation()) != profile.provider) {
        Failure f;
        f.operation = request.operation();
        f.kind = FailureKind::InvalidInput;
        f.message = tr("The profile \"%1\" is a %2 account; choose a %3 profile for this operation.")
                        .arg(profile.name, providerDisplayName(profile.provider),
                             providerDisplayName(providerOf(request.operation())));
        pending->finishLater(f);
        return pending;
    }

    TransportOptions options;
    if (const QString problem = transportOptionsFor(profile, &options); !problem.isEmpty()) {
        Failure f;
        f.operation = request.operation();
        f.kind = FailureKind::InvalidInput;
        f.message = problem;
        pending->finishLater(f);
        return pending;
    }

    QPointer<PendingIssue> guard(pending);
    const Operation operation = request.operation();
    m_credentials->fetch(profile, [this, guard, profile, options, operation](CredentialsResult result) {
        if (!guard || guard->isFinished())
            return;
        if (guard->m_cancelled) {
            Failure f;
            f.operation = operation;
            f.kind = FailureKind::Cancelled;
            guard->finishLater(f);
            return;
        }
        if (!result.credentials) {
            Failure f;
            f.operation = operation;
            f.kind = FailureKind::MissingCredentials;
            f.message = result.problem;
            guard->finishLater(f);
            return;
        }
        send(guard, profile, *result.credentials, options);
        result.credentials->wipe();
    });
    return pending;
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
                  const TransportOptions &options)
{
    const ProviderAdapter &adapter = adapterFor(profile.provider);
    const QDateTime sentAt = now();
    const TokenRequest request = pending->request();
    const HttpRequest http = adapter.buildRequest(request, credentials, profile.baseUrl, sentAt);

    PendingReply *reply = m_transport->send(http, options);
    pending->m_reply = reply;
    QPointer<PendingIssue> guard(pending);
    connect(reply, &PendingReply::finished, this,
            [guard, &adapter, request, sentAt](const TransportResult &r) {
                if (!guard)
                    return;
                if (r.error != TransportError::None)
                    guard->finish(ProviderAdapter::transportFailure(r, request.operation()));
                else
                    guard->finish(adapter.parseResponse(request, r.response, sentAt));
            });
}

} // namespace kyc
