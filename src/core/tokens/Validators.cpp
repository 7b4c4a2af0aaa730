#include "core/tokens/Validators.h"

#include "core/net/Transport.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
} // namespace

QString Validators::applicantIdFromLink(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        (host != u"sumsub.com" && !host.endsWith(u".sumsub.com")))
        return {};
    const auto isId = [](const QString &s) {
        return s.size() == 24 && std::all_of(s.cbegin(), s.cend(), isLowerHex);
    };
    // The dashboard is a single-page app: the applicant is in the fragment, as a path of its own.
    for (const QString &part : {url.fragment(QUrl::FullyDecoded), url.path(QUrl::FullyDecoded)}) {
        const QString path = part.section(u'?', 0, 0);
        const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            if ((segments.at(i) == u"applicant" || segments.at(i) == u"applicants") &&
                isId(segments.at(i + 1)))
                return segments.at(i + 1);
        }
        const QUrlQuery query(part.section(u'?', 1));
        if (const QString id = query.queryItemValue(u"applicantId"_s); isId(id))
            return id;
    }
    if (const QString id = QUrlQuery(url).queryItemValue(u"applicantId"_s); isId(id))
        return id;
    return {};
}

QString Validators::checkSumsubApplicantId(const QString &value)
{
    if (value.startsWith(u"https://", Qt::CaseInsensitive) ||
        value.startsWith(u"http://", Qt::CaseInsensitive))
        return tr("This link does not point to an applicant. Open the applicant in the Sumsub dashboard and "
                  "copy the address from there, or paste the applicant ID itself.");
    if (value.isEmpty())
        return tr("Enter the applicant ID: 24 hexadecimal characters, like 63e092c51b7b4030f2e01154.");
    for (const QChar c : value) {
        if (c.isSpace())
            return tr(
                "The applicant ID contains a space. Paste the ID alone, like 63e092c51b7b4030f2e01154.");
        if (!isLowerHex(c)) {
            if (c >= u'A' && c <= u'F')
                return tr("The applicant ID has capital letters. Sumsub applicant IDs are lowercase, "
                          "like 63e092c51b7b4030f2e01154.");
            return tr("The applicant ID may only contain 0-9 and a-f (found '%1'). "
                      "It looks like 63e092c51b7b4030f2e01154.")
                .arg(c);
        }
    }
    if (value.size() != 24)
        return tr("The applicant ID has %1 characters; it must have 24, like 63e092c51b7b4030f2e01154.")
            .arg(value.size());
    return {};
}

QString Validators::checkPartnerClientId(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the partner's client ID (ask the partner for it), like CoolCoinLtd.");
    for (const QChar c : value) {
        if (c.isSpace())
            return tr("The partner client ID must not contain spaces. Check it with the partner.");
        if (c.category() == QChar::Other_Control)
            return tr("The partner client ID contains a control character. Type it again.");
    }
    return checkVisible(value, tr("The partner client ID"));
}

QString Validators::checkTtl(const QString &value, qint64 maxSecs)
{
    if (value.isEmpty())
        return tr("Enter a TTL in seconds, from 1 to %1.").arg(maxSecs);
    bool ok = false;
    const qint64 secs = value.toLongLong(&ok);
    if (!ok)
        return tr("The TTL must be a whole number of seconds, like 600.");
    if (secs < 1 || secs > maxSecs)
        return tr("The TTL must be between 1 and %1 seconds; %2 is out of range.").arg(maxSecs).arg(secs);
    return {};
}

