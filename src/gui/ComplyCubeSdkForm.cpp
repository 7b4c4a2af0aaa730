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
    connect(m_ui->issuePushButton, &QPushButton::clicked, this, &OperationForm::issueRequested);
    for (QLineEdit *edit : {m_ui->clientIdLineEdit, m_ui->referrerLineEdit, m_ui->appIdLineEdit})
        connect(edit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
    connect(m_ui->clientIdLineEdit, &QLineEdit::textEdited, this,
            [this] { clearErrorOnEdit(Field::ClientId); });
    connect(m_ui->referrerLineEdit, &QLineEdit::textEdited, this,
            [this] { clearErrorOnEdit(Field::Referrer); });
    connect(m_ui->appIdLineEdit, &QLineEdit::textEdited, this, [this] { clearErrorOnEdit(Field::AppId); });
}

ComplyCubeSdkForm::~ComplyCubeSdkForm() = default;

QString ComplyCubeSdkForm::title() const
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
    kyc::TokenRequest r(kyc::Operation::ComplyCubeSdkToken);
    r.set(Field::ClientId, m_ui->clientIdLineEdit->text());
    r.set(Field::SdkKind,
          kyc::sdkKindKey(m_ui->webSdkRadioButton->isChecked() ? kyc::SdkKind::Web : kyc::SdkKind::Mobile));
    r.set(Field::Referrer, m_ui->referrerLineEdit->text());
    r.set(Field::AppId, m_ui->appIdLineEdit->text());
    return r;
}

void ComplyCubeSdkForm::prefill(const kyc::TokenRequest &request)
{
    if (const std::optional<kyc::SdkKind> sdk = kyc::sdkKindFromKey(request.value(Field::SdkKind)))
        (*sdk == kyc::SdkKind::Web ? m_ui->webSdkRadioButton : m_ui->mobileSdkRadioButton)->setChecked(true);
    OperationForm::prefill(request);
}

void ComplyCubeSdkForm::setBusy(bool busy)
{
    m_ui->issuePushButton->setEnabled(!busy);
}
