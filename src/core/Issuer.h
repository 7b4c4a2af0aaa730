#pragma once

#include "PendingIssue.h"
#include "complycube/ComplyCubeAdapter.h"
#include "net/Transport.h"
#include "profiles/Profile.h"
#include "sumsub/SumsubAdapter.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace kyc {

class CredentialSource;
class Transport;

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

    // Time source for timestamps and expiry (tests inject one).
    void setClock(Clock clock);
    QDateTime now() const;

    // Never returns null. Nothing is sent unless the request validates.
    PendingIssue *issue(const Profile &profile, const TokenRequest &request);

Q_SIGNALS:
    // Every attempt, whatever its outcome (the history listens here).
    void attemptFinished(const kyc::Profile &profile, const kyc::TokenRequest &request,
                         const kyc::Outcome &outcome);

private:
    void send(PendingIssue *pending, const Profile &profile, const Credentials &credentials,
              const TransportOptions &options);
    const ProviderAdapter &adapterFor(Provider provider) const;

    Transport *m_transport;
    CredentialSource *m_credentials;
    Clock m_clock;
    SumsubAdapter m_sumsub;
    ComplyCubeAdapter m_complyCube;
};

} // namespace kyc
