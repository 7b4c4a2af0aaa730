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

    connect(m_ui->issuePushButton, &QPushButton::clicked, this, &OperationForm::issueRequested);
    connect(m_ui->forClientIdLineEdit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
    connect(m_ui->connectTokenLineEdit, &QLineEdit::textEdited, this,
            [this] { clearErrorOnEdit(Field::ConnectToken); });
    connect(m_ui->forClientIdLineEdit, &QLineEdit::textEdited, this,
            [this] { clearErrorOnEdit(Field::ForClientId); });
    connect(m_ui->ttlSpinBox, &QSpinBox::valueChanged, this, [this] { clearErrorOnEdit(Field::TtlSecs); });
}

SumsubIdShareForm::~SumsubIdShareForm() = default;

QString SumsubIdShareForm::title() const
{
    return tr("Sumsub ID share");
}

kyc::TokenRequest SumsubIdShareForm::collect() const
{
    kyc::TokenRequest r(kyc::Operation::SumsubIdShareToken);
    r.set(Field::ConnectToken, m_ui->connectTokenLineEdit->text());
    r.set(Field::ForClientId, m_ui->forClientIdLineEdit->text());
    r.set(Field::TtlSecs, QString::number(m_ui->ttlSpinBox->value()));
    return r;
}

void SumsubIdShareForm::setBusy(bool busy)
{
    m_ui->issuePushButton->setEnabled(!busy);
}

void SumsubIdShareForm::setConnectToken(const QString &token)
{
    m_ui->connectTokenLineEdit->setText(token);
    clearErrorOnEdit(Field::ConnectToken);
    m_ui->forClientIdLineEdit->setFocus(Qt::OtherFocusReason);
}
