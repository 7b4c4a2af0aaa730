#pragma once

#include "cli/Command.h"
#include "core/tokens/Operation.h"

#include <QCoreApplication>
#include <QStringList>

namespace kyc {
class PartnerBook;
struct Partner;
} // namespace kyc

namespace kyc::cli {

// kyc-share partner list | show ID | set ID … | remove ID: the partner address book the console completes
// from (in the same settings), and each partner's rules, which the Issuer applies before sending.
class PartnerCommands : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::PartnerCommands)

public:
    PartnerCommands(const CommandLine &line, const Io &io, PartnerBook *book);
    int run(const QStringList &positional);

private:
    int list();
    int show(const Partner &partner);
    int set(Provider provider, const QString &id);
    QString describe(const Partner &partner) const;

    PartnerBook *m_book;
};

} // namespace kyc::cli
