#pragma once

#include "core/history/AuditChain.h"
#include "core/history/HistoryEntry.h"

#include <QRandomGenerator>
#include <QStringList>

#include <functional>

// Attempts like a year's at a busy desk, the same for both history benchmarks: one profile, 10,000
// applicants, 500 partners, one in ten failed, a third with a ticket, spread evenly over the year from
// start, each an intent and its outcome. add() records an entry and returns its record's id. The
// operators take turns.
inline void sampleAttempts(int attempts, const QDateTime &start, const QStringList &operators,
                           const std::function<qint64(const kyc::HistoryEntry &)> &add)
{
    using namespace Qt::StringLiterals;
    QRandomGenerator rng(42);
    const qint64 span = 365LL * 86400 * 1000;
    for (int i = 0; i < attempts; ++i) {
        kyc::HistoryEntry e;
        e.at = start.addMSecs(span * i / attempts);
        e.operatorName = operators.at(i % operators.size());
        e.profile = u"Sumsub production"_s;
        e.environment = u"production"_s;
        e.provider = u"sumsub"_s;
        e.operation = u"sumsub-share-token"_s;
        e.subject = u"%1"_s.arg(rng.bounded(10000), 24, 16, QLatin1Char('0'));
        e.partner = u"Partner%1"_s.arg(rng.bounded(500));
        e.ttlSecs = 600;
        if (i % 3 == 0)
            e.reason = u"TICKET-%1"_s.arg(i);
        e.kind = QLatin1String(kyc::AuditChain::kIntent);
        const qint64 intent = add(e);
        e.kind = QLatin1String(kyc::AuditChain::kOutcome);
        e.intentId = intent;
        e.ok = rng.bounded(10) != 0;
        if (e.ok) {
            e.expiresAt = e.at.addSecs(600);
            e.tokenFingerprint = u"%1"_s.arg(rng.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
        } else {
            e.failureKind = u"rejected"_s;
            e.httpStatus = 400;
        }
        e.correlationId = u"%1"_s.arg(rng.generate64(), 16, 16, QLatin1Char('0'));
        add(e);
    }
}