QString Validators::checkReferrerPattern(const QString &value)
{
    const QString example = tr("for example https://*.example.com/*");
    if (value.isEmpty())
        return tr("Enter the web page pattern the Web SDK runs on, %1.").arg(example);
    const qsizetype sep = value.indexOf(QLatin1String("://"));
    if (sep < 0)
        return tr("The referrer needs a scheme and ://, %1.").arg(example);
    const QString scheme = value.left(sep);
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("*"))
        return tr("The referrer's scheme must be http, https or *; '%1' is not allowed (%2).")
            .arg(scheme, example);
    const QString rest = value.mid(sep + 3);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return tr("The referrer needs a path after the host, at least /, %1.").arg(example);
    const QString host = rest.left(slash);
    if (host.isEmpty())
        return tr("The referrer has no host, %1.").arg(example);
    for (const QChar c : value) {
        if (c.isSpace())
            return tr("The referrer must not contain spaces.");
    }
    if (const QString invisible = checkVisible(value, tr("The referrer")); !invisible.isEmpty())
        return invisible;
    if (host != QLatin1String("*")) {
        const QString domain = host.startsWith(QLatin1String("*.")) ? host.mid(2) : host;
        if (domain.isEmpty() || domain.contains(u'*'))
            return tr("In the referrer's host, * may only stand alone or at the start as *.domain "
                      "(found '%1'), %2.")
                .arg(host, example);
    }
    return {};
}

namespace {
// Qt keeps the public suffix list for its cookie jar, which refuses a cookie for a public suffix; that
// refusal is the only public way to ask it.
class SuffixProbe : public QNetworkCookieJar
{
public:
    bool isPublicSuffix(const QString &domain) const
    {
        QNetworkCookie cookie("probe", "1");
        cookie.setDomain(u'.' + domain);
        return !validateCookie(cookie, QUrl(u"https://probe."_s + domain + u'/'));
    }
};
} // namespace

bool Validators::isPublicSuffix(const QString &domain)
{
    if (domain.isEmpty())
        return true;
    if (!domain.contains(u'.'))
        return true; // a top-level domain
    return SuffixProbe().isPublicSuffix(domain.toLower());
}

QString Validators::broadReferrer(const QString &pattern)
{
    const qsizetype sep = pattern.indexOf(QLatin1String("://"));
    if (sep < 0)
        return {};
    const QString rest = pattern.mid(sep + 3);
    const QString host = rest.left(rest.indexOf(u'/'));
    if (host == u"*")
        return tr("The referrer %1 matches every web site: any page could start the Web SDK with this token.")
            .arg(pattern);
    if (host.startsWith(QLatin1String("*.")) && isPublicSuffix(host.mid(2)))
        return tr("The referrer %1 matches every site under .%2, which anyone can register: nearly any page "
                  "could start the Web SDK with this token.")
            .arg(pattern, host.mid(2));
    return {};
}

QString Validators::checkAppId(const QString &value)
{
    const QString example = tr("like com.example.app");
    if (value.isEmpty())
        return tr("Enter the mobile app's bundle or application ID, %1.").arg(example);
    const QStringList parts = value.split(u'.');
    if (parts.size() < 2)
        return tr("The app ID is in reverse-DNS form with at least two parts, %1.").arg(example);
    for (const QString &part : parts) {
        if (part.isEmpty())
            return tr("The app ID has an empty part between dots, %1.").arg(example);
        for (const QChar c : part) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                            (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
            if (!ok)
                return tr("The app ID may only contain letters, digits, _ and - between dots (found '%1'), "
                          "%2.")
                    .arg(c)
                    .arg(example);
        }
    }
    if (!parts.first().at(0).isLetter())
        return tr("The app ID must start with a letter, %1.").arg(example);
    return {};
}

QString Validators::checkOpaqueToken(const QString &value, const QString &what)
{
    if (value.isEmpty())
        return tr("Enter the %1.").arg(what.toLower());
    for (const QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("The %1 must not contain spaces or line breaks; paste it again in one piece.")
                .arg(what.toLower());
    }
    return checkVisible(value, tr("The %1").arg(what.toLower()));
}

