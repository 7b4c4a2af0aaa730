#pragma once

#include "core/complycube/ComplyCubeAdapter.h"
#include "core/history/LiveTokens.h"
#include "core/issuing/PendingIssue.h"
#include "core/net/Transport.h"
#include "core/profiles/Profile.h"
#include "core/sumsub/SumsubAdapter.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace kyc {

class CredentialSource;
struct HistoryEntry;
class HistoryStore;
class PartnerBook;
class Transport;

// What "Test connection" found: the credentials work (or why not), and how far this computer's clock
// is from the provider's.
struct ConnectionCheckResult
{
    bool ok = false;
    Failure failure;                     // when not ok
    std::optional<qint64> clockSkewSecs; // server minus ours, from the Date header
};

// The one path of every token, for the GUI and the CLI alike: validate, fetch the profile's secrets
// just before use, let the provider adapter build and sign the call, send it through the Transport,
// and let the adapter read the answer into an Outcome.
class Issuer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    Issuer(Transport *transport, CredentialSource *credentials, QObject *parent = nullptr);
    ~Issuer() override;

    // Every attempt is recorded here: an intent before anything is sent (if it cannot be written, nothing
    // is), and its outcome before anyone hears of it (if that cannot be written, no token is shown).
    // None: nothing is recorded (connection checks, tests of the network alone).
    void setHistory(HistoryStore *history) { m_history = history; }
    HistoryStore *history() const { return m_history; }
    // A token issued in this session, while it is alive, by its history row.
    std::optional<QString> liveToken(qint64 historyId) { return m_live.token(historyId, now()); }

    // The address book whose partners' rules apply before anything is sent: a request one of them does
    // not take (an operation, a TTL over its cap) is refused on the field to change, and recorded. Not
    // enforced (the CLI's --partner-rules off): it is sent, and its record says against which rule.
    void setPartnerRules(const PartnerBook *book, bool enforced = true);

    // Time source for timestamps and expiry (tests inject one).
    void setClock(Clock clock);
    QDateTime now() const;

    // Never returns null. Nothing is sent unless the request passes TokenRequest::check(); from there on
    // it is the CheckedRequest (PendingIssue::request()) that is recorded, built and sent. Where the team's
    // history requires a second person for it, nothing is sent either: a request is recorded instead, and the
    // attempt ends AwaitingApproval. approvedRequest: such a request, approved, issued by its maker.
    // note: what the attempt's records say beside it (a batch's ID and row).
    PendingIssue *issue(const Profile &profile, const TokenRequest &request, qint64 approvedRequest = 0,
                        const QString &note = {});
    // A cheap authenticated call with the profile's secrets, or with these when given (a profile being
    // edited). done is called once, later.
    void checkConnection(const Profile &profile, const std::optional<Credentials> &credentials,
                         std::function<void(ConnectionCheckResult)> done);

Q_SIGNALS:
    // A record was written to the history: an intent, an outcome, or an attempt that sent nothing (the
    // history view listens here).
    void recorded(qint64 historyId);
    // Every attempt, whatever its outcome.
    void attemptFinished(const kyc::Profile &profile, const kyc::TokenRequest &request,
                         const kyc::Outcome &outcome);

private:
    void send(PendingIssue *pending, const Profile &profile, const Credentials &credentials,
              const TransportOptions &options, Environment keyEnvironment);
    // What the history keeps of an attempt, with the environment it truly went to.
    static HistoryEntry entryFor(const Profile &profile, const PendingIssue &pending, const Outcome &outcome,
                                 const QDateTime &at, Environment environment);
    void finishUnsent(PendingIssue *pending, const Profile &profile, const Failure &failure,
                      Environment environment);
    void finishSent(PendingIssue *pending, const Profile &profile, qint64 intentId, const QDateTime &sentAt,
                    Environment keyEnvironment, Outcome outcome);
    const ProviderAdapter &adapterFor(Provider provider) const;
    // A profile's timeout and extra CA; what is wrong with its CA file, when something is.
    static QString transportOptionsFor(const Profile &profile, TransportOptions *options);

    Transport *m_transport;
    CredentialSource *m_credentials;
    Clock m_clock;
    HistoryStore *m_history = nullptr;
    const PartnerBook *m_partners = nullptr;
    bool m_partnerRulesEnforced = true;
    LiveTokens m_live;
    SumsubAdapter m_sumsub;
    ComplyCubeAdapter m_complyCube;
};

} // namespace kyc
