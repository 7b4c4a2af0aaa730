#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace kyc {

// How a secret operation ended, in the terms the operator can act on.
enum class SecretError
{
    None,
    NotFound,     // no such entry
    NoKeychain,   // no Secret Service / keychain on this system
    AccessDenied, // locked and not unlocked, or refused by the user
    Other,
};

struct SecretResult
{
    SecretError error = SecretError::None;
    std::optional<QString> value; // for a successful read
    QString message;              // for people, when error is not None; never holds the secret
};

// Where secrets live: only ever the OS keychain, or this process's memory when the operator chose so
// for one session. Never a file. Asynchronous, because the keychain is; done is called exactly once,
// possibly before the call returns.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &value, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
    // Where the secrets are, in a few words for the operator ("the OS keychain").
    virtual QString describe() const = 0;

    // What to tell the operator about an error, and how to get out of it.
    static QString explain(SecretError error);
};

} // namespace kyc
