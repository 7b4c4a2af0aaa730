#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// kyc-share run as a process, as a script would run it.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const;
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
};

// Runs kyc-share with the arguments, the environment (the system's when empty) and standard input.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = {},
              const QByteArray &standardInput = {});
