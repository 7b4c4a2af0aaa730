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
    static QString checkPartnerClientId(const QString &value);
    static QString checkTtl(const QString &value);
    // A Chrome match pattern for ComplyCube's Web SDK: <scheme>://<host><path>, scheme http, https or *,
    // host exact, * or *.domain, path starting with / (where * matches anything).
    static QString checkReferrerPattern(const QString &value);
    // An iOS bundle ID or Android application ID in reverse-DNS form: com.example.app.
    static QString checkAppId(const QString &value);
    // A vendor base URL: scheme, host and optional port only; https, or http to a loopback address.
    static QString checkBaseUrl(const QString &value);
};

} // namespace kyc
