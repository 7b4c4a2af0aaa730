#pragma once

#include "cli/Print.h"
#include "core/tokens/Outcome.h"

#include <QCoreApplication>

namespace kyc {
struct HistoryEntry;
}

namespace kyc::cli {

// How every command prints how an attempt ended: a token (text, or one JSON object with --json), a
// request waiting for a second person, or a failure (always on err, and as {"error": …} with --json).
// Text from outside is escaped for the terminal.
class OutcomePrinter
{
    Q_DECLARE_TR_FUNCTIONS(kyc::cli::OutcomePrinter)

public:
    // history: the store the attempt was recorded in, named in the JSON.
    explicit OutcomePrinter(const Io &io, QString history = {});

    void issued(const IssuedToken &token) const;
    // A redeemed share token: the applicant it gave, or the preview's verdict.
    void received(const ReceivedApplicant &applicant) const;
    void pending(const Failure &failure, const HistoryEntry &what) const;
    void failure(const Failure &failure) const;

    // Each field's option (the operation table's); the authorization response has two.
    static QString optionFor(Field field);

private:
    Io m_io;
    QString m_history;
};

} // namespace kyc::cli
