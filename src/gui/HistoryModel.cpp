#include "gui/HistoryModel.h"

#include "core/partners/PartnerBook.h"
#include "core/tokens/Validators.h"
#include "gui/ResultPanel.h"

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(kyc::HistoryStore *store, std::function<QDateTime()> clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    reload();
}

void HistoryModel::setFilter(const kyc::HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::setPartnerBook(kyc::PartnerBook *book)
{
    m_partners = book;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_partnerNames.clear();
    if (m_partners) {
        for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
            for (const kyc::Partner &p : m_partners->partners(provider))
                m_partnerNames.insert(kyc::providerKey(provider) + u'\n' + p.id, p.name);
        }
    }
    m_rows.clear();
    m_total = 0;
    if (m_store && m_store->isOpen()) {
        kyc::HistoryFilter page = m_filter;
        page.limit = kPageSize;
        page.offset = 0;
        m_rows = m_store->query(page);
        m_total = m_store->count(m_filter);
    }
    endResetModel();
}

QList<kyc::HistoryEntry> HistoryModel::allMatching() const
{
    kyc::HistoryFilter all = m_filter;
    all.limit = int(qMin<qint64>(m_total, 1'000'000));
    all.offset = 0;
    return m_store && m_store->isOpen() ? m_store->query(all) : QList<kyc::HistoryEntry>{};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    using K = kyc::HistoryFilter::SortKey;
    static const QHash<int, K> keys{{Time, K::Time},
                                    {Operation, K::Operation},
                                    {Subject, K::Subject},
                                    {Partner, K::Partner},
                                    {Outcome, K::Outcome},
                                    {Remaining, K::Expiry},
                                    {CorrelationId, K::CorrelationId},
                                    {Reason, K::Reason},
                                    {Profile, K::Profile}};
    if (!keys.contains(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortKey == keys.value(column) && m_filter.descending == descending)
        return; // as it is: the view asks once more when sorting is turned on
    m_filter.sortKey = keys.value(column);
    m_filter.descending = descending;
    reload();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    kyc::HistoryFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = int(m_rows.size());
    const QList<kyc::HistoryEntry> more = m_store->query(page);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void HistoryModel::refreshRemaining()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Remaining), index(int(m_rows.size()) - 1, Remaining), {Qt::DisplayRole});
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const kyc::HistoryEntry &e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Outcome && !e.outcomeKnown)
        return tr("Attempt %1 was sent, but its outcome was never recorded (the program ended first, or the "
                  "history could not be written). The provider may have issued a token.")
            .arg(e.id);
    if (role == Qt::ToolTipRole && index.column() == Outcome && !e.ok)
        return tr("HTTP %1 %2 %3").arg(e.httpStatus).arg(e.providerCode, e.providerName);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Operation:
        if (const std::optional<kyc::Operation> op = kyc::operationFromKey(e.operation))
            return kyc::operationDisplayName(*op);
        return e.operation;
    case Subject:
        return e.subject;
    case Partner:
        if (const QString name = m_partnerNames.value(e.provider + u'\n' + e.partner); !name.isEmpty())
            return tr("%1 (%2)").arg(name, e.partner);
        return e.partner;
    case Outcome:
        if (!e.outcomeKnown)
            return tr("outcome unknown");
        return e.ok ? tr("issued") : tr("failed: %1").arg(e.failureKind);
    case Remaining:
        return e.ok && e.expiresAt.isValid() ? ResultPanel::formatRemaining(m_clock().secsTo(e.expiresAt))
                                             : QString();
    // What the operator typed or a vendor answered, with any invisible character shown for what it is.
    case CorrelationId:
        return kyc::Validators::showInvisible(e.correlationId);
    case Reason:
        return kyc::Validators::showInvisible(e.reason);
    case Profile:
        return u"%1 (%2)"_s.arg(e.profile, e.environment);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Operation:
        return tr("Operation");
    case Subject:
        return tr("Subject");
    case Partner:
        return tr("Partner");
    case Outcome:
        return tr("Outcome");
    case Remaining:
        return tr("Remaining");
    case CorrelationId:
        return tr("Correlation ID");
    case Reason:
        return tr("Reason");
    case Profile:
        return tr("Profile");
    case ColumnCount:
        break;
    }
    return {};
}
