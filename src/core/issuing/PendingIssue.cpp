#include "core/issuing/PendingIssue.h"

#include "core/net/PendingReply.h"

namespace kyc {

PendingIssue::PendingIssue(TokenRequest input, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
{}

void PendingIssue::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->cancel(); // its finished() brings the Cancelled outcome here
        return;
    }
    Failure f;
    f.operation = m_input.operation();
    f.kind = FailureKind::Cancelled;
    if (m_finishUnsent)
        m_finishUnsent(this, f); // recorded like any attempt, then finished
    else
        finishLater(f);
}

void PendingIssue::finish(const Outcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
    deleteLater();
}

void PendingIssue::finishLater(const Outcome &outcome)
{
    QMetaObject::invokeMethod(
        this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
}

} // namespace kyc
