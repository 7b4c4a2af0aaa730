#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kyc {

// The operator's side of Sumsub ID Connect's browser step. Redirect URIs must be registered https
// addresses, so the console cannot catch the redirect itself: it builds the authorize URL, the
// operator opens it, and pastes back the code or the whole address the browser ended on.
class SumsubIdConnect
{
    Q_DECLARE_TR_FUNCTIONS(kyc::SumsubIdConnect)

public:
    struct Authorization
    {
        QUrl url;
        QByteArray codeVerifier; // keep it: the exchange must present it
        QString state;           // the redirect must bring it back
        QByteArray codeChallenge;
    }; // What is wrong with the input of an authorize URL, field by field; all empty when it can be made.
    struct AuthorizeProblems
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        bool isEmpty() const { return clientId.isEmpty() && redirectUri.isEmpty() && scope.isEmpty(); }
    };

    static QStringList knownScopes(); // openid profile email name share offline_access
    static AuthorizeProblems checkAuthorizeInput(const QString &clientId, const QString &redirectUri,
                                                 const QString &scope);
    // The host of the consent page: id.sumsub.com for the vendor's API, the same host otherwise
    // (the emulator serves both).
    static QUrl idBaseUrlFor(const QUrl &apiBaseUrl);
    // A fresh verifier (S256) and state, and the URL for the browser.
    static Authorization authorize(const QUrl &idBaseUrl, const QString &clientId, const QString &redirectUri,
                                   const QStringList &scopes);
    // The code, from a bare code or a pasted redirect URL. A URL must bring back expectedState when
    // one is given, and a refusal (error=…) is reported as such. Sets problem when there is no code.
    static QString extractCode(const QString &pasted, const QString &expectedState, QString *problem);
    // The claims of an id_token, for display only: the signature is NOT verified.
    static std::optional<QJsonObject> decodeIdTokenClaims(const QString &idToken);
};

} // namespace kyc
