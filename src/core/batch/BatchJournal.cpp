#include "core/batch/BatchJournal.h"

#include "core/history/HistoryStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kyc {

int BatchJournal::Batch::count(BatchRowState state) const
{
    int n = 0;
    for (const Row &row : rows)
        n += row.state == state ? 1 : 0;
    return n;
}

QString BatchJournal::newBatchId(const QDateTime &now)
{
    const quint32 bits = QRandomGenerator::system()->generate() & 0xffffffu;
    return now.toUTC().toString(u"yyyyMMdd"_s) + u'-' + QStringLiteral("%1").arg(bits, 6, 16, QChar(u'0'));
}

bool BatchJournal::isBatchId(const QString &id)
{
    static const QRegularExpression re(u"\\A[0-9]{8}-[0-9a-f]{6}\\z"_s);
    return re.match(id).hasMatch();
}

QString BatchJournal::note(const QString &batchId, int row, int rowCount, const QString &digest)
{
    return u"batch: %1; row: %2 of %3; csv: %4"_s.arg(batchId).arg(row).arg(rowCount).arg(digest);
}

std::optional<BatchJournal::NoteFields> BatchJournal::parseNote(const QString &note)
{
    static const QRegularExpression re(
        u"batch: ([0-9]{8}-[0-9a-f]{6}); row: ([0-9]+) of ([0-9]+); csv: ([0-9a-f]{12})"_s);
    const QRegularExpressionMatch m = re.match(note);
    if (!m.hasMatch())
        return std::nullopt;
    return NoteFields{m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4)};
}

bool BatchJournal::inDoubt(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Timeout:
    case FailureKind::NetworkError:
    case FailureKind::MalformedResponse:
    case FailureKind::ResponseTooLarge:
    case FailureKind::ProviderError:
    case FailureKind::Cancelled:
    case FailureKind::HistoryFailed:
        return true;
    default:
        return false;
    }
}

namespace {

// The history keeps a failure's kind by its key.
bool inDoubtKey(const QString &key)
{
    for (int k = 0; k <= int(FailureKind::AwaitingApproval); ++k) {
        if (key == failureKindKey(FailureKind(k)))
            return BatchJournal::inDoubt(FailureKind(k));
    }
    return false;
}

// What one record says of its row: issued beats in doubt, which beats failed.
BatchJournal::Row rowOf(const HistoryEntry &e)
{
    BatchJournal::Row row;
    row.historyId = e.id;
    row.failureKind = e.failureKind;
    if (e.ok)
        row.state = BatchRowState::Issued;
    else if (!e.outcomeKnown || (e.kind == QLatin1String(AuditChain::kOutcome) && inDoubtKey(e.failureKind)))
        row.state = BatchRowState::Unknown;
    else
        row.state = BatchRowState::Failed;
    return row;
}

int rank(BatchRowState state)
{
    return state == BatchRowState::Issued ? 2 : state == BatchRowState::Unknown ? 1 : 0;
}

// Every record whose note has the text, oldest first, a page at a time.
template<class Each> void eachRecord(const HistoryStore &history, const QString &noteText, Each each)
{
    HistoryFilter filter;
    filter.note = noteText;
    filter.sortKey = HistoryFilter::SortKey::Time;
    filter.descending = false;
    filter.limit = 5000;
    for (;;) {
        const QList<HistoryEntry> page = history.query(filter);
        for (const HistoryEntry &e : page)
            each(e);
        if (page.size() < filter.limit)
            return;
        filter.offset += filter.limit;
    }
}

void add(BatchJournal::Batch &batch, const HistoryEntry &e, const BatchJournal::NoteFields &fields)
{
    if (batch.id.isEmpty()) {
        batch.id = fields.batchId;
        batch.digest = fields.digest;
        batch.rowCount = fields.rowCount;
        batch.operation = e.operation;
        batch.started = e.at;
    }
    const BatchJournal::Row row = rowOf(e);
    auto it = batch.rows.find(fields.row);
    if (it == batch.rows.end())
        batch.rows.insert(fields.row, row);
    else if (rank(row.state) >= rank(it->state))
        *it = row;
}

} // namespace

std::optional<BatchJournal::Batch> BatchJournal::read(const HistoryStore &history, const QString &batchId,
                                                      QString *error)
{
    if (!isBatchId(batchId)) {
        *error = tr("\"%1\" is not a batch ID. A batch ID looks like 20261202-4f3a9c; a batch says its ID "
                    "when it starts.")
                     .arg(batchId);
        return std::nullopt;
    }
    Batch batch;
    eachRecord(history, u"batch: "_s + batchId + u';', [&](const HistoryEntry &e) {
        if (const std::optional<NoteFields> fields = parseNote(e.note); fields && fields->batchId == batchId)
            add(batch, e, *fields);
    });
    if (!history.error().isEmpty()) {
        *error = history.error();
        return std::nullopt;
    }
    if (batch.id.isEmpty()) {
        *error = tr("The history (%1) has no batch %2.").arg(history.description(), batchId);
        return std::nullopt;
    }
    return batch;
}

QList<BatchJournal::Batch> BatchJournal::batchesOf(const HistoryStore &history, const QString &digest)
{
    QHash<QString, Batch> byId;
    eachRecord(history, u"; csv: "_s + digest, [&](const HistoryEntry &e) {
        if (const std::optional<NoteFields> fields = parseNote(e.note); fields && fields->digest == digest)
            add(byId[fields->batchId], e, *fields);
    });
    QList<Batch> list = byId.values();
    std::sort(list.begin(), list.end(), [](const Batch &a, const Batch &b) { return a.started > b.started; });
    return list;
}

} // namespace kyc
