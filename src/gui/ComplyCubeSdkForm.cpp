#include "gui/ComplyCubeSdkForm.h"

#include "ui_ComplyCubeSdkForm.h"

using kyc::Field;

ComplyCubeSdkForm::ComplyCubeSdkForm(QWidget *parent)
    : OperationForm(parent)
    , m_ui(std::make_unique<Ui::ComplyCubeSdkForm>())
{
    m_ui->setupUi(this);
    emphasizeTitle();
    setFocusProxy(m_ui->clientIdLineEdit);
    registerField(Field::ClientId, m_ui->clientIdLineEdit, m_ui->clientIdErrorLabel);
    registerField(Field::Referrer, m_ui->referrerLineEdit, m_ui->referrerErrorLabel);
    registerField(Field::AppId, m_ui->appIdLineEdit, m_ui->appIdErrorLabel);
    addPartnerField(m_ui->referrerLineEdit);
    addPartnerField(m_ui->appIdLineEdit);
    addReasonField(m_ui->formLayout, m_ui->appIdLineEdit, m_ui->issuePushButton);
    updateSdkKind();

    connect(m_ui->webSdkRadioButton, &QRadioButton::toggled, this, &ComplyCubeSdkForm::updateSdkKind);
    addIssueButton(m_ui->issuePushButton);
    for (QLineEdit *edit : {m_ui->clientIdLineEdit, m_ui->referrerLineEdit, m_ui->appIdLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
}

ComplyCubeSdkForm::~ComplyCubeSdkForm() = default;

QString ComplyCubeSdkForm::title()
{
    return tr("ComplyCube SDK");
}

void ComplyCubeSdkForm::updateSdkKind()
{
    const bool web = m_ui->webSdkRadioButton->isChecked();
    m_ui->referrerLineEdit->setEnabled(web);
    m_ui->appIdLineEdit->setEnabled(!web);
    clearErrorOnEdit(web ? Field::AppId : Field::Referrer);
}

kyc::TokenRequest ComplyCubeSdkForm::collect() const
{ // The other SDK's field keeps its text for when the operator switches back; it is not sent.
    kyc::TokenRequest r = OperationForm::collect();
    r.set(Field::SdkKind,
          kyc::sdkKindKey(m_ui->webSdkRadioButton->isChecked() ? kyc::SdkKind::Web : kyc::SdkKind::Mobile));
    return r;
}

void ComplyCubeSdkForm::prefill(const kyc::TokenRequest &request)
{
    if (const std::optional<kyc::SdkKind> sdk = kyc::sdkKindFromKey(request.value(Field::SdkKind)))
        (*sdk == kyc::SdkKind::Web ? m_ui->webSdkRadioButton : m_ui->mobileSdkRadioButton)->setChecked(true);
    OperationForm::prefill(request);
}
