#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace kyc {
class BatchRun;
class PartnerBook;
} // namespace kyc

// A batch's rows for the batch window's table: the row and its line in the CSV, who and for whom, how it
// stands, and how long its token still lives (the token itself is never shown).
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        LineColumn,
        SubjectColumn,
        PartnerColumn,
        StatusColumn,
        ExpiresColumn,
        ColumnCount
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    // The run shown (not owned; null: none); partner names from the book.
    void setRun(const kyc::BatchRun *run, const kyc::PartnerBook *partners);
    const kyc::BatchRun *run() const { return m_run; }
    // The countdown's time; each call repaints the column.
    void setNow(const QDateTime &now);
    void rowChanged(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Issued", "In doubt: …": how a row stands, in words.
    QString statusText(int row) const;

private:
    const kyc::BatchRun *m_run = nullptr;
    const kyc::PartnerBook *m_partners = nullptr;
    QDateTime m_now;
};
