#include "core/history/HistoryStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kyc {

HistoryStore::~HistoryStore() = default;

qint64 HistoryStore::record(const HistoryEntry &entry)
{
    HistoryEntry e = entry;
    e.kind = QLatin1String(AuditChain::kAttempt);
    e.intentId = 0;
    return std::max<qint64>(append(e), 0);
}

namespace {
// What is not known yet stays empty: an intent or a request says only what is about to be asked.
HistoryEntry beforeSending(const HistoryEntry &entry, const char *kind, qint64 request)
{
    HistoryEntry e = entry;
    e.kind = QLatin1String(kind);
    e.intentId = request;
    e.ok = false;
    e.expiresAt = QDateTime();
    e.failureKind.clear();
    e.httpStatus = 0;
    e.providerCode.clear();
    e.providerName.clear();
    e.correlationId.clear();
    e.tokenFingerprint.clear();
    return e;
}
} // namespace

qint64 HistoryStore::recordIntent(const HistoryEntry &entry, qint64 approvedRequest)
{
    return std::max<qint64>(append(beforeSending(entry, AuditChain::kIntent, approvedRequest)), 0);
}

bool HistoryStore::requiresApproval(const QString &, const QString &) const
{
    return false;
}

QHash<qint64, QString> HistoryStore::approvers(const QList<qint64> &) const
{
    return {};
}

qint64 HistoryStore::recordRequest(const HistoryEntry &entry)
{
    return std::max<qint64>(append(beforeSending(entry, AuditChain::kRequest, 0)), 0);
}

qint64 HistoryStore::recordOutcome(qint64 intentId, const HistoryEntry &entry)
{
    HistoryEntry e = entry;
    e.kind = QLatin1String(AuditChain::kOutcome);
    e.intentId = intentId;
    return std::max<qint64>(append(e), 0);
}

namespace {
// A LIKE pattern that finds the text as it is, wildcards and all.
QString likeSubstring(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

QString orderColumn(HistoryFilter::SortKey key)
{
    using K = HistoryFilter::SortKey;
    switch (key) {
    case K::Time:
        return u"at_ms"_s;
    case K::Operation:
        return u"operation"_s;
    case K::Subject:
        return u"subject"_s;
    case K::Partner:
        return u"partner"_s;
    case K::Outcome:
        return u"ok"_s;
    case K::Expiry:
        return u"expires_at"_s;
    case K::CorrelationId:
        return u"correlation_id"_s;
    case K::Reason:
        return u"reason"_s;
    case K::Profile:
        return u"profile"_s;
    }
    return u"at_ms"_s;
}

// The rows the history shows, one per attempt: whole attempts and outcomes (an outcome stands for its
// intent). An intent shows by itself only while it has no outcome; those are few, and added by number.
const QString kShownKinds = u"kind IN ('attempt', 'outcome')"_s;
} // namespace

QStringList HistoryStore::conditionsOf(const HistoryFilter &f, QVariantList &binds,
                                       const QString &likeOperator)
{
    QStringList where;
    const auto equals = [&](const QString &column, const QVariant &value) {
        where << column + u" = ?"_s;
        binds << value;
    };
    if (f.since.isValid()) {
        where << u"at_ms >= ?"_s;
        binds << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        where << u"at_ms < ?"_s;
        binds << f.until.toMSecsSinceEpoch();
    }
    if (!f.subject.isEmpty())
        equals(u"subject"_s, f.subject);
    if (!f.partner.isEmpty())
        equals(u"partner"_s, f.partner);
    if (!f.provider.isEmpty())
        equals(u"provider"_s, f.provider);
    if (!f.operation.isEmpty())
        equals(u"operation"_s, f.operation);
    if (f.ok)
        equals(u"ok"_s, *f.ok ? 1 : 0);
    if (f.outcomeUnknown)
        where << u"kind = 'intent'"_s; // with the rows shown: the intents that have no outcome
    if (!f.text.isEmpty()) {
        QStringList likes;
        for (const QString &column : {u"subject"_s, u"partner"_s, u"correlation_id"_s, u"reason"_s}) {
            likes << column + u' ' + likeOperator + u" ? ESCAPE '\\'"_s;
            binds << likeSubstring(f.text);
        }
        where << u'(' + likes.join(u" OR "_s) + u')';
    }
    if (!f.note.isEmpty()) {
        where << u"note "_s + likeOperator + u" ? ESCAPE '\\'"_s;
        binds << likeSubstring(f.note);
    }
    return where;
}

QString HistoryStore::shownRows(const QList<qint64> &openIntents)
{
    if (openIntents.isEmpty())
        return kShownKinds;
    QStringList ids;
    for (const qint64 id : openIntents)
        ids << QString::number(id);
    return u"("_s + kShownKinds + u" OR id IN ("_s + ids.join(u", "_s) + u"))"_s;
}

QString HistoryStore::orderOf(const HistoryFilter &f)
{
    const QString direction = f.descending ? u" DESC"_s : u" ASC"_s;
    QString order = u" ORDER BY "_s + orderColumn(f.sortKey) + direction;
    if (f.sortKey != HistoryFilter::SortKey::Time)
        order += u", at_ms DESC"_s; // within equal values, the newest first
    return order + u", id"_s + direction;
}

QString HistoryStore::selectColumns()
{
    QStringList names;
    for (const char *name : AuditChain::columnNames())
        names << QLatin1String(name);
    return names.join(u", "_s) + u", prev_hash, hash"_s;
}

QList<HistoryEntry> HistoryStore::entriesOf(QSqlQuery &query)
{
    QList<HistoryEntry> out;
    QVariantList stored;
    while (query.next()) {
        stored.clear();
        for (int i = 0; i < AuditChain::FieldCount; ++i)
            stored << query.value(i);
        HistoryEntry e = HistoryEntry::fromStored(stored);
        e.previousHash = query.value(AuditChain::FieldCount).toString().toLatin1();
        e.hash = query.value(AuditChain::FieldCount + 1).toString().toLatin1();
        out.append(e);
    }
    return out;
}

} // namespace kyc
