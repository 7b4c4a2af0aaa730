#pragma once

#include "core/history/HistoryStore.h"

#include <QAbstractTableModel>

namespace kyc {
class PartnerBook;
}

#include <functional>

// The history as a table, fetched from SQL a page at a time with the filter applied there (the SQLite
// driver cannot count rows, so a proxy over fetched rows could not filter a large history).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Operation,
        Subject,
        Partner,
        Outcome,
        Remaining,
        CorrelationId,
        Reason,
        Profile,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    HistoryModel(kyc::HistoryStore *store, std::function<QDateTime()> clock, QObject *parent = nullptr);

    void setFilter(const kyc::HistoryFilter &filter);
    // Partners saved in the address book are shown by name.
    void setPartnerBook(kyc::PartnerBook *book);
    kyc::HistoryFilter filter() const { return m_filter; }
    void reload();
    qint64 totalCount() const { return m_total; }
    const kyc::HistoryEntry &entry(int row) const { return m_rows.at(row); }
    // Everything the filter matches, for an export.
    QList<kyc::HistoryEntry> allMatching() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // In SQL, by the column's value; within equal values the newest first.
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The remaining-time column moves with the clock.
    void refreshRemaining();

private:
    kyc::HistoryStore *m_store;
    std::function<QDateTime()> m_clock;
    kyc::HistoryFilter m_filter;
    kyc::PartnerBook *m_partners = nullptr;
    QHash<QString, QString> m_partnerNames; // "provider\nID" -> name, read at each reload
    QList<kyc::HistoryEntry> m_rows;
    qint64 m_total = 0;
};
