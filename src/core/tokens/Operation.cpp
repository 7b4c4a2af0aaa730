#include "tokens/Operation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kyc {

Provider providerOf(Operation operation)
{
    switch (operation) {
    case Operation::SumsubShareToken:
        return Provider::Sumsub;
    }
    Q_UNREACHABLE();
    return Provider::Sumsub;
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
    return QString();
}

QString operationKey(Operation operation)
{
    switch (operation) {
    case Operation::SumsubShareToken:
        return u"sumsub-share-token"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

QString operationDisplayName(Operation operation)
{
    switch (operation) {
    case Operation::SumsubShareToken:
        return QCoreApplication::translate("kyc::Operation", "Sumsub share token (Reusable KYC)");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace kyc
