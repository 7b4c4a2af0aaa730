#include "core/tokens/TokenRequest.h"

#include "core/sumsub/SumsubIdConnect.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QCoreApplication>

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

TokenRequest::Checked TokenRequest::check() const
{
    Checked checked;
    QList<FieldError> &errors = checked.errors;
    // Trimmed; the authorization response is judged as pasted, and its code taken out of it.
    QHash<Field, QString> clean;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        clean.insert(it.key(), it.value().trimmed());
    const auto value = [&clean](Field field) { return clean.value(field); };
    const QString sdkText = value(Field::SdkKind);
    const bool sdkHasReferrer = !value(Field::Referrer).isEmpty();
    const bool sdkHasAppId = !value(Field::AppId).isEmpty();
    const SdkKind sdk = sdkKindFromKey(sdkText).value_or(sdkHasAppId ? SdkKind::Mobile : SdkKind::Web);
    QString applicantId;
    QString code;

    for (const Field field : fieldsOf(m_operation) + QList<Field>{Field::Reason}) {
        QString problem;
        const QString v = value(field);
        switch (field) {
        case Field::ApplicantId: {
            const QString fromLink = Validators::applicantIdFromLink(v);
            applicantId = fromLink.isEmpty() ? v : fromLink; // a dashboard link pasted whole
            problem = Validators::checkSumsubApplicantId(applicantId);
            break;
        }
        case Field::ForClientId:
            problem = Validators::checkPartnerClientId(v);
            break;
        case Field::TtlSecs:
            problem = Validators::checkTtl(v, specOf(m_operation).maxTtlSecs);
            break;
        case Field::ConnectToken:
            problem = Validators::checkOpaqueToken(v, fieldDisplayName(field));
            break;
        case Field::RefreshToken:
            problem = Validators::checkOpaqueToken(v, fieldDisplayName(field));
            break;
        case Field::AuthorizationResponse:
            code = SumsubIdConnect::extractCode(v, value(Field::ExpectedState), &problem);
            break;
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
            if (!sdkText.isEmpty() && !sdkKindFromKey(sdkText))
                problem = Validators::tr("The SDK is \"web\" or \"mobile\".");
            break;
        case Field::Referrer:
            if (sdkText.isEmpty() && sdkHasReferrer && sdkHasAppId)
                problem = Validators::tr(
                    "Give a referrer for the Web SDK or an app ID for a mobile SDK, not both.");
            else if (sdk == SdkKind::Web)
                problem = Validators::checkReferrerPattern(v);
            break;
        case Field::AppId:
            if (sdk == SdkKind::Mobile)
                problem = Validators::checkAppId(v);
            break;
        case Field::ShareToken:
            problem = Validators::checkOpaqueToken(v, fieldDisplayName(field));
            break;
        case Field::LevelName:
            problem = Validators::checkLevelName(v);
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
    if (!errors.isEmpty())
        return checked;

    const std::chrono::seconds ttl(value(Field::TtlSecs).toLongLong());
    RequestParams params;
    switch (m_operation) {
    case Operation::SumsubShareToken:
        params = ShareTokenParams{applicantId, value(Field::ForClientId), ttl};
        break;
    case Operation::SumsubIdConnectToken:
        params = IdConnectCodeParams{code, value(Field::CodeVerifier)};
        break;
    case Operation::SumsubIdConnectRefresh:
        params = IdConnectRefreshParams{value(Field::RefreshToken), value(Field::CodeVerifier),
                                        value(Field::Scope).split(u' ', Qt::SkipEmptyParts)};
        break;
    case Operation::SumsubIdShareToken:
        params = IdShareTokenParams{value(Field::ConnectToken), value(Field::ForClientId), ttl};
        break;
    case Operation::ComplyCubeSdkToken:
        // Only the chosen SDK's field is sent.
        params = SdkTokenParams{value(Field::ClientId), sdk,
                                value(sdk == SdkKind::Web ? Field::Referrer : Field::AppId)};
        break;
    case Operation::SumsubReuse:
        params = ReuseParams{value(Field::ShareToken), value(Field::LevelName)};
        break;
    case Operation::SumsubReusePreview:
        params = ReusePreviewParams{value(Field::ShareToken), value(Field::LevelName)};
        break;
    case Operation::SumsubCopyApplicant:
        params = CopyApplicantParams{value(Field::ShareToken), {}};
        break;
    }
    checked.request.emplace(std::move(params), value(Field::Reason));
    return checked;
}

QList<TokenRequest::Concern> TokenRequest::cautions() const
{
    const Checked checked = check();
    return checked.request ? cautions(*checked.request) : QList<Concern>{};
}

QList<TokenRequest::Concern> TokenRequest::cautions(const CheckedRequest &request)
{
    QList<Concern> concerns;
    if (const SdkTokenParams *sdk = request.tryAs<SdkTokenParams>(); sdk && sdk->sdk == SdkKind::Web) {
        if (const QString broad = Validators::broadReferrer(sdk->boundTo); !broad.isEmpty())
            concerns.append({Caution::BroadReferrer, broad});
    }
    if (const qint64 ttl = request.ttl().count(); ttl > kLongTtlSecs)
        concerns.append(
            {Caution::LongTtl,
             Validators::tr(
                 "A TTL of %1 s is more than 24 hours, which no vendor documents as needed: the token "
                 "stays usable by whoever holds it for that long.")
                 .arg(ttl)});
    return concerns;
}

} // namespace kyc
