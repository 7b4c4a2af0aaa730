#include "core/tokens/Operation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

QList<Operation> allOperations()
{
    return {Operation::SumsubShareToken, Operation::SumsubIdConnectToken, Operation::SumsubIdConnectRefresh,
            Operation::SumsubIdShareToken, Operation::ComplyCubeSdkToken};
}

Provider providerOf(Operation operation)
{
    return operation == Operation::ComplyCubeSdkToken ? Provider::ComplyCube : Provider::Sumsub;
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
    switch (operation) {
    case Operation::SumsubShareToken:
        return u"sumsub-share-token"_s;
    case Operation::SumsubIdConnectToken:
        return u"sumsub-id-connect-token"_s;
    case Operation::SumsubIdConnectRefresh:
        return u"sumsub-id-connect-refresh"_s;
    case Operation::SumsubIdShareToken:
        return u"sumsub-id-share-token"_s;
    case Operation::ComplyCubeSdkToken:
        return u"complycube-sdk-token"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Operation> operationFromKey(const QString &key)
{
    for (const Operation operation : allOperations()) {
        if (operationKey(operation) == key)
            return operation;
    }
    return std::nullopt;
}

QString operationDisplayName(Operation operation)
{
    switch (operation) {
    case Operation::SumsubShareToken:
        return QCoreApplication::translate("kyc::Operation", "Sumsub share token (Reusable KYC)");
    case Operation::SumsubIdConnectToken:
        return QCoreApplication::translate("kyc::Operation", "Sumsub ID Connect access token");
    case Operation::SumsubIdConnectRefresh:
        return QCoreApplication::translate("kyc::Operation", "Sumsub ID Connect access token (refreshed)");
    case Operation::SumsubIdShareToken:
        return QCoreApplication::translate("kyc::Operation", "Sumsub ID share token");
    case Operation::ComplyCubeSdkToken:
        return QCoreApplication::translate("kyc::Operation", "ComplyCube SDK token");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kyc
