#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Where any of the secrets, or 64 hex digits (as a request signature looks), shows in the text: one line
// for each, that names the place and never the secret itself. Empty when there is none. The history's
// own chain hashes are 64 hex digits too: those allowed below are not counted.
QStringList findSecrets(const QString &where, const QByteArray &text, const QStringList &secrets);
// The same over every file below a folder (hidden ones too); files counts the files read.
QStringList findSecretsInFiles(const QString &root, const QStringList &secrets, int *files = nullptr);
// Allows the hash-chain hashes of every history.sqlite below the folder (findSecretsInFiles does this
// itself for its folder). Call it before searching what was printed from that history.
void allowAuditChainHashes(const QString &root);

// While it lives: every logging category at debug, and every message of this process kept (the
// category, then the text) instead of printed.
class DebugLogCapture
{
public:
    DebugLogCapture();
    ~DebugLogCapture();
    DebugLogCapture(const DebugLogCapture &) = delete;
    DebugLogCapture &operator=(const DebugLogCapture &) = delete;

    const QStringList &messages() const;
    QByteArray text() const { return messages().join(u'\n').toUtf8(); }
};
