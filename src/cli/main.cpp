// kyc-share: the command-line twin of KYC Share Console.
#include "cli/Cli.h"
#include "core/base/Bootstrap.h"
#include "core/credentials/EnvironmentCredentialSource.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    kyc::Bootstrap::disableCoreDumps();
    kyc::EnvironmentCredentialSource::takeFromEnvironment(); // before anything could start a child
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("kyc-share"));
    QCoreApplication::setApplicationName(QStringLiteral("kyc-share"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KYC_VERSION));
    // Informational logs would mix with results; warnings still reach standard error.
    QLoggingCategory::setFilterRules(QStringLiteral("kyc.*.info=false"));

    kyc::cli::Cli cli(stdin, stdout, stderr);
    return cli.run(QCoreApplication::arguments());
}
