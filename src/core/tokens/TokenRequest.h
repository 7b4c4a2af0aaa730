#pragma once

#include "tokens/Operation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kyc {

// The fields a person fills in, in a form or on a command line.
enum class Field
{
    ApplicantId,
    ForClientId,
    TtlSecs,
};

QString fieldKey(Field field);         // the vendor's JSON name: "applicantId"
QString fieldDisplayName(Field field); // for messages: "Applicant ID"

struct FieldError
{
    Field field;
    QString message; // says what is wrong and how to fix it

    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

// A value type: one operation and its fields, exactly as they were entered (strings, untrimmed).
// validate() is the one place where input is judged, for the GUI and the CLI alike.
class TokenRequest
{
public:
    explicit TokenRequest(Operation operation = Operation::SumsubShareToken);

    Operation operation() const { return m_operation; }

    void set(Field field, const QString &value);
    QString value(Field field) const { return m_values.value(field); }

    // The fields this operation needs, in form order.
    static QList<Field> fieldsOf(Operation operation);
    static qint64 defaultTtlSecs(Operation operation);

    // Field-level errors; empty when the request can be sent.
    QList<FieldError> validate() const;
    // The values as they will be sent: surrounding whitespace removed.
    TokenRequest normalized() const;
    // Only meaningful when validate() is empty.
    qint64 ttlSecs() const;

private:
    Operation m_operation;
    QHash<Field, QString> m_values;
};

} // namespace kyc
