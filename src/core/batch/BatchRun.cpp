#include "core/batch/BatchRun.h"

#include "core/base/Wipe.h"
#include "core/issuing/Issuer.h"

#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {

// A refusal every row would meet: the batch stops at the first rather than failing each.
bool stopsTheBatch(const Failure &f)
{
    switch (f.kind) {
    case FailureKind::MissingCredentials:
    case FailureKind::Authentication:
    case FailureKind::ClockSkew:
    case FailureKind::PermissionDenied:
    case FailureKind::ConnectionRefused:
    case FailureKind::HostNotFound:
    case FailureKind::TlsError:
    case FailureKind::InsecureUrl:
    case FailureKind::Redirected:
    case FailureKind::EnvironmentMismatch:
    case FailureKind::AwaitingApproval:
        return true;
    case FailureKind::InvalidInput:
        return f.fieldErrors.isEmpty(); // the profile, not the row (a CA file, another provider's profile)
    default:
        return false;
    }
}

void wipeToken(std::optional<IssuedToken> &token)
{
    if (!token)
        return;
    wipe(token->token);
    wipe(token->refreshToken);
    token.reset();
}

} // namespace

BatchRun::BatchRun(Issuer *issuer, const Profile &profile, BatchPlan plan, QString batchId, QObject *parent)
    : QObject(parent)
    , m_issuer(issuer)
    , m_profile(profile)
    , m_plan(std::move(plan))
    , m_batchId(std::move(batchId))
    , m_pacer(RateLimit::of(profile.provider, profile.environment))
    , m_rows(m_plan.rows.size())
{
    for (int row = 1; row <= rowCount(); ++row)
        m_queue.push_back(row);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BatchRun::pump);
}

BatchRun::~BatchRun()
{
    for (Row &row : m_rows)
        wipeToken(row.token);
}

void BatchRun::resumeFrom(const BatchJournal::Batch &earlier, const QSet<int> &retry)
{
    m_queue.clear();
    for (int row = 1; row <= rowCount(); ++row) {
        Row &r = m_rows[row - 1];
        const auto it = earlier.rows.constFind(row);
        if (it != earlier.rows.constEnd()) {
            r.failureKind = it->failureKind;
            if (it->state == BatchRowState::Issued ||
                (it->state == BatchRowState::Unknown && !retry.contains(row))) {
                r.state = it->state;
                r.earlier = true;
                continue;
            }
        }
        m_queue.push_back(row);
    }
}

int BatchRun::waveSizeFor(qint64 lifetimeSecs, const RateLimit &limit)
{
    const BatchPacer pacer(limit);
    return std::max(1, int(double(lifetimeSecs) / 2.0 * pacer.perSecond()));
}

int BatchRun::waveCount() const
{
    return m_waveSize <= 0 ? 1 : std::max(1, (m_rowsOfRun + m_waveSize - 1) / m_waveSize);
}

int BatchRun::count(BatchRowState state) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &r) { return r.state == state; }));
}

int BatchRun::toSend() const
{
    return int(m_queue.size());
}

qint64 BatchRun::remainingSecs() const
{
    const qint64 hold = std::max<qint64>(0, m_pacer.holdUntilMs() - nowMs());
    return m_pacer.secondsFor(toSend() + m_inFlight) + (hold + 999) / 1000;
}

void BatchRun::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_rowsOfRun = toSend();
    m_clock.start();
    QTimer::singleShot(0, this, &BatchRun::pump);
}

void BatchRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_timer.stop();
    finishIfDone();
}

void BatchRun::releaseWave()
{
    if (!m_waitingForWave)
        return;
    m_waitingForWave = false;
    ++m_wave;
    m_startedInWave = 0;
    pump();
}

void BatchRun::pump()
{
    while (m_running && !m_cancelled && m_stopReason.isEmpty() && !m_waitingForWave && !m_queue.empty() &&
           m_inFlight < kMaxInFlight) {
        const int next = m_queue.front();
        const bool firstTry = m_rows.at(next - 1).attempts == 0; // a 429's row is still of its wave
        if (m_waveSize > 0 && m_startedInWave >= m_waveSize && firstTry) {
            if (m_inFlight == 0) {
                m_waitingForWave = true;
                Q_EMIT waveFinished(m_wave, waveCount());
            }
            return;
        }
        const qint64 now = nowMs();
        const qint64 at = m_pacer.nextStartMs();
        if (at > now) {
            m_timer.start(int(at - now));
            return;
        }
        m_queue.pop_front();
        m_pacer.started(now);
        if (firstTry)
            ++m_startedInWave;
        sendRow(next);
    }
    finishIfDone();
}

