#include "core/tokens/OperationSpec.h"

#include <QCoreApplication>

namespace kyc {

namespace {
// The vendors take a TTL as a signed 32-bit integer and document no lower maximum.
constexpr qint64 kInt32Max = 2147483647;
} // namespace

const QList<OperationSpec> &operationSpecs()
{
    using F = Field;
    static const QList<OperationSpec> specs{
        {Operation::SumsubShareToken,
         "sumsub-share-token",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Sumsub share token (Reusable KYC)"),
         {F::ApplicantId, F::ForClientId, F::TtlSecs},
         600 /* the vendor's documented example */,
         kInt32Max,
         "sumsub",
         "share-token",
         "/resources/accessTokens/shareToken"},
        {Operation::SumsubIdConnectToken,
         "sumsub-id-connect-token",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Sumsub ID Connect access token"),
         {F::AuthorizationResponse, F::CodeVerifier, F::ExpectedState},
         0,
         0,
         "sumsub",
         "id-connect-token",
         "/resources/snsId/api/connect/token"},
        {Operation::SumsubIdConnectRefresh,
         "sumsub-id-connect-refresh",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Sumsub ID Connect access token (refreshed)"),
         {F::RefreshToken, F::CodeVerifier, F::Scope},
         0,
         0,
         "sumsub",
         "id-connect-token",
         "/resources/snsId/api/connect/token"},
        {Operation::SumsubIdShareToken,
         "sumsub-id-share-token",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Sumsub ID share token"),
         {F::ConnectToken, F::ForClientId, F::TtlSecs},
         1800 /* the vendor's default */,
         kInt32Max,
         "sumsub",
         "id-share-token",
         "/resources/accessTokens/sumsubIdShareToken"},
        {Operation::ComplyCubeSdkToken,
         "complycube-sdk-token",
         Provider::ComplyCube,
         QT_TRANSLATE_NOOP("kyc::Operation", "ComplyCube SDK token"),
         {F::ClientId, F::SdkKind, F::Referrer, F::AppId},
         0,
         0,
         "complycube",
         "sdk-token",
         "/v1/tokens"},
        // kyc-share sumsub redeem: reuse by default, --preview or --copy for the others.
        {Operation::SumsubReuse,
         "sumsub-reuse",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Redeem a Sumsub share token (reuse)"),
         {F::ShareToken, F::LevelName},
         0,
         0,
         "sumsub",
         "redeem",
         "/resources/api/reusableIdentity/reuse"},
        {Operation::SumsubReusePreview,
         "sumsub-reuse-preview",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Preview redeeming a Sumsub share token"),
         {F::ShareToken, F::LevelName},
         0,
         0,
         "sumsub",
         "redeem",
         // The vendor's reference heads this GET and shows it POSTed: it is POSTed, as every call here.
         "/resources/api/reusableIdentity/reuse/preview"},
        {Operation::SumsubCopyApplicant,
         "sumsub-copy-applicant",
         Provider::Sumsub,
         QT_TRANSLATE_NOOP("kyc::Operation", "Copy an applicant from a Sumsub share token (not KYC)"),
         {F::ShareToken},
         0,
         0,
         "sumsub",
         "redeem",
         "/resources/applicants/-/import"},
    };
    return specs;
}

const OperationSpec &specOf(Operation operation)
{
    for (const OperationSpec &spec : operationSpecs()) {
        if (spec.operation == operation)
            return spec;
    }
    qFatal("no spec for operation %d", int(operation));
}

Operation commandOperation(Operation operation)
{
    const OperationSpec &own = specOf(operation);
    for (const OperationSpec &spec : operationSpecs()) {
        if (qstrcmp(spec.cliProvider, own.cliProvider) == 0 && qstrcmp(spec.cliCommand, own.cliCommand) == 0)
            return spec.operation;
    }
    return operation;
}

const QList<FieldSpec> &fieldSpecs()
{
    using K = FieldSpec::Kept;
    static const QList<FieldSpec> specs{
        {Field::ApplicantId, "applicantId", QT_TRANSLATE_NOOP("kyc::Field", "Applicant ID"), "--applicant-id",
         K::Subject},
        {Field::ForClientId, "forClientId", QT_TRANSLATE_NOOP("kyc::Field", "Partner client ID"),
         "--for-client-id", K::Partner},
        {Field::TtlSecs, "ttlInSecs", QT_TRANSLATE_NOOP("kyc::Field", "TTL"), "--ttl", K::No},
        {Field::ConnectToken, "sumsubIdConnectToken", QT_TRANSLATE_NOOP("kyc::Field", "Connect access token"),
         "--connect-token", K::SubjectFingerprint, true},
        {Field::AuthorizationResponse, "code",
         QT_TRANSLATE_NOOP("kyc::Field", "Authorization code or redirect URL"), "--code/--redirect-url",
         K::No, true},
        {Field::CodeVerifier, "codeVerifier", QT_TRANSLATE_NOOP("kyc::Field", "Code verifier"),
         "--code-verifier", K::No, true},
        {Field::ExpectedState, "state", QT_TRANSLATE_NOOP("kyc::Field", "State"), "--state", K::No},
        {Field::RefreshToken, "refresh_token", QT_TRANSLATE_NOOP("kyc::Field", "Refresh token"),
         "--refresh-token", K::No, true},
        {Field::Scope, "scope", QT_TRANSLATE_NOOP("kyc::Field", "Scope"), "--scope", K::No},
        {Field::ClientId, "clientId", QT_TRANSLATE_NOOP("kyc::Field", "Client ID"), "--client-id",
         K::Subject},
        {Field::SdkKind, "sdk", QT_TRANSLATE_NOOP("kyc::Field", "SDK"), "--referrer/--app-id", K::No},
        {Field::Referrer, "referrer", QT_TRANSLATE_NOOP("kyc::Field", "Referrer"), "--referrer", K::Partner},
        {Field::AppId, "appId", QT_TRANSLATE_NOOP("kyc::Field", "App ID"), "--app-id", K::Partner},
        {Field::Reason, "reason", QT_TRANSLATE_NOOP("kyc::Field", "Reason"), "--reason", K::No},
        {Field::ShareToken, "shareToken", QT_TRANSLATE_NOOP("kyc::Field", "Share token"), "--share-token",
         K::SubjectFingerprint, true},
        {Field::LevelName, "levelName", QT_TRANSLATE_NOOP("kyc::Field", "Level name"), "--level-name", K::No},
    };
    return specs;
}

const FieldSpec &specOf(Field field)
{
    for (const FieldSpec &spec : fieldSpecs()) {
        if (spec.field == field)
            return spec;
    }
    qFatal("no spec for field %d", int(field));
}

} // namespace kyc
