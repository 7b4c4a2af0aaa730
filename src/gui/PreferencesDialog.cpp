#include "PreferencesDialog.h"

#include "Style.h"
#include "settings/ShareMessage.h"
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
    QPalette p = m_ui->problemLabel->palette();
    p.setColor(QPalette::WindowText, Style::errorColor(palette()));
    m_ui->problemLabel->setPalette(p);

    connect(m_ui->messageTemplatePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &PreferencesDialog::checkTemplate);
    connect(m_ui->restoreTemplatePushButton, &QPushButton::clicked, this,
            [this] { m_ui->messageTemplatePlainTextEdit->setPlainText(ShareMessage::defaultTemplate()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkTemplate();
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.clearClipboardSecs = m_ui->clearClipboardSpinBox->value();
    p.confirmProduction = m_ui->confirmProductionCheckBox->isChecked();
    p.messageTemplate = m_ui->messageTemplatePlainTextEdit->toPlainText();
    return p;
}

void PreferencesDialog::checkTemplate()
{
    const QString problem = ShareMessage::check(m_ui->messageTemplatePlainTextEdit->toPlainText());
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
