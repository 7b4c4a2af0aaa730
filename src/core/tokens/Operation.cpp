#include "core/tokens/Operation.h"

#include "core/tokens/OperationSpec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

QList<Operation> allOperations()
{
    QList<Operation> all;
    for (const OperationSpec &spec : operationSpecs())
        all << spec.operation;
    return all;
}

bool isRedeem(Operation operation)
{
    return operation == Operation::SumsubReuse || operation == Operation::SumsubReusePreview ||
           operation == Operation::SumsubCopyApplicant;
}

Provider providerOf(Operation operation)
{
    return specOf(operation).provider;
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Sumsub:
        return u"Sumsub"_s;
    case Provider::ComplyCube:
        return u"ComplyCube"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString operationKey(Operation operation)
{
    return QLatin1String(specOf(operation).key);
}

std::optional<Operation> operationFromKey(const QString &key)
{
    for (const OperationSpec &spec : operationSpecs()) {
        if (key == QLatin1String(spec.key))
            return spec.operation;
    }
    return std::nullopt;
}

QString operationDisplayName(Operation operation)
{
    return QCoreApplication::translate("kyc::Operation", specOf(operation).displayName);
}

} // namespace kyc
