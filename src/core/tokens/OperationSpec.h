#pragma once

#include "core/tokens/Operation.h"
#include "core/tokens/TokenRequest.h"

#include <QList>

namespace kyc {

// What one field of a request is, in one place: its name in the vendor's JSON, its name for people, and
// its option on the command line.
struct FieldSpec
{
    // What the history keeps of the field's value.
    enum class Kept
    {
        No,                 // nothing (a code, a verifier, a refresh token, the TTL kept apart)
        Subject,            // as the attempt's subject: who is shared
        SubjectFingerprint, // a token that stands for who is shared: its fingerprint only
        Partner,            // as the attempt's partner: for whom
    };
    Field field;
    const char *key;       // the vendor's JSON name: "applicantId"
    const char *label;     // for people (translated in the context "kyc::Field"): "Applicant ID"
    const char *cliOption; // "--applicant-id"; two where two options give it ("--code/--redirect-url")
    Kept kept;
    // A token or a code: the CLI takes it from standard input or the environment too, and warns when it
    // is given on the command line, where every user of the machine can read it.
    bool secret = false;
};

// What one operation is, in one place: the forms, the CLI, the history and the Issuer read this table.
// Adding an operation is a new row here (with its params in CheckedRequest), its adapter and its form.
struct OperationSpec
{
    Operation operation;
    const char *key; // stable, for JSON, logs and the history: "sumsub-share-token"
    Provider provider;
    const char *displayName; // for people (translated in the context "kyc::Operation")
    QList<Field> fields;     // what the operator gives, in the order a form shows it
    qint64 defaultTtlSecs;   // 0: the provider decides
    qint64 maxTtlSecs;       // the most the vendor takes; 0 with no TTL of its own
    const char *cliProvider; // kyc-share PROVIDER COMMAND: "sumsub"
    const char *cliCommand;  // "share-token"
    const char *path;        // the vendor's endpoint, POSTed to: the adapter's and the emulator's route
};

const QList<OperationSpec> &operationSpecs();
const OperationSpec &specOf(Operation operation);
// The first operation of the same CLI command, which stands for all of them (one command, one form): a
// refresh is issued by the connect token's, a preview and a copy by the reuse's.
Operation commandOperation(Operation operation);
const QList<FieldSpec> &fieldSpecs();
const FieldSpec &specOf(Field field);

} // namespace kyc