QString Validators::checkLevelName(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the name of your level the applicant is to be checked for, as your Sumsub dashboard "
                  "shows it (for example basic-kyc-level).");
    if (value.size() > 128)
        return tr("A level name is at most 128 characters; check what was pasted.");
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return tr("The level name must be on one line, without control characters.");
    }
    return checkVisible(value, tr("The level name"));
}

bool Validators::isPrintableAsciiToken(QStringView token)
{
    if (token.isEmpty())
        return false;
    return std::all_of(token.begin(), token.end(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

namespace {
// "202E", as the character is named in messages and marks.
QString codePoint(char16_t u)
{
    return QString::number(u, 16).toUpper().rightJustified(4, u'0');
}
} // namespace

bool Validators::isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200b && u <= 0x200f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2060 && u <= 0x2064) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0xfeff || u == 0x00ad || u == 0x061c || u == 0x180e;
}

QString Validators::checkVisible(const QString &value, const QString &what)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isInvisible(value.at(i)))
            return tr("%1 holds an invisible character (U+%2) at character %3: it shows the text otherwise "
                      "than it is sent. Type it again instead of pasting it.")
                .arg(what, codePoint(value.at(i).unicode()))
                .arg(i + 1);
    }
    return {};
}

QString Validators::showInvisible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isInvisible(c))
            out += u"[U+"_s + codePoint(c.unicode()) + u']';
        else
            out += c;
    }
    return out;
}

QString Validators::forTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else if (isInvisible(c))
            out += u"[U+"_s + codePoint(u) + u']';
        else
            out += c;
    }
    return out;
}

QString Validators::checkCodeVerifier(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the code verifier the authorize URL was made with.");
    if (value.size() < 43 || value.size() > 128)
        return tr("The code verifier has %1 characters; PKCE verifiers have 43 to 128.").arg(value.size());
    for (const QChar c : value) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                        c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (!ok)
            return tr("The code verifier may only contain letters, digits and - . _ ~ (found '%1').").arg(c);
    }
    return {};
}

QString Validators::checkScopes(const QString &value)
{
    static const QStringList known{QStringLiteral("openid"), QStringLiteral("profile"),
                                   QStringLiteral("email"),  QStringLiteral("name"),
                                   QStringLiteral("share"),  QStringLiteral("offline_access")};
    const QStringList scopes = value.split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return tr("Choose at least one scope; \"share\" is needed for Sumsub ID share tokens.");
    for (const QString &s : scopes) {
        if (!known.contains(s))
            return tr("Unknown scope '%1'; the scopes are %2.").arg(s, known.join(u", "));
    }
    return {};
}

QString Validators::checkComplyCubeClientId(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the ComplyCube client ID, like 5eb04fcd0f3e360008035eb1.");
    for (const QChar c : value) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                        c == u'-' || c == u'_';
        if (!ok)
            return tr("The client ID may only contain letters and digits (found '%1'), like "
                      "5eb04fcd0f3e360008035eb1.")
                .arg(c);
    }
    return {};
}

QString Validators::checkRedirectUri(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (value.isEmpty())
        return tr("Enter the redirect URI registered for Sumsub ID Connect, like "
                  "https://partner.example/callback.");
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return tr("The redirect URI must be the registered https:// address, like "
                  "https://partner.example/callback.");
    return {};
}

QString Validators::checkCaFile(const QString &path)
{
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return tr("The CA certificate file \"%1\" cannot be read or holds no PEM certificate.").arg(path);
    return {};
}

QString Validators::checkBaseUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (value.isEmpty() || !url.isValid() || url.host().isEmpty())
        return tr("The base URL '%1' is not a valid URL. Use the form https://api.example.com.").arg(value);
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return tr("The base URL must start with https://.");
    if (url.scheme() == QLatin1String("http") && !Transport::isLoopbackHost(url.host()))
        return tr("Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); "
                  "use https:// for %1.")
            .arg(url.host());
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return tr("The base URL is the scheme, host and port only, like https://api.sumsub.com; "
                  "remove the rest.");
    return {};
}

} // namespace kyc
