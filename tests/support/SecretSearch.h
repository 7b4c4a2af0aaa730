#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Where any of the secrets, or 64 hex digits (as a request signature looks), shows in the text: one line
// for each, that names the place and never the secret itself. Empty when there is none.
QStringList findSecrets(const QString &where, const QByteArray &text, const QStringList &secrets);
// The same over every file below a folder (hidden ones too); files counts the files read.
QStringList findSecretsInFiles(const QString &root, const QStringList &secrets, int *files = nullptr);
