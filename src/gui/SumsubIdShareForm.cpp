#include "gui/SumsubIdShareForm.h"

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
    addPartnerAndTtl({m_ui->forClientIdLineEdit, m_ui->forClientIdErrorLabel, m_ui->ttlSpinBox,
                      m_ui->ttlErrorLabel, m_ui->ttlHumanLabel},
                     m_ui->formLayout, m_ui->issuePushButton);
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
