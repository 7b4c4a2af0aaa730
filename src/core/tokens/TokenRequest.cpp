#include "core/tokens/TokenRequest.h"

#include "core/sumsub/SumsubIdConnect.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

QString fieldKey(Field field)
{
    return QLatin1String(specOf(field).key);
}

QString fieldDisplayName(Field field)
{
    return QCoreApplication::translate("kyc::Field", specOf(field).label);
}

TokenRequest::TokenRequest(Operation operation)
    : m_operation(operation)
{}

void TokenRequest::set(Field field, const QString &value)
{
    m_values.insert(field, value);
}

QList<Field> TokenRequest::fieldsOf(Operation operation)
{
    return specOf(operation).fields;
}

qint64 TokenRequest::defaultTtlSecs(Operation operation)
{
    return specOf(operation).defaultTtlSecs;
}

QList<FieldError> TokenRequest::validate() const
{
    QList<FieldError> errors;
    // Trimmed, but the authorization response is judged as pasted (normalized() extracts the code).
    TokenRequest clean(m_operation);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        clean.m_values.insert(it.key(), it.value().trimmed());
    const QString sdk = clean.value(Field::SdkKind);
    const bool sdkHasReferrer = !clean.value(Field::Referrer).isEmpty();
    const bool sdkHasAppId = !clean.value(Field::AppId).isEmpty();
    const bool web = sdk == u"web" || (sdk.isEmpty() && !sdkHasAppId);

    for (const Field field : fieldsOf(m_operation) + QList<Field>{Field::Reason}) {
        QString problem;
        const QString v = clean.value(field);
        switch (field) {
        case Field::ApplicantId: {
            const QString fromLink = Validators::applicantIdFromLink(v);
            problem = Validators::checkSumsubApplicantId(fromLink.isEmpty() ? v : fromLink);
            break;
        }
        case Field::ForClientId:
            problem = Validators::checkPartnerClientId(v);
            break;
        case Field::TtlSecs:
            problem = Validators::checkTtl(v);
            break;
        case Field::ConnectToken:
            problem = Validators::checkOpaqueToken(v, fieldDisplayName(field));
            break;
        case Field::RefreshToken:
            problem = Validators::checkOpaqueToken(v, fieldDisplayName(field));
            break;
        case Field::AuthorizationResponse: {
            SumsubIdConnect::extractCode(v, clean.value(Field::ExpectedState), &problem);
            break;
        }
        case Field::CodeVerifier:
            problem = Validators::checkCodeVerifier(v);
            break;
        case Field::ExpectedState:
            break; // optional; checked against the redirect URL above
        case Field::Scope:
            if (!v.isEmpty() || m_operation != Operation::SumsubIdConnectRefresh)
                problem = Validators::checkScopes(v);
            break;
        case Field::ClientId:
            problem = Validators::checkComplyCubeClientId(v);
            break;
        case Field::SdkKind:
            if (!sdk.isEmpty() && sdk != u"web" && sdk != u"mobile")
                problem = Validators::tr("The SDK is \"web\" or \"mobile\".");
            break;
        case Field::Referrer:
            if (sdk.isEmpty() && sdkHasReferrer && sdkHasAppId)
                problem = Validators::tr(
                    "Give a referrer for the Web SDK or an app ID for a mobile SDK, not both.");
            else if (web)
                problem = Validators::checkReferrerPattern(v);
            break;
        case Field::AppId:
            if (!web)
                problem = Validators::checkAppId(v);
            break;
        case Field::Reason:
            if (v.size() > 500)
                problem =
                    Validators::tr("Keep the reason under 500 characters; a ticket reference is enough.");
            break;
        }
        if (!problem.isEmpty())
            errors.append({field, problem});
    }
    return errors;
}

TokenRequest TokenRequest::normalized() const
{
    TokenRequest clean(m_operation);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        clean.m_values.insert(it.key(), it.value().trimmed());
    if (const QString id = Validators::applicantIdFromLink(clean.value(Field::ApplicantId)); !id.isEmpty())
        clean.m_values.insert(Field::ApplicantId, id); // a dashboard link pasted whole
    if (m_operation == Operation::ComplyCubeSdkToken) {
        // Only the chosen SDK's field is sent.
        const QString sdk = clean.value(Field::SdkKind);
        const bool web = sdk == u"web" || (sdk.isEmpty() && clean.value(Field::AppId).isEmpty());
        clean.m_values.insert(Field::SdkKind, web ? u"web"_s : u"mobile"_s);
        clean.m_values.insert(web ? Field::AppId : Field::Referrer, QString());
    }
    if (m_operation == Operation::SumsubIdConnectToken) {
        QString ignored;
        clean.m_values.insert(Field::AuthorizationResponse,
                              SumsubIdConnect::extractCode(clean.value(Field::AuthorizationResponse),
                                                           clean.value(Field::ExpectedState), &ignored));
    }
    return clean;
}

QList<TokenRequest::Concern> TokenRequest::cautions() const
{
    QList<Concern> concerns;
    const TokenRequest clean = normalized();
    if (m_operation == Operation::ComplyCubeSdkToken && clean.value(Field::SdkKind) != u"mobile") {
        if (const QString broad = Validators::broadReferrer(clean.value(Field::Referrer)); !broad.isEmpty())
            concerns.append({Caution::BroadReferrer, broad});
    }
    if (defaultTtlSecs(m_operation) > 0 && clean.ttlSecs() > kLongTtlSecs)
        concerns.append(
            {Caution::LongTtl,
             Validators::tr(
                 "A TTL of %1 s is more than 24 hours, which no vendor documents as needed: the token "
                 "stays usable by whoever holds it for that long.")
                 .arg(clean.ttlSecs())});
    return concerns;
}

qint64 TokenRequest::ttlSecs() const
{
    return value(Field::TtlSecs).trimmed().toLongLong();
}

QString TokenRequest::authorizationCode() const
{
    return normalized().value(Field::AuthorizationResponse);
}

} // namespace kyc
