#pragma once

#include <QCoreApplication>
#include <QString>

// Checks of single values. Each returns an empty string when the value is fine, otherwise a message
// that says what is wrong and how to fix it. Values are expected trimmed (TokenRequest::check() trims them).
namespace kyc {

class Validators
{
    Q_DECLARE_TR_FUNCTIONS(kyc::Validators)

public:
    static QString checkSumsubApplicantId(const QString &value);
    // The applicant ID in a link to an applicant in the Sumsub dashboard
    // (https://cockpit.sumsub.com/checkus/#/applicant/63e092c51b7b4030f2e01154/basicInfo?clientId=…,
    // or with ?applicantId=…); empty when the text is no such link.
    static QString applicantIdFromLink(const QString &text);
    static QString checkPartnerClientId(const QString &value);
    // A TTL in seconds, from 1 to maxSecs (the operation's, from its spec).
    static QString checkTtl(const QString &value, qint64 maxSecs);
    // A Chrome match pattern for ComplyCube's Web SDK: <scheme>://<host><path>, scheme http, https or *,
    // host exact, * or *.domain, path starting with / (where * matches anything).
    static QString checkReferrerPattern(const QString &value);
    // Why a valid referrer pattern lets (nearly) any web site use the token: a bare * host, or * over a
    // public suffix (*.com, *.co.uk); empty when it names a site.
    static QString broadReferrer(const QString &pattern);
    // Whether the domain is a public suffix (com, co.uk, github.io), by the list Qt carries.
    static bool isPublicSuffix(const QString &domain);
    // An iOS bundle ID or Android application ID in reverse-DNS form: com.example.app.
    static QString checkAppId(const QString &value);
    // A token or code pasted by the operator: not empty, no whitespace or control character inside (a
    // broken paste). Its content is never judged.
    static QString checkOpaqueToken(const QString &value, const QString &what);
    // Whether a token a provider answered is one: printable ASCII only (U+0021 to U+007E), no control
    // character, space, or anything a terminal or a bidirectional text could be made to act on.
    static bool isPrintableAsciiToken(QStringView token);
    // The name of one of this Sumsub account's levels, as its dashboard shows it (case matters): not
    // empty, at most 128 characters, nothing invisible or on two lines.
    static QString checkLevelName(const QString &value);
    // Characters that show as nothing, or turn the text around them, so that what is shown is not what
    // is sent: bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), zero-width
    // and invisible ones (U+200B-U+200D, U+2060-U+2064, U+FEFF, U+00AD, U+180E).
    static bool isInvisible(QChar c);
    // What is wrong when the text holds one, saying which and where ("… U+202E … at character 7"); empty
    // when it holds none. what: "The partner client ID".
    static QString checkVisible(const QString &value, const QString &what);
    // The text with each invisible character shown as [U+202E]: for showing a reason or a vendor's
    // words, never for sending.
    static QString showInvisible(const QString &text);
    // Text from outside (a vendor's message, a correlation ID, a history row) made safe to write to a
    // terminal: control characters (C0, DEL, C1: escape sequences, line breaks) as \x1b, invisible ones
    // as [U+202E]. Never written raw.
    static QString forTerminal(const QString &text);
    // A PKCE code verifier: 43 to 128 characters of A-Z a-z 0-9 - . _ ~
    static QString checkCodeVerifier(const QString &value);
    // Space-separated Sumsub ID scopes, each one of openid profile email name share offline_access.
    static QString checkScopes(const QString &value);
    // A ComplyCube client ID, like 5eb04fcd0f3e360008035eb1.
    static QString checkComplyCubeClientId(const QString &value);
    // A registered redirect URI: an absolute https:// URL.
    static QString checkRedirectUri(const QString &value);
    // An extra CA certificate file: readable, with at least one PEM certificate.
    static QString checkCaFile(const QString &path);
    // A vendor base URL: scheme, host and optional port only; https, or http to a loopback address.
    static QString checkBaseUrl(const QString &value);
};

} // namespace kyc
