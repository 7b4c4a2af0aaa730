#include "gui/BatchDialog.h"

#include "core/base/Wipe.h"
#include "core/batch/BatchRun.h"
#include "core/history/HistoryExport.h"
#include "core/history/HistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/partners/PartnerBook.h"
#include "core/settings/ShareMessage.h"
#include "core/tokens/OperationSpec.h"
#include "gui/BatchTableModel.h"
#include "gui/Clipboard.h"
#include "gui/PartnerCompleter.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The fields a batch takes for every row from the window: who the tokens are for, and the TTL.
QList<kyc::Field> defaultFields(kyc::Operation operation)
{
    QList<kyc::Field> fields;
    for (const kyc::Field field : kyc::TokenRequest::fieldsOf(operation)) {
        if (kyc::specOf(field).kept == kyc::FieldSpec::Kept::Partner || field == kyc::Field::TtlSecs)
            fields << field;
    }
    return fields;
}

} // namespace

BatchDialog::BatchDialog(const Services &services, kyc::Operation operation, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_model(new BatchTableModel(this))
{
    setObjectName(u"batchDialog"_s);
    setWindowTitle(tr("Issue a batch"));
    buildUi();
    const int index = m_operationComboBox->findData(int(operation));
    m_operationComboBox->setCurrentIndex(std::max(0, index));
    operationChanged();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &BatchDialog::tick);
    resize(900, 620);
}

BatchDialog::~BatchDialog()
{
    m_model->setRun(nullptr, nullptr);
}

void BatchDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_operationComboBox = new QComboBox(this);
    m_operationComboBox->setObjectName(u"operationComboBox"_s);
    for (const kyc::Operation op : kyc::BatchCsv::operations())
        m_operationComboBox->addItem(kyc::operationDisplayName(op), int(op));
    auto *operationLabel = new QLabel(tr("&Operation:"), this);
    operationLabel->setBuddy(m_operationComboBox);
    form->addRow(operationLabel, m_operationComboBox);
    connect(m_operationComboBox, &QComboBox::currentIndexChanged, this, &BatchDialog::operationChanged);

    auto *fileRow = new QHBoxLayout;
    m_fileLineEdit = new QLineEdit(this);
    m_fileLineEdit->setObjectName(u"csvFileLineEdit"_s);
    m_fileLineEdit->setPlaceholderText(tr("A CSV whose first line names the columns, like applicantId"));
    m_chooseButton = new QPushButton(tr("C&hoose…"), this);
    m_chooseButton->setObjectName(u"chooseCsvPushButton"_s);
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_fileLineEdit);
    form->addRow(fileLabel, fileRow);
    connect(m_chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The batch's CSV"), m_fileLineEdit->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setCsvFile(path);
    });
    connect(m_fileLineEdit, &QLineEdit::textEdited, this, &BatchDialog::inputChanged);

    // One editor per field a batch may give for every row; those of the operation are shown.
    auto *defaultsNote =
        new QLabel(tr("What follows applies to the rows whose CSV has no column for it."), this);
    defaultsNote->setObjectName(u"defaultsNoteLabel"_s);
    defaultsNote->setWordWrap(true);
    defaultsNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(defaultsNote);
    for (const kyc::Field field :
         {kyc::Field::ForClientId, kyc::Field::Referrer, kyc::Field::AppId, kyc::Field::TtlSecs}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(kyc::fieldKey(field) + u"LineEdit"_s);
        edit->setPlaceholderText(tr("for the rows without a %1 column").arg(kyc::fieldKey(field)));
        auto *label = new QLabel(kyc::fieldDisplayName(field) + u':', this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_defaults.insert(field, edit);
        m_defaultLabels.insert(field, label);
        connect(edit, &QLineEdit::textEdited, this, &BatchDialog::inputChanged);
    }
    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName(u"reasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("the ticket or reason, kept with every row"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonLineEdit);
    form->addRow(reasonLabel, m_reasonLineEdit);
    connect(m_reasonLineEdit, &QLineEdit::textEdited, this, &BatchDialog::inputChanged);

    auto *checkRow = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("&Check the CSV"), this);
    m_checkButton->setObjectName(u"checkPushButton"_s);
    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(u"startPushButton"_s);
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setObjectName(u"stopPushButton"_s);
    m_releaseButton = new QPushButton(tr("Release the &next wave"), this);
    m_releaseButton->setObjectName(u"releasePushButton"_s);
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_startButton);
    checkRow->addWidget(m_releaseButton);
    checkRow->addWidget(m_stopButton);
    checkRow->addStretch(1);
    layout->addLayout(checkRow);
    connect(m_checkButton, &QPushButton::clicked, this, &BatchDialog::check);
    connect(m_startButton, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, &BatchDialog::stop);
    connect(m_releaseButton, &QPushButton::clicked, this, &BatchDialog::releaseWave);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryLabel);
    m_resumeCheckBox = new QCheckBox(this);
    m_resumeCheckBox->setObjectName(u"resumeCheckBox"_s);
    layout->addWidget(m_resumeCheckBox);
    m_retryDoubtCheckBox = new QCheckBox(this);
    m_retryDoubtCheckBox->setObjectName(u"retryDoubtCheckBox"_s);
    layout->addWidget(m_retryDoubtCheckBox);
    connect(m_resumeCheckBox, &QCheckBox::toggled, this, [this](bool resume) {
        m_retryDoubtCheckBox->setEnabled(resume);
        updateButtons();
    });
    connect(m_retryDoubtCheckBox, &QCheckBox::toggled, this, &BatchDialog::updateButtons);
    m_wavesCheckBox = new QCheckBox(this);
    m_wavesCheckBox->setObjectName(u"wavesCheckBox"_s);
    layout->addWidget(m_wavesCheckBox);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"batchProgressBar"_s);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_progressLabel, 2);
    layout->addLayout(progressRow);

    m_stack = new QStackedWidget(this);
    m_problemsTree = new QTreeWidget(this);
    m_problemsTree->setObjectName(u"problemsTreeWidget"_s);
    m_problemsTree->setHeaderLabels({tr("Line"), tr("Column"), tr("What is wrong, and what to do")});
    m_problemsTree->setRootIsDecorated(false);
    m_problemsTree->setWordWrap(true);
    m_stack->addWidget(m_problemsTree);
    m_table = new QTableView(this);
    m_table->setObjectName(u"batchTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(BatchTableModel::StatusColumn, QHeaderView::Stretch);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy token"), this);
    m_copyButton->setObjectName(u"copyTokenPushButton"_s);
    m_messageButton = new QPushButton(tr("Copy as &message"), this);
    m_messageButton->setObjectName(u"copyMessagePushButton"_s);
    m_copyAllButton = new QPushButton(tr("Copy &all as CSV"), this);
    m_copyAllButton->setObjectName(u"copyAllPushButton"_s);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(u"closePushButton"_s);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_messageButton);
    buttons->addWidget(m_copyAllButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    connect(m_copyButton, &QPushButton::clicked, this, &BatchDialog::copyToken);
    connect(m_messageButton, &QPushButton::clicked, this, &BatchDialog::copyMessage);
    connect(m_copyAllButton, &QPushButton::clicked, this, &BatchDialog::copyAllAsCsv);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    m_checkButton->setDefault(true);
}

void BatchDialog::operationChanged()
{
    const auto operation = kyc::Operation(m_operationComboBox->currentData().toInt());
    const QList<kyc::Field> shown = defaultFields(operation);
    const kyc::Provider provider = kyc::providerOf(operation);
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it) {
        const bool visible = shown.contains(it.key());
        it.value()->setVisible(visible);
        m_defaultLabels.value(it.key())->setVisible(visible);
        if (visible && kyc::specOf(it.key()).kept == kyc::FieldSpec::Kept::Partner &&
            !it.value()->completer())
            new PartnerCompleter(m_services.partners, provider, it.value());
    }
    if (QLineEdit *ttl = m_defaults.value(kyc::Field::TtlSecs); shown.contains(kyc::Field::TtlSecs))
        ttl->setText(QString::number(kyc::TokenRequest::defaultTtlSecs(operation)));
    inputChanged();
}

