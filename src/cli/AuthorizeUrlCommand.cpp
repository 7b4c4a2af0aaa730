#include "cli/AuthorizeUrlCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "core/sumsub/SumsubIdConnect.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

AuthorizeUrlCommand::AuthorizeUrlCommand(const CommandLine &line, const Io &io)
    : Command(line, io)
{}

int AuthorizeUrlCommand::run(const Profile &profile)
{
    // Nothing is sent: the URL is for the operator's browser.
    const QString clientId = m_line.value(u"client-id"_s).trimmed();
    const QString redirectUri = m_line.value(u"redirect-uri"_s).trimmed();
    const QString scope = m_line.isSet(u"scope"_s) ? m_line.value(u"scope"_s).trimmed() : u"share"_s;
    const SumsubIdConnect::AuthorizeProblems p =
        SumsubIdConnect::checkAuthorizeInput(clientId, redirectUri, scope);
    QStringList problems;
    if (!p.clientId.isEmpty())
        problems << u"--client-id: "_s + p.clientId;
    if (!p.redirectUri.isEmpty())
        problems << u"--redirect-uri: "_s + p.redirectUri;
    if (!p.scope.isEmpty())
        problems << u"--scope: "_s + p.scope;
    if (!problems.isEmpty())
        return usageError(problems.join(u"\n  "_s));

    const SumsubIdConnect::Authorization a =
        SumsubIdConnect::authorize(SumsubIdConnect::idBaseUrlFor(profile.baseUrl), clientId, redirectUri,
                                   scope.split(u' ', Qt::SkipEmptyParts));
    const QJsonObject o{{u"url"_s, QString::fromUtf8(a.url.toEncoded())},
                        {u"codeVerifier"_s, QString::fromLatin1(a.codeVerifier)},
                        {u"state"_s, a.state}};
    print(m_io.out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    print(m_io.err,
          tr("Open the URL in a browser; after consent, pass the address it ends on to\n"
             "  kyc-share sumsub id-connect-token --redirect-url URL --code-verifier V --state S\n"));
    return Issued;
}

} // namespace kyc::cli
