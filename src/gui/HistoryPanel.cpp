#include "HistoryPanel.h"

#include "Clipboard.h"
#include "HistoryModel.h"
#include "Issuer.h"
#include "history/HistoryExport.h"
#include "ui_HistoryPanel.h"

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

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250); // filter once the operator pauses typing
    connect(&m_filterDelay, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_ui->filterLineEdit, &QLineEdit::textEdited, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->outcomeComboBox, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_ui->historyTableView, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), u"history.csv"_s,
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export history"),
                                 tr("The history was not exported: %1").arg(error));
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

void HistoryPanel::applyFilter()
{
    kyc::HistoryFilter f;
    f.text = m_ui->filterLineEdit->text().trimmed();
    if (m_ui->outcomeComboBox->currentIndex() == 1)
        f.ok = true;
    else if (m_ui->outcomeComboBox->currentIndex() == 2)
        f.ok = false;
    m_model->setFilter(f);
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
    menu.addSeparator();
    menu.addAction(tr("E&xport…"), m_ui->exportPushButton, &QPushButton::click);
    menu.exec(m_ui->historyTableView->viewport()->mapToGlobal(pos));
}