void BatchRun::sendRow(int row)
{
    Row &r = m_rows[row - 1];
    r.state = BatchRowState::Sending;
    ++r.attempts;
    ++m_inFlight;
    Q_EMIT rowChanged(row);
    const QString note = BatchJournal::note(m_batchId, row, rowCount(), m_plan.digest);
    PendingIssue *pending = m_issuer->issue(m_profile, m_plan.request(row), 0, note);
    connect(pending, &PendingIssue::finished, this, [this, row](const Outcome &outcome) {
        --m_inFlight;
        rowDone(row, outcome);
        pump();
    });
}

void BatchRun::rowDone(int row, const Outcome &outcome)
{
    Row &r = m_rows[row - 1];
    if (outcome.isIssued()) {
        r.state = BatchRowState::Issued;
        r.token = outcome.issued();
        r.failureKind.clear();
        r.message.clear();
        m_rateLimitedInARow = 0;
        m_inDoubtInARow = 0;
        Q_EMIT rowChanged(row);
        return;
    }
    const Failure &f = outcome.failure();
    r.failureKind = failureKindKey(f.kind);
    r.message = Outcome::headline(f);
    r.httpStatus = f.httpStatus;
    r.correlationId = f.correlationId;
    if (f.kind == FailureKind::RateLimited) {
        // Nothing was issued: the row goes back to the front, after the vendor's wait.
        r.state = BatchRowState::Waiting;
        m_queue.push_front(row);
        m_pacer.slowDown();
        const qint64 waitMs = f.retryAfterSecs ? *f.retryAfterSecs * 1000 : m_pacer.limit().windowMs;
        m_pacer.holdUntil(nowMs() + waitMs);
        if (++m_rateLimitedInARow >= kMaxRateLimitedInARow)
            stop(tr("The provider answered %1 requests in a row with 429 (too many requests): something "
                    "else is using this key's limit. Resume the batch later.")
                     .arg(m_rateLimitedInARow));
        Q_EMIT rowChanged(row);
        return;
    }
    m_rateLimitedInARow = 0;
    if (f.kind == FailureKind::HistoryFailed) {
        // In doubt once its intent was written (the request went out); either way nothing more is sent.
        r.state = f.intentId ? BatchRowState::Unknown : BatchRowState::Failed;
        stop(r.message);
    } else if (BatchJournal::inDoubt(f.kind)) {
        // Sent, and its answer never came: it may have issued a token.
        r.state = BatchRowState::Unknown;
        if (++m_inDoubtInARow >= kMaxInDoubtInARow)
            stop(tr("%1 rows in a row ended in doubt, the last with: %2 Check the connection and the "
                    "provider's status, then resume the batch.")
                     .arg(m_inDoubtInARow)
                     .arg(r.message));
    } else {
        r.state = BatchRowState::Failed;
        m_inDoubtInARow = 0;
        if (stopsTheBatch(f))
            stop(r.message);
    }
    Q_EMIT rowChanged(row);
}

void BatchRun::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
    m_timer.stop();
}

void BatchRun::finishIfDone()
{
    if (!m_running || m_finished || m_inFlight > 0)
        return;
    if (!m_queue.empty() && !m_cancelled && m_stopReason.isEmpty())
        return;
    m_finished = true;
    m_running = false;
    m_timer.stop();
    Q_EMIT finished();
}

void BatchRun::forgetToken(int row)
{
    wipeToken(m_rows[row - 1].token);
}

QList<int> BatchRun::expireTokens(const QDateTime &now)
{
    QList<int> expired;
    for (int row = 1; row <= rowCount(); ++row) {
        std::optional<IssuedToken> &token = m_rows[row - 1].token;
        if (token && token->expiresAt.isValid() && token->expiresAt <= now) {
            wipeToken(token);
            expired << row;
        }
    }
    return expired;
}

} // namespace kyc