void BatchDialog::inputChanged()
{
    if (isRunning())
        return;
    // A new check starts a new batch: the one before (its tokens too) is let go.
    m_plan.reset();
    m_earlier.reset();
    m_model->setRun(nullptr, nullptr);
    m_run.reset();
    m_ticker.stop();
    m_summaryLabel->setText(
        tr("Choose the CSV and what its rows share, then check it. Nothing is sent before "
           "you start."));
    m_problemsTree->clear();
    m_stack->setCurrentWidget(m_problemsTree);
    m_resumeCheckBox->hide();
    m_retryDoubtCheckBox->hide();
    m_wavesCheckBox->hide();
    m_progressBar->hide();
    m_progressLabel->clear();
    updateButtons();
}

void BatchDialog::setCsvFile(const QString &path)
{
    m_fileLineEdit->setText(path);
    inputChanged();
}

bool BatchDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool BatchDialog::check()
{
    if (isRunning())
        return false;
    inputChanged();
    const auto operation = kyc::Operation(m_operationComboBox->currentData().toInt());
    kyc::BatchCsvOptions options;
    options.defaults = kyc::TokenRequest(operation);
    for (const kyc::Field field : defaultFields(operation))
        options.defaults.set(field, m_defaults.value(field)->text());
    options.defaults.set(kyc::Field::Reason, m_reasonLineEdit->text());
    options.partners = m_services.partners;
    const QString path = m_fileLineEdit->text().trimmed();
    if (path.isEmpty()) {
        m_summaryLabel->setText(tr("Choose the CSV file first."));
        m_fileLineEdit->setFocus();
        return false;
    }
    kyc::BatchPlan plan = kyc::BatchCsv::readFile(path, options);
    if (!plan.isValid()) {
        showProblems(plan);
        return false;
    }
    const kyc::Profile profile = m_services.profileFor(kyc::providerOf(operation));
    const kyc::RateLimit limit = kyc::RateLimit::of(profile.provider, profile.environment);
    const kyc::BatchPacer pacer(limit);
    const int rows = int(plan.rows.size());
    QString summary = tr("%n row(s) ready for %1 with the profile \"%2\".", nullptr, rows)
                          .arg(kyc::operationDisplayName(operation), profile.name);

    // Sent before: resumed, so that nothing issued is issued again.
    kyc::HistoryStore *history = m_services.issuer->history();
    const QList<kyc::BatchJournal::Batch> before =
        history ? kyc::BatchJournal::batchesOf(*history, plan.digest) : QList<kyc::BatchJournal::Batch>();
    int toSend = rows;
    if (!before.isEmpty()) {
        m_earlier = before.constFirst();
        const int issued = m_earlier->count(kyc::BatchRowState::Issued);
        const int inDoubt = m_earlier->count(kyc::BatchRowState::Unknown);
        m_resumeCheckBox->setText(
            tr("Resume batch %1 of %2: %3 of %4 rows were issued, %5 are in doubt; only the others are sent")
                .arg(m_earlier->id, m_earlier->started.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                .arg(issued)
                .arg(m_earlier->rowCount)
                .arg(inDoubt));
        m_resumeCheckBox->setChecked(true);
        m_resumeCheckBox->show();
        // A row in doubt may have been issued: sent again only when the operator says it was not.
        m_retryDoubtCheckBox->setText(tr("Also send the %n row(s) in doubt again: I checked in the dashboard "
                                         "that they were not issued",
                                         nullptr, inDoubt));
        m_retryDoubtCheckBox->setChecked(false);
        m_retryDoubtCheckBox->setVisible(inDoubt > 0);
        toSend = rows - issued - inDoubt;
    }
    const qint64 takes = pacer.secondsFor(toSend);
    summary += u' ' + tr("Sending them at %1 (the provider's limit) takes about %2.")
                          .arg(limit.describe(), kyc::Outcome::describeDuration(takes));
    m_waveSize = 0;
    if (plan.shortestLifetimeSecs > 0 && takes > plan.shortestLifetimeSecs) {
        m_waveSize = kyc::BatchRun::waveSizeFor(plan.shortestLifetimeSecs, limit);
        summary +=
            u' ' + tr("That is longer than the tokens live (%1): the first would expire before the last "
                      "are issued.")
                       .arg(kyc::Outcome::describeDuration(plan.shortestLifetimeSecs));
        m_wavesCheckBox->setText(
            tr("Issue in waves of %1 rows, each released by you once the one before is handed over")
                .arg(m_waveSize));
        m_wavesCheckBox->setChecked(true);
        m_wavesCheckBox->show();
    }
    m_summaryLabel->setText(summary);
    m_plan = std::move(plan);
    m_problemsTree->clear();
    updateButtons();
    m_startButton->setFocus();
    return true;
}

void BatchDialog::showProblems(const kyc::BatchPlan &plan)
{
    m_problemsTree->clear();
    QList<QTreeWidgetItem *> items;
    for (const kyc::BatchProblem &p : plan.problems) {
        auto *item = new QTreeWidgetItem({p.line > 0 ? QString::number(p.line) : tr("file"),
                                          p.field ? kyc::fieldKey(*p.field) : QString(), p.message});
        item->setToolTip(2, p.message);
        items << item;
    }
    m_problemsTree->addTopLevelItems(items);
    m_problemsTree->resizeColumnToContents(0);
    m_problemsTree->resizeColumnToContents(1);
    m_stack->setCurrentWidget(m_problemsTree);
    m_summaryLabel->setText(tr("%n problem(s) in the CSV; nothing was sent. Correct them and check again.",
                               nullptr, int(plan.problems.size())));
    updateButtons();
}

void BatchDialog::start()
{
    if (!m_plan || isRunning())
        return;
    const kyc::Profile profile = m_services.profileFor(kyc::providerOf(m_plan->operation));
    const bool resume = m_earlier && m_resumeCheckBox->isChecked();
    if (m_earlier && !resume &&
        QMessageBox::question(
            this, tr("Issue the CSV again?"),
            tr("This CSV was sent before as batch %1. Issue every row again, as a new batch?")
                .arg(m_earlier->id)) != QMessageBox::Yes)
        return;
    const QString id = resume ? m_earlier->id : kyc::BatchJournal::newBatchId(m_services.issuer->now());
    m_run = std::make_unique<kyc::BatchRun>(m_services.issuer, profile, *m_plan, id);
    if (resume) {
        QSet<int> retry;
        if (m_retryDoubtCheckBox->isChecked()) {
            for (auto it = m_earlier->rows.cbegin(); it != m_earlier->rows.cend(); ++it) {
                if (it->state == kyc::BatchRowState::Unknown)
                    retry.insert(it.key());
            }
        }
        m_run->resumeFrom(*m_earlier, retry);
    }
    if (m_waveSize > 0 && m_wavesCheckBox->isChecked())
        m_run->setWaveSize(m_waveSize);
    connect(m_run.get(), &kyc::BatchRun::rowChanged, this, [this](int row) {
        m_model->rowChanged(row);
        updateProgress();
        if (row == selectedRow())
            updateButtons();
    });
    connect(m_run.get(), &kyc::BatchRun::waveFinished, this, [this](int wave, int waves) {
        updateProgress();
        m_progressLabel->setText(
            tr("Wave %1 of %2 is issued. Hand its tokens over, then release the next.").arg(wave).arg(waves));
        updateButtons();
        m_releaseButton->setFocus();
    });
    connect(m_run.get(), &kyc::BatchRun::finished, this, &BatchDialog::runFinished);
    m_model->setRun(m_run.get(), m_services.partners);
    m_model->setNow(m_services.issuer->now());
    m_table->resizeColumnsToContents();
    // Wide enough for the longest countdown before any token is there to measure.
    m_table->setColumnWidth(
        BatchTableModel::ExpiresColumn,
        std::max(m_table->columnWidth(BatchTableModel::ExpiresColumn),
                 m_table->fontMetrics().horizontalAdvance(kyc::Outcome::describeDuration(59 * 60 + 59)) +
                     3 * m_table->fontMetrics().averageCharWidth()));
    m_stack->setCurrentWidget(m_table);
    m_progressBar->setRange(0, m_run->rowCount());
    m_progressBar->show();
    m_summaryLabel->setText(tr("Batch %1: %n row(s), with the profile \"%2\". Every row is recorded in the "
                               "history with the batch's ID.",
                               nullptr, m_run->rowCount())
                                .arg(id, profile.name));
    m_resumeCheckBox->hide();
    m_retryDoubtCheckBox->hide();
    m_wavesCheckBox->hide();
    m_ticker.start();
    m_run->start();
    updateProgress();
    updateButtons();
    m_table->setFocus();
}

void BatchDialog::stop()
{
    if (isRunning())
        m_run->cancel();
}

void BatchDialog::releaseWave()
{
    if (m_run && m_run->isWaitingForWave()) {
        m_run->releaseWave();
        updateProgress();
        updateButtons();
    }
}

void BatchDialog::updateProgress()
{
    if (!m_run)
        return;
    const int issued = m_run->count(kyc::BatchRowState::Issued);
    const int failed = m_run->count(kyc::BatchRowState::Failed);
    const int unknown = m_run->count(kyc::BatchRowState::Unknown);
    m_progressBar->setValue(issued + failed + unknown);
    if (m_run->isWaitingForWave())
        return; // the wave's words stay
    QString text = tr("%1 issued, %2 failed, %3 in doubt").arg(issued).arg(failed).arg(unknown);
    if (m_run->isRunning())
        text += u"; "_s + tr("about %1 left").arg(kyc::Outcome::describeDuration(m_run->remainingSecs()));
    if (m_run->waveCount() > 1)
        text += u"; "_s + tr("wave %1 of %2").arg(m_run->wave()).arg(m_run->waveCount());
    m_progressLabel->setText(text);
}

void BatchDialog::runFinished()
{
    updateProgress();
    const int notSent = m_run->count(kyc::BatchRowState::Waiting);
    QString text = m_progressLabel->text();
    if (!m_run->stopReason().isEmpty())
        text += u"\n"_s + tr("The batch stopped: %1").arg(m_run->stopReason());
    if (notSent > 0 || m_run->count(kyc::BatchRowState::Failed) > 0)
        text +=
            u"\n"_s + tr("%n row(s) not sent. Check the CSV again to resume batch %1: nothing issued is sent "
                         "again.",
                         nullptr, notSent + m_run->count(kyc::BatchRowState::Failed))
                          .arg(m_run->batchId());
    m_progressLabel->setText(text);
    updateButtons();
    if (m_closeWhenStopped)
        close();
}

void BatchDialog::tick()
{
    if (!m_run)
        return;
    const QDateTime now = m_services.issuer->now();
    for (const int row : m_run->expireTokens(now))
        m_model->rowChanged(row);
    m_model->setNow(now);
    updateProgress();
    updateButtons();
}

int BatchDialog::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_run ? current.row() + 1 : 0;
}

