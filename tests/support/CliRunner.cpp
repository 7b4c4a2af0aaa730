#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment,
              const QByteArray &standardInput)
{
    QProcess cli;
    cli.setProcessEnvironment(environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment);
    cli.start(QStringLiteral(KYC_CLI_PATH), arguments);
    cli.write(standardInput);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000))
        qFatal("kyc-share did not finish within 60 s");
    return {cli.exitCode(), cli.readAllStandardOutput(), QString::fromUtf8(cli.readAllStandardError())};
}
