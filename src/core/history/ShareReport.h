#pragma once

#include "core/history/HistoryStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace kyc {

// "To whom was this applicant's data given?" and "what did this partner get?": every attempt the history
// holds for one applicant (or ComplyCube client) or one partner, oldest first, each with when, who asked,
// who approved it, for how long, how it ended and why. From whichever store is in use: in team mode, the
// whole team's.
class ShareReport
{
    Q_DECLARE_TR_FUNCTIONS(kyc::ShareReport)

public:
    struct Row
    {
        HistoryEntry entry;
        QString approver; // the second person who approved the request, when one did
    };

    // Exactly one of applicant and partner. Rows that could not be read leave store.error() set.
    static QList<Row> collect(const HistoryStore &store, const QString &applicant, const QString &partner);
    static QByteArray toCsv(const QList<Row> &rows);
    static QJsonArray toJson(const QList<Row> &rows);
    // One line a row, for a terminal (vendors' and operators' text escaped).
    static QString toText(const QList<Row> &rows);
};

} // namespace kyc
