#include "gui/BatchTableModel.h"

#include "core/batch/BatchRun.h"
#include "core/partners/PartnerBook.h"
#include "gui/ResultPanel.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchTableModel::setRun(const kyc::BatchRun *run, const kyc::PartnerBook *partners)
{
    beginResetModel();
    m_run = run;
    m_partners = partners;
    endResetModel();
}

void BatchTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, ExpiresColumn));
}

void BatchTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row - 1, 0), index(row - 1, ColumnCount - 1));
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : m_run->rowCount();
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::statusText(int row) const
{
    const kyc::BatchRun::Row &r = m_run->row(row);
    switch (r.state) {
    case kyc::BatchRowState::Waiting:
        return r.attempts > 0 ? tr("Waiting (the provider asked to slow down)") : tr("Waiting");
    case kyc::BatchRowState::Sending:
        return tr("Sending…");
    case kyc::BatchRowState::Issued:
        return r.earlier ? tr("Issued before") : tr("Issued");
    case kyc::BatchRowState::Failed:
        return tr("Failed: %1").arg(r.message.isEmpty() ? r.failureKind : r.message);
    case kyc::BatchRowState::Unknown:
        return r.earlier ? tr("In doubt (before): check it in the dashboard")
                         : tr("In doubt: %1 Check it in the dashboard; it is not sent again.").arg(r.message);
    }
    return {};
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_run || !index.isValid())
        return {};
    const int row = index.row() + 1;
    const kyc::BatchRun::Row &r = m_run->row(row);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return row;
        case LineColumn:
            return m_run->plan().rows.at(row - 1).line;
        case SubjectColumn:
            return m_run->plan().kept(row, kyc::FieldSpec::Kept::Subject);
        case PartnerColumn: {
            const QString id = m_run->plan().kept(row, kyc::FieldSpec::Kept::Partner);
            const QString name =
                m_partners ? m_partners->nameFor(kyc::providerOf(m_run->plan().operation), id) : QString();
            return name.isEmpty() ? id : u"%1 (%2)"_s.arg(name, id);
        }
        case StatusColumn:
            return statusText(row);
        case ExpiresColumn: {
            if (!r.token)
                return r.state == kyc::BatchRowState::Issued && !r.earlier ? ResultPanel::formatRemaining(0)
                                                                           : QString();
            return ResultPanel::formatRemaining(m_now.isValid() ? m_now.secsTo(r.token->expiresAt) : 0);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (r.state == kyc::BatchRowState::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.state == kyc::BatchRowState::Unknown)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == LineColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LineColumn:
        return tr("Line");
    case SubjectColumn:
        return m_run && kyc::providerOf(m_run->plan().operation) == kyc::Provider::ComplyCube
                   ? tr("Client")
                   : tr("Applicant");
    case PartnerColumn:
        return tr("Partner");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires in");
    default:
        return {};
    }
}
