#pragma once

#include "core/tokens/Outcome.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kyc {

// "Copy as message": a short text for the partner, made from a template the operator can edit, with
// the placeholders {token}, {partner}, {expires} (UTC) and {operation}.
class ShareMessage
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ShareMessage)

public:
    static QString defaultTemplate();
    static QStringList placeholders();
    // What is wrong with a template, for the operator; empty when it can be used. A template must
    // hold {token} (the message is for handing over a token) and no placeholder this class does not know.
    static QString check(const QString &messageTemplate);
    // partnerName: the partner book's name for the token's partner, or empty; {partner} then reads
    // "Name (ID)", or the ID alone.
    static QString render(const QString &messageTemplate, const IssuedToken &token,
                          const QString &partnerName = {});
};

} // namespace kyc