QString BatchDialog::partnerName(const QString &id) const
{
    return m_run ? m_services.partners->nameFor(kyc::providerOf(m_run->plan().operation), id) : QString();
}

void BatchDialog::copyToken()
{
    const int row = selectedRow();
    if (row > 0 && m_run->row(row).token)
        m_services.clipboard->copySecret(m_run->row(row).token->token);
}

void BatchDialog::copyMessage()
{
    const int row = selectedRow();
    if (row <= 0 || !m_run->row(row).token)
        return;
    const kyc::IssuedToken &token = *m_run->row(row).token;
    m_services.clipboard->copySecret(kyc::ShareMessage::render(
        m_services.messageTemplate, token, partnerName(token.isSdkToken() ? QString() : token.partner)));
}

void BatchDialog::copyAllAsCsv()
{
    if (!m_run)
        return;
    // For the partner: each row whose token still lives, with what it is for and until when.
    const bool complyCube = kyc::providerOf(m_run->plan().operation) == kyc::Provider::ComplyCube;
    QStringList header{u"row"_s, complyCube ? u"clientId"_s : u"applicantId"_s,
                       complyCube ? u"referrerOrAppId"_s : u"forClientId"_s, u"token"_s, u"expiresAt"_s};
    QByteArray csv = header.join(u',').toUtf8() + "\r\n";
    const QDateTime now = m_services.issuer->now();
    for (int row = 1; row <= m_run->rowCount(); ++row) {
        const std::optional<kyc::IssuedToken> &token = m_run->row(row).token;
        if (!token || token->expiresAt <= now)
            continue;
        const QString subject = m_run->plan().kept(row, kyc::FieldSpec::Kept::Subject);
        csv += QByteArray::number(row) + ',' + kyc::HistoryExport::csvCell(subject) + ',' +
               kyc::HistoryExport::csvCell(token->partner) + ',' + kyc::HistoryExport::csvCell(token->token) +
               ',' + token->expiresAt.toUTC().toString(Qt::ISODate).toLatin1() + "\r\n";
    }
    QString text = QString::fromUtf8(csv);
    m_services.clipboard->copySecret(text);
    kyc::wipe(csv);
    kyc::wipe(text);
}

