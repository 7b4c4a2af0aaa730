#include "core/history/ShareReport.h"

#include "core/base/Json.h"
#include "core/history/HistoryExport.h"
#include "core/tokens/Validators.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc {

QList<ShareReport::Row> ShareReport::collect(const HistoryStore &store, const QString &applicant,
                                             const QString &partner)
{
    HistoryFilter filter;
    filter.subject = applicant;
    filter.partner = partner;
    filter.descending = false;
    filter.limit = 5000;
    QList<Row> rows;
    // Page by page: a partner of years may have had many thousands.
    for (;;) {
        const QList<HistoryEntry> page = store.query(filter);
        QList<qint64> ids;
        for (const HistoryEntry &e : page)
            ids << e.id;
        const QHash<qint64, QString> approvers = store.approvers(ids);
        for (const HistoryEntry &e : page)
            rows.append(Row{e, approvers.value(e.id)});
        if (page.size() < filter.limit)
            break;
        filter.offset += filter.limit;
    }
    return rows;
}

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QJsonArray ShareReport::toJson(const QList<Row> &rows)
{
    QJsonArray out;
    for (const Row &r : rows) {
        const HistoryEntry &e = r.entry;
        out.append(QJsonObject{
            {u"record"_s, e.id},
            {u"at"_s, isoUtc(e.at)},
            {u"operation"_s, e.operation},
            {u"applicant"_s, jsonOrNull(e.subject)},
            {u"partner"_s, jsonOrNull(e.partner)},
            {u"operator"_s, jsonOrNull(e.operatorName)},
            {u"approver"_s, jsonOrNull(r.approver)},
            {u"profile"_s, jsonOrNull(e.profile)},
            {u"environment"_s, jsonOrNull(e.environment)},
            {u"ttlSecs"_s, jsonOrNull(e.ttlSecs)},
            {u"outcome"_s, e.outcomeWord()},
            {u"expiresAt"_s, jsonOrNull(isoUtc(e.expiresAt))},
            {u"failure"_s, jsonOrNull(e.failureKind)},
            {u"reason"_s, jsonOrNull(e.reason)},
            {u"correlationId"_s, jsonOrNull(e.correlationId)},
        });
    }
    return out;
}

QByteArray ShareReport::toCsv(const QList<Row> &rows)
{
    QByteArray out = "record,at,operation,applicant,partner,operator,approver,profile,environment,ttl_secs,"
                     "outcome,expires_at,failure,reason,correlation_id\r\n";
    for (const Row &r : rows) {
        const HistoryEntry &e = r.entry;
        const QStringList cells{QString::number(e.id),
                                isoUtc(e.at),
                                e.operation,
                                e.subject,
                                e.partner,
                                e.operatorName,
                                r.approver,
                                e.profile,
                                e.environment,
                                e.ttlSecs == 0 ? QString() : QString::number(e.ttlSecs),
                                e.outcomeWord(),
                                isoUtc(e.expiresAt),
                                e.failureKind,
                                e.reason,
                                e.correlationId};
        QByteArrayList line;
        for (const QString &cell : cells)
            line << HistoryExport::csvCell(cell);
        out += line.join(',') + "\r\n";
    }
    return out;
}

QString ShareReport::toText(const QList<Row> &rows)
{
    const auto safe = &Validators::forTerminal;
    QString out;
    for (const Row &r : rows) {
        const HistoryEntry &e = r.entry;
        const QString who = r.approver.isEmpty()
                                ? safe(e.operatorName)
                                : tr("%1, approved by %2").arg(safe(e.operatorName), safe(r.approver));
        const QString how = e.outcomeWord() == u"ok"      ? tr("ok, TTL %1 s").arg(e.ttlSecs)
                            : e.outcomeWord() == u"error" ? tr("ERROR %1").arg(safe(e.failureKind))
                                                          : tr("outcome unknown");
        out += u"%1  %2  %3 -> %4  %5  by %6%7\n"_s.arg(
            isoUtc(e.at), safe(e.operation), e.subject.isEmpty() ? u"-"_s : safe(e.subject),
            e.partner.isEmpty() ? u"-"_s : safe(e.partner), how, who,
            e.reason.isEmpty() ? QString() : tr("  reason: %1").arg(safe(e.reason)));
    }
    return out;
}

} // namespace kyc
