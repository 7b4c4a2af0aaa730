#include "gui/SumsubIdShareForm.h"

#include "gui/TtlHint.h"
#include "ui_SumsubIdShareForm.h"

using kyc::Field;

SumsubIdShareForm::SumsubIdShareForm(QWidget *parent)
    : OperationForm(parent)
    , m_ui(std::make_unique<Ui::SumsubIdShareForm>())
{
    m_ui->setupUi(this);
    emphasizeTitle();
    setFocusProxy(m_ui->connectTokenLineEdit);
    registerField(Field::ConnectToken, m_ui->connectTokenLineEdit, m_ui->connectTokenErrorLabel);
    registerField(Field::ForClientId, m_ui->forClientIdLineEdit, m_ui->forClientIdErrorLabel);
    registerField(Field::TtlSecs, m_ui->ttlSpinBox, m_ui->ttlErrorLabel);
    addPartnerField(m_ui->forClientIdLineEdit);
    addReasonField(m_ui->formLayout, m_ui->ttlSpinBox, m_ui->issuePushButton);
    TtlHint::attach(m_ui->ttlSpinBox, m_ui->ttlHumanLabel);

    addIssueButton(m_ui->issuePushButton);
    connect(m_ui->forClientIdLineEdit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
}

SumsubIdShareForm::~SumsubIdShareForm() = default;

QString SumsubIdShareForm::title()
{
    return tr("Sumsub ID share");
}

void SumsubIdShareForm::setConnectToken(const QString &token)
{
    m_ui->connectTokenLineEdit->setText(token);
    clearErrorOnEdit(Field::ConnectToken);
    m_ui->forClientIdLineEdit->setFocus(Qt::OtherFocusReason);
}
