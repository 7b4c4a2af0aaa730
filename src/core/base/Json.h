#pragma once

#include <QJsonValue>
#include <QString>

// What the JSON for scripts and auditors says of a value that is not there: null, never "" or 0.
namespace kyc {

inline QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// 0 stands for "none" (a TTL the provider decides, no HTTP status, no cap).
inline QJsonValue jsonOrNull(qint64 number)
{
    return number == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(number);
}

} // namespace kyc