void BatchDialog::updateButtons()
{
    const bool running = isRunning();
    const bool started = m_run != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_operationComboBox, m_fileLineEdit, m_chooseButton,
                                                       m_reasonLineEdit, m_checkButton})
        w->setEnabled(!running);
    for (QLineEdit *edit : std::as_const(m_defaults))
        edit->setEnabled(!running);
    m_startButton->setEnabled(!started && m_plan.has_value());
    int toSend = m_plan ? int(m_plan->rows.size()) : 0;
    if (m_earlier && m_resumeCheckBox->isChecked()) {
        toSend -= m_earlier->count(kyc::BatchRowState::Issued);
        if (!m_retryDoubtCheckBox->isChecked())
            toSend -= m_earlier->count(kyc::BatchRowState::Unknown);
    }
    m_startButton->setText(m_plan ? tr("&Start: issue %n token(s)", nullptr, toSend) : tr("&Start"));
    m_stopButton->setVisible(running);
    m_releaseButton->setVisible(running && m_run->isWaitingForWave());
    const int row = selectedRow();
    const bool hasToken = row > 0 && m_run->row(row).token.has_value();
    m_copyButton->setEnabled(hasToken);
    m_messageButton->setEnabled(hasToken);
    bool anyToken = false;
    for (int r = 1; started && r <= m_run->rowCount() && !anyToken; ++r)
        anyToken = m_run->row(r).token.has_value();
    m_copyAllButton->setEnabled(anyToken);
}

void BatchDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        if (QMessageBox::question(this, tr("Stop the batch?"),
                                  tr("The batch is still running. Stop it? The rows in flight finish and are "
                                     "recorded; the rest can be resumed later from the same CSV.")) !=
            QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_closeWhenStopped = true;
        m_run->cancel();
        if (isRunning()) {
            event->ignore();
            return;
        }
    }
    QDialog::closeEvent(event);
}
