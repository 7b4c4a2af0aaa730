#include "tokens/TokenRequest.h"

#include "tokens/Validators.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

QString fieldKey(Field field)
{
    switch (field) {
    case Field::ApplicantId:
        return u"applicantId"_s;
    case Field::ForClientId:
        return u"forClientId"_s;
    case Field::TtlSecs:
        return u"ttlInSecs"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString fieldDisplayName(Field field)
{
    switch (field) {
    case Field::ApplicantId:
        return QCoreApplication::translate("kyc::Field", "Applicant ID");
    case Field::ForClientId:
        return QCoreApplication::translate("kyc::Field", "Partner client ID");
    case Field::TtlSecs:
        return QCoreApplication::translate("kyc::Field", "TTL");
    }
    Q_UNREACHABLE();
    return {};
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
    switch (operation) {
    case Operation::SumsubShareToken:
        return {Field::ApplicantId, Field::ForClientId, Field::TtlSecs};
    }
    Q_UNREACHABLE();
    return {};
}

qint64 TokenRequest::defaultTtlSecs(Operation operation)
{
    switch (operation) {
    case Operation::SumsubShareToken:
        return 600; // the vendor's documented example
    }
    Q_UNREACHABLE();
    return 0;
}

QList<FieldError> TokenRequest::validate() const
{
    QList<FieldError> errors;
    const TokenRequest clean = normalized();
    for (const Field field : fieldsOf(m_operation)) {
        QString problem;
        const QString v = clean.value(field);
        switch (field) {
        case Field::ApplicantId:
            problem = Validators::checkSumsubApplicantId(v);
            break;
        case Field::ForClientId:
            problem = Validators::checkPartnerClientId(v);
            break;
        case Field::TtlSecs:
            problem = Validators::checkTtl(v);
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
    return clean;
}

qint64 TokenRequest::ttlSecs() const
{
    return value(Field::TtlSecs).trimmed().toLongLong();
}

} // namespace kyc
