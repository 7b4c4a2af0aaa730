#include "gui/ShareReportDialog.h"

#include "core/history/HistoryExport.h"
#include "core/tokens/Operation.h"
#include "core/tokens/Validators.h"
#include "gui/Confirm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShareReportDialog::ShareReportDialog(const kyc::HistoryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kindComboBox(new QComboBox)
    , m_idLineEdit(new QLineEdit)
    , m_showButton(new QPushButton(tr("&Show")))
    , m_summaryLabel(new QLabel)
    , m_list(new QTreeWidget)
    , m_exportButton(new QPushButton(tr("&Export…")))
{
    setWindowTitle(tr("Shares report"));
    m_kindComboBox->setObjectName(u"reportKindComboBox"_s);
    m_kindComboBox->addItems({tr("Applicant (or ComplyCube client)"), tr("Partner")});
    m_kindComboBox->setAccessibleName(tr("Report on"));
    m_idLineEdit->setObjectName(u"reportIdLineEdit"_s);
    m_idLineEdit->setAccessibleName(tr("Applicant or partner ID"));
    m_idLineEdit->setPlaceholderText(tr("e.g. 63e092c51b7b4030f2e01154, or CoolCoinLtd"));
    m_showButton->setObjectName(u"reportShowPushButton"_s);
    m_showButton->setDefault(true);
    m_summaryLabel->setObjectName(u"reportSummaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_list->setObjectName(u"reportTreeWidget"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Shares"));
    m_list->setHeaderLabels({tr("When (UTC)"), tr("Operation"), tr("Applicant"), tr("Partner"),
                             tr("Asked by"), tr("Approved by"), tr("TTL"), tr("Outcome"), tr("Reason")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exportButton->setObjectName(u"reportExportPushButton"_s);
    m_exportButton->setEnabled(false);

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("Report &on:"));
    kindLabel->setBuddy(m_kindComboBox);
    form->addRow(kindLabel, m_kindComboBox);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idLineEdit);
    idRow->addWidget(m_showButton);
    auto *idLabel = new QLabel(tr("&ID:"));
    idLabel->setBuddy(m_idLineEdit);
    form->addRow(idLabel, idRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_showButton, &QPushButton::clicked, this, &ShareReportDialog::run);
    connect(m_idLineEdit, &QLineEdit::returnPressed, this, &ShareReportDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), u"shares.csv"_s,
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            Confirm::warn(this, tr("Export the report"), tr("The report was not exported: %1").arg(error));
    });
}

ShareReportDialog::~ShareReportDialog() = default;

void ShareReportDialog::report(bool partner, const QString &id)
{
    m_kindComboBox->setCurrentIndex(partner ? 1 : 0);
    m_idLineEdit->setText(id);
    run();
}

void ShareReportDialog::run()
{
    const QString id = m_idLineEdit->text().trimmed();
    const bool partner = m_kindComboBox->currentIndex() == 1;
    m_list->clear();
    m_rows.clear();
    if (id.isEmpty()) {
        m_summaryLabel->setText(tr("Enter an applicant's or a partner's ID."));
        m_exportButton->setEnabled(false);
        return;
    }
    m_rows = kyc::ShareReport::collect(*m_store, partner ? QString() : id, partner ? id : QString());
    const auto shown = &kyc::Validators::showInvisible; // what others typed, with nothing hidden in it
    for (const kyc::ShareReport::Row &r : std::as_const(m_rows)) {
        const kyc::HistoryEntry &e = r.entry;
        const std::optional<kyc::Operation> op = kyc::operationFromKey(e.operation);
        const QString outcome = e.outcomeWord() == u"ok"      ? tr("ok")
                                : e.outcomeWord() == u"error" ? tr("error: %1").arg(e.failureKind)
                                                              : tr("outcome unknown");
        new QTreeWidgetItem(m_list, {e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                     op ? kyc::operationDisplayName(*op) : e.operation, shown(e.subject),
                                     shown(e.partner), e.operatorName, r.approver,
                                     e.ttlSecs > 0 ? tr("%1 s").arg(e.ttlSecs) : QString(), outcome,
                                     shown(e.reason)});
    }
    m_summaryLabel->setText(
        !m_store->error().isEmpty()
            ? tr("The history could not be read: %1").arg(m_store->error())
            : tr("%1: %2 attempts in %3.").arg(id).arg(m_rows.size()).arg(m_store->description()));
    m_exportButton->setEnabled(!m_rows.isEmpty());
}

bool ShareReportDialog::exportTo(const QString &path, QString *error) const
{
    const QByteArray bytes = path.endsWith(u".json"_s, Qt::CaseInsensitive)
                                 ? QJsonDocument(QJsonObject{{u"history"_s, m_store->description()},
                                                             {u"shares"_s, kyc::ShareReport::toJson(m_rows)}})
                                       .toJson()
                                 : kyc::ShareReport::toCsv(m_rows);
    return kyc::HistoryExport::writeAtomically(path, bytes, error);
}
