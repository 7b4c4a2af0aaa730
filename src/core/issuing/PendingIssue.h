#pragma once

#include "core/tokens/Outcome.h"
#include "core/tokens/TokenRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace kyc {

class PendingReply;

// One issuance in progress. finished() is emitted exactly once, always after issue() has returned,
// so a caller can connect to it first; the object deletes itself afterwards.
class PendingIssue : public QObject
{
    Q_OBJECT

public:
    // The request as it was entered, and, once it passed TokenRequest::check(), as it is sent.
    const TokenRequest &input() const { return m_input; }
    const std::optional<CheckedRequest> &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Stops the request if it is still running; finished() then reports Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const kyc::Outcome &outcome);

private:
    friend class Issuer;
    PendingIssue(TokenRequest input, QObject *parent);
    void finish(const Outcome &outcome);
    void finishLater(const Outcome &outcome);

    TokenRequest m_input;
    std::optional<CheckedRequest> m_request;
    QPointer<PendingReply> m_reply;
    // The Issuer's way to record an attempt that ends before anything is sent (a cancel before sending).
    std::function<void(PendingIssue *, const Failure &)> m_finishUnsent;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_settled = false;       // its history record is written (or being): no second one
    qint64 m_approvedRequest = 0; // team mode: the approved request this attempt issues
    QString m_note; // for its records: a batch's ID and row; a partner rule it was issued against
};

} // namespace kyc
