#pragma once

#include "core/tokens/CheckedRequest.h"
#include "core/tokens/Operation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kyc {

// The fields a person fills in, in a form or on a command line.
enum class Field
{
    ApplicantId,
    ForClientId,
    TtlSecs,
    ConnectToken,          // a Sumsub ID Connect access token
    AuthorizationResponse, // the authorization code, or the whole redirect URL it came back in
    CodeVerifier,          // the PKCE verifier the authorize URL was made with
    ExpectedState,         // the state the authorize URL was made with (optional)
    RefreshToken,
    Scope,    // space-separated Sumsub ID scopes (optional for a refresh)
    ClientId, // a ComplyCube client
    SdkKind,  // ComplyCube: sdkKindKey(): "web" or "mobile"; empty when the choice is left to which field is
              // set
    Referrer, // ComplyCube Web SDK: a Chrome match pattern
    AppId,    // ComplyCube mobile SDK: reverse-DNS app ID
    Reason,   // the operator's reason or ticket; for the history, never sent
    ShareToken, // Reusable KYC, receiving side: the donor's share token
    LevelName,  // ... the level of this account the applicant is rechecked for
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

// A value type: one operation and its fields, exactly as they were entered (strings, untrimmed), as a
// form or a command line holds them. check() is the one place where input is judged, for the GUI and
// the CLI alike; what passes comes out typed, as a CheckedRequest.
class TokenRequest
{
public:
    explicit TokenRequest(Operation operation = Operation::SumsubShareToken);

    Operation operation() const { return m_operation; }

    void set(Field field, const QString &value);
    QString value(Field field) const { return m_values.value(field); }

    // The fields this operation takes, in form order.
    static QList<Field> fieldsOf(Operation operation);
    // 0 when the operation has no TTL of its own.
    static qint64 defaultTtlSecs(Operation operation);

    // Field-level errors, or the request trimmed, parsed and typed.
    struct Checked
    {
        QList<FieldError> errors;
        std::optional<CheckedRequest> request; // set exactly when errors is empty
    };
    Checked check() const;
    // Field-level errors; empty when the request can be sent.
    QList<FieldError> validate() const { return check().errors; }

    // What a valid request asks that no vendor documents as needed, and so wants the operator's word
    // first: a referrer any site can match (a bare * host, or a public suffix like *.com), a TTL over
    // 24 hours. Each caution says what and why.
    enum class Caution
    {
        BroadReferrer,
        LongTtl
    };
    static constexpr qint64 kLongTtlSecs = 24 * 3600;
    struct Concern
    {
        Caution caution;
        QString message;
    };
    static QList<Concern> cautions(const CheckedRequest &request);
    QList<Concern> cautions() const; // none when the request does not pass check()

private:
    Operation m_operation;
    QHash<Field, QString> m_values;
};

} // namespace kyc
