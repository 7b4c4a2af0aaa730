#include "core/sumsub/SumsubIdConnect.h"

#include "core/sumsub/Pkce.h"
#include "core/tokens/Validators.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kyc {

QStringList SumsubIdConnect::knownScopes()
{
    return {u"openid"_s, u"profile"_s, u"email"_s, u"name"_s, u"share"_s, u"offline_access"_s};
}

SumsubIdConnect::AuthorizeProblems SumsubIdConnect::checkAuthorizeInput(const QString &clientId,
                                                                        const QString &redirectUri,
                                                                        const QString &scope)
{
    AuthorizeProblems p;
    p.clientId = Validators::checkOpaqueToken(clientId.trimmed(), tr("Sumsub ID client ID"));
    p.redirectUri = Validators::checkRedirectUri(redirectUri.trimmed());
    p.scope = Validators::checkScopes(scope.trimmed());
    return p;
}

QUrl SumsubIdConnect::idBaseUrlFor(const QUrl &apiBaseUrl)
{
    if (apiBaseUrl.host() == u"api.sumsub.com")
        return QUrl(u"https://id.sumsub.com"_s);
    return apiBaseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

SumsubIdConnect::Authorization SumsubIdConnect::authorize(const QUrl &idBaseUrl, const QString &clientId,
                                                          const QString &redirectUri,
                                                          const QStringList &scopes)
{
    Authorization a;
    a.codeVerifier = Pkce::generateVerifier();
    a.codeChallenge = Pkce::challengeFor(a.codeVerifier);
    QByteArray stateBytes(16, Qt::Uninitialized);
    for (char &c : stateBytes)
        c = char(QRandomGenerator::system()->bounded(256));
    a.state = QString::fromLatin1(
        stateBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"scope"_s, scopes.join(u' '));
    query.addQueryItem(u"state"_s, a.state);
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(a.codeChallenge));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    a.url = idBaseUrl;
    a.url.setPath(u"/api/snsId/oauth/authorize"_s);
    // Encode fully: a ':' or '/' in the redirect URI must not be mistaken for structure.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    a.url.setQuery(encoded, QUrl::StrictMode);
    return a;
}

QString SumsubIdConnect::extractCode(const QString &pasted, const QString &expectedState, QString *problem)
{
    problem->clear();
    const QString text = pasted.trimmed();
    if (text.isEmpty()) {
        *problem =
            tr("Paste the authorization code, or the whole address the browser ended on after consent.");
        return {};
    }
    // A code is one piece, whether pasted alone or inside the address: the rule of every opaque token.
    const auto inOnePiece = [problem](const QString &code) {
        *problem = Validators::checkOpaqueToken(code, tr("authorization code"));
        return problem->isEmpty();
    };
    const bool looksLikeUrl = text.contains(u"://"_s) || text.contains(u"code="_s) || text.startsWith(u'?');
    if (!looksLikeUrl)
        return inOnePiece(text) ? text : QString();

    const qsizetype q = text.indexOf(u'?');
    QString queryText = q >= 0 ? text.mid(q + 1) : text;
    const qsizetype hash = queryText.indexOf(u'#');
    if (hash >= 0)
        queryText.truncate(hash);
    const QUrlQuery query(queryText);
    if (query.hasQueryItem(u"error"_s)) {
        *problem = tr("The consent was not given (%1: %2). Start the authorization again.")
                       .arg(query.queryItemValue(u"error"_s, QUrl::FullyDecoded),
                            query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded));
        return {};
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (!code.isEmpty() && !inOnePiece(code))
        return {};
    if (code.isEmpty()) {
        *problem =
            tr("The address has no code= in it. Paste the address the browser ended on after consent.");
        return {};
    }
    if (!expectedState.isEmpty()) {
        const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
        if (state != expectedState) {
            *problem =
                state.isEmpty()
                    ? tr("The address has no state; it does not come from the authorize URL made here.")
                    : tr("The address's state does not match: it belongs to another authorization. "
                         "Open the current authorize URL and paste the address it ends on.");
            return {};
        }
    }
    return code;
}

std::optional<QJsonObject> SumsubIdConnect::decodeIdTokenClaims(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return std::nullopt;
    const QByteArray::FromBase64Result payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace kyc
