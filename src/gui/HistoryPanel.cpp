#include "gui/HistoryPanel.h"

#include "core/history/HistoryExport.h"
#include "core/issuing/Issuer.h"
#include "gui/Clipboard.h"
#include "gui/Confirm.h"
#include "gui/HistoryModel.h"
#include "ui_HistoryPanel.h"

#include <QAbstractItemView>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(kyc::Issuer *issuer, Clipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>())
    , m_issuer(issuer)
    , m_clipboard(clipboard)
    , m_model(new HistoryModel(
          issuer->history(), [issuer] { return issuer->now(); }, this))
{
    m_ui->setupUi(this);
    layout()->setContentsMargins(6, 0, 6, 6);
    m_ui->historyTableView->setModel(m_model);
    m_ui->historyTableView->verticalHeader()->hide();
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sorting is done in SQL; the newest first until the operator clicks a column.
    m_ui->historyTableView->horizontalHeader()->setSortIndicator(HistoryModel::Time, Qt::DescendingOrder);
    m_ui->historyTableView->setSortingEnabled(true);

    m_ui->operationComboBox->addItem(tr("All operations"));
    for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
        QList<kyc::Operation> operations;
        for (const kyc::Operation op : kyc::allOperations()) {
            if (kyc::providerOf(op) == provider)
                operations << op;
        }
        if (operations.size() > 1)
            m_ui->operationComboBox->addItem(tr("%1: all").arg(kyc::providerDisplayName(provider)),
                                             QStringList{kyc::providerKey(provider), QString()});
        for (const kyc::Operation op : std::as_const(operations))
            m_ui->operationComboBox->addItem(kyc::operationDisplayName(op),
                                             QStringList{kyc::providerKey(provider), kyc::operationKey(op)});
    }
    // The box shows the start of a long name; its list shows them whole.
    m_ui->operationComboBox->view()->setMinimumWidth(m_ui->operationComboBox->view()->sizeHintForColumn(0) +
                                                     24);
    const QDate today = issuer->now().toLocalTime().date();
    m_ui->fromDateEdit->setDate(today.addDays(-6));
    m_ui->toDateEdit->setDate(today);
    updatePeriodControls();

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250); // filter once the operator pauses typing
    connect(&m_filterDelay, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_ui->filterLineEdit, &QLineEdit::textEdited, &m_filterDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_ui->operationComboBox, m_ui->outcomeComboBox, m_ui->periodComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_ui->periodComboBox, &QComboBox::currentIndexChanged, this, &HistoryPanel::updatePeriodControls);
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(m_ui->historyTableView, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), u"history.csv"_s,
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            Confirm::warn(this, tr("Export history"), tr("The history was not exported: %1").arg(error));
    });
    connect(issuer, &kyc::Issuer::recorded, m_model, &HistoryModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_ui->countLabel->setText(tr("Attempts: %1").arg(m_model->totalCount())); });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &HistoryModel::refreshRemaining);
    m_tick.start();
    m_model->reload();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::focusFilter()
{
    m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterLineEdit->selectAll();
}

namespace {
enum Period
{
    AnyTime,
    Today,
    Last7Days,
    Last30Days,
    Dates
};

QDateTime localMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}
} // namespace

kyc::HistoryFilter HistoryPanel::currentFilter() const
{
    kyc::HistoryFilter f = m_model->filter(); // keeps the sort order
    f.text = m_ui->filterLineEdit->text().trimmed();
    const QStringList kind = m_ui->operationComboBox->currentData().toStringList();
    f.provider = kind.value(0);
    f.operation = kind.value(1);
    f.ok.reset();
    f.outcomeUnknown = m_ui->outcomeComboBox->currentIndex() == 3;
    if (m_ui->outcomeComboBox->currentIndex() == 1)
        f.ok = true;
    else if (m_ui->outcomeComboBox->currentIndex() == 2)
        f.ok = false;
    const QDate today = m_issuer->now().toLocalTime().date();
    const QDate tomorrow = today.addDays(1);
    f.since = {};
    f.until = {};
    switch (Period(m_ui->periodComboBox->currentIndex())) {
    case AnyTime:
        break;
    case Today:
        f.since = localMidnight(today);
        f.until = localMidnight(tomorrow);
        break;
    case Last7Days:
        f.since = localMidnight(today.addDays(-6));
        f.until = localMidnight(tomorrow);
        break;
    case Last30Days:
        f.since = localMidnight(today.addDays(-29));
        f.until = localMidnight(tomorrow);
        break;
    case Dates: // both days included, whichever way round they were entered
        const QDate from = qMin(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
        const QDate to = qMax(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
        f.since = localMidnight(from);
        f.until = localMidnight(to.addDays(1));
        break;
    }
    return f;
}

void HistoryPanel::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void HistoryPanel::updatePeriodControls()
{
    const bool dates = m_ui->periodComboBox->currentIndex() == Dates;
    m_ui->fromDateEdit->setVisible(dates);
    m_ui->toLabel->setVisible(dates);
    m_ui->toDateEdit->setVisible(dates);
}

QString HistoryPanel::liveTokenAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    return m_issuer->liveToken(m_model->entry(row).id).value_or(QString());
}

void HistoryPanel::copyTokenAt(int row)
{
    const QString token = liveTokenAt(row);
    if (!token.isEmpty())
        m_clipboard->copySecret(token);
}

void HistoryPanel::copyCorrelationIdAt(int row)
{
    if (row >= 0 && row < m_model->rowCount() && !m_model->entry(row).correlationId.isEmpty())
        m_clipboard->copyText(m_model->entry(row).correlationId);
}

void HistoryPanel::issueAgainAt(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        Q_EMIT issueAgainRequested(m_model->entry(row));
}

bool HistoryPanel::exportTo(const QString &path, QString *error)
{
    const QList<kyc::HistoryEntry> rows = m_model->allMatching();
    const QByteArray bytes = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? kyc::HistoryExport::toJson(rows)
                                                                            : kyc::HistoryExport::toCsv(rows);
    return kyc::HistoryExport::writeAtomically(path, bytes, error);
}

void HistoryPanel::showMenu(const QPoint &pos)
{
    const int row = m_ui->historyTableView->indexAt(pos).row();
    if (row < 0)
        return;
    QMenu menu(this);
    QAction *copyToken = menu.addAction(tr("Copy &token"), this, [this, row] { copyTokenAt(row); });
    copyToken->setEnabled(!liveTokenAt(row).isEmpty());
    QAction *copyId =
        menu.addAction(tr("Copy &correlation ID"), this, [this, row] { copyCorrelationIdAt(row); });
    copyId->setEnabled(!m_model->entry(row).correlationId.isEmpty());
    menu.addAction(tr("&Issue again"), this, [this, row] { issueAgainAt(row); });
    menu.addSeparator();
    menu.addAction(tr("E&xport…"), m_ui->exportPushButton, &QPushButton::click);
    menu.exec(m_ui->historyTableView->viewport()->mapToGlobal(pos));
}
