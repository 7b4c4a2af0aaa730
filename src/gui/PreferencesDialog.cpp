#include "gui/PreferencesDialog.h"

#include "core/history/HistoryLocation.h"
#include "core/settings/ShareMessage.h"
#include "gui/Style.h"
#include "ui_PreferencesDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;
using kyc::Preferences;
using kyc::ShareMessage;

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->clearClipboardSpinBox->setRange(Preferences::kMinClearClipboardSecs,
                                          Preferences::kMaxClearClipboardSecs);
    m_ui->clearClipboardSpinBox->setSuffix(tr(" s"));
    m_ui->clearClipboardSpinBox->setValue(preferences.clearClipboardSecs);
    m_ui->confirmProductionCheckBox->setChecked(preferences.confirmProduction);
    m_ui->messageTemplatePlainTextEdit->setPlainText(preferences.messageTemplate);
    m_ui->placeholdersLabel->setText(
        tr("%1 are replaced by the token, the partner, its expiry in UTC and the operation.")
            .arg(ShareMessage::placeholders().join(u", "_s)));
    m_ui->historyUrlLineEdit->setText(preferences.historyUrl);
    m_ui->historyNoteLabel->setText(
        tr("Empty: this computer's own history. A change takes effect when the console starts again. No "
           "password goes here: PostgreSQL takes it from PGPASSWORD or ~/.pgpass."));
    for (QLabel *label : {m_ui->problemLabel, m_ui->historyProblemLabel}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Style::errorColor(palette()));
        label->setPalette(p);
    }

    connect(m_ui->messageTemplatePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &PreferencesDialog::check);
    connect(m_ui->historyUrlLineEdit, &QLineEdit::textChanged, this, &PreferencesDialog::check);
    connect(m_ui->restoreTemplatePushButton, &QPushButton::clicked, this,
            [this] { m_ui->messageTemplatePlainTextEdit->setPlainText(ShareMessage::defaultTemplate()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.clearClipboardSecs = m_ui->clearClipboardSpinBox->value();
    p.confirmProduction = m_ui->confirmProductionCheckBox->isChecked();
    p.messageTemplate = m_ui->messageTemplatePlainTextEdit->toPlainText();
    p.historyUrl = m_ui->historyUrlLineEdit->text().trimmed();
    return p;
}

void PreferencesDialog::check()
{
    const QString problem = ShareMessage::check(m_ui->messageTemplatePlainTextEdit->toPlainText());
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    QString historyProblem;
    if (const QString url = m_ui->historyUrlLineEdit->text(); !url.trimmed().isEmpty())
        kyc::HistoryLocation::parse(url, &historyProblem);
    m_ui->historyProblemLabel->setText(historyProblem);
    m_ui->historyProblemLabel->setVisible(!historyProblem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && historyProblem.isEmpty());
}
