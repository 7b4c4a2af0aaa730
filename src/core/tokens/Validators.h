#pragma once

#include <QCoreApplication>
#include <QString>

// Checks of single values. Each returns an empty string when the value is fine, otherwise a message
// that says what is wrong and how to fix it. Values are expected trimmed (TokenRequest::normalized()).
namespace kyc {

class Validators
{
    Q_DECLARE_TR_FUNCTIONS(kyc::Validators)

public:
    static constexpr qint64 kMaxTtlSecs = 2147483647; // the vendors' int32

    static QString checkSumsubApplicantId(const QString &value);
    // The applicant ID in a link to an applicant in the Sumsub dashboard
    // (https://cockpit.sumsub.com/checkus/#/applicant/63e092c51b7b4030f2e01154/basicInfo?clientId=…,
    // or with ?applicantId=…); empty when the text is no such link.
    static QString applicantIdFromLink(const QString &text);
    static QString checkPartnerClientId(const QString &value);
    static QString checkTtl(const QString &value);
    // A Chrome match pattern for ComplyCube's Web SDK: <scheme>://<host><path>, scheme http, https or *,
    // host exact, * or *.domain, path starting with / (where * matches anything).
    static QString checkReferrerPattern(const QString &value);
    // An iOS bundle ID or Android application ID in reverse-DNS form: com.example.app.
    static QString checkAppId(const QString &value);
    // A token or code pasted by the operator: not empty, no whitespace or control character inside (a
    // broken paste). Its content is never judged.
    static QString checkOpaqueToken(const QString &value, const QString &what);
    // Whether a token a provider answered is one: printable ASCII only (U+0021 to U+007E), no control
    // character, space, or anything a terminal or a bidirectional text could be made to act on.
    static bool isPrintableAsciiToken(QStringView token);
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
