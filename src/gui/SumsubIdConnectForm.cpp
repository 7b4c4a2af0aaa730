#include "gui/SumsubIdConnectForm.h"

#include "core/sumsub/SumsubIdConnect.h"
#include "ui_SumsubIdConnectForm.h"

#include <QDesktopServices>

using kyc::Field;
using kyc::SumsubIdConnect;

SumsubIdConnectForm::SumsubIdConnectForm(QWidget *parent)
    : OperationForm(parent)
    , m_ui(std::make_unique<Ui::SumsubIdConnectForm>())
{
    m_ui->setupUi(this);
    emphasizeTitle();
    setFocusProxy(m_ui->idClientIdLineEdit);
    registerField(Field::AuthorizationResponse, m_ui->authorizationResponseLineEdit,
                  m_ui->authorizationResponseErrorLabel);
    registerField(Field::CodeVerifier, m_ui->codeVerifierLineEdit, m_ui->codeVerifierErrorLabel);
    registerField(Field::RefreshToken, m_ui->refreshTokenLineEdit, m_ui->refreshTokenErrorLabel);
    registerField(Field::Scope, m_ui->refreshScopeLineEdit, m_ui->refreshScopeErrorLabel);
    addReasonField(m_ui->formLayout, m_ui->refreshScopeLineEdit, m_ui->refreshPushButton);
    for (QLabel *label : {m_ui->idClientIdErrorLabel, m_ui->redirectUriErrorLabel, m_ui->scopesErrorLabel})
        showStepError(nullptr, label, {});
    m_ui->openUrlPushButton->setEnabled(false);
    m_ui->copyUrlPushButton->setEnabled(false);

    connect(m_ui->makeUrlPushButton, &QPushButton::clicked, this, &SumsubIdConnectForm::makeAuthorizeUrl);
    connect(m_ui->openUrlPushButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(authorizeUrl()); });
    connect(m_ui->copyUrlPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT copyRequested(m_ui->authorizeUrlLineEdit->text()); });
    connect(m_ui->exchangePushButton, &QPushButton::clicked, this, [this] {
        m_operation = kyc::Operation::SumsubIdConnectToken;
        Q_EMIT issueRequested();
    });
    connect(m_ui->authorizationResponseLineEdit, &QLineEdit::returnPressed, m_ui->exchangePushButton,
            &QPushButton::click);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, [this] {
        m_operation = kyc::Operation::SumsubIdConnectRefresh;
        Q_EMIT issueRequested();
    });
    addBusyButton(m_ui->exchangePushButton);
    addBusyButton(m_ui->refreshPushButton);
}

SumsubIdConnectForm::~SumsubIdConnectForm() = default;

QString SumsubIdConnectForm::title()
{
    return tr("Sumsub ID Connect");
}

QList<QCheckBox *> SumsubIdConnectForm::scopeCheckBoxes() const
{
    return {m_ui->openidScopeCheckBox, m_ui->profileScopeCheckBox, m_ui->emailScopeCheckBox,
            m_ui->nameScopeCheckBox,   m_ui->shareScopeCheckBox,   m_ui->offlineAccessScopeCheckBox};
}

QString SumsubIdConnectForm::checkedScopes() const
{
    QStringList scopes;
    for (QCheckBox *box : scopeCheckBoxes()) {
        if (box->isChecked())
            scopes.append(box->text().remove(u'&'));
    }
    return scopes.join(u' ');
}

bool SumsubIdConnectForm::makeAuthorizeUrl()
{
    const SumsubIdConnect::AuthorizeProblems p = SumsubIdConnect::checkAuthorizeInput(
        m_ui->idClientIdLineEdit->text(), m_ui->redirectUriLineEdit->text(), checkedScopes());
    showStepError(m_ui->idClientIdLineEdit, m_ui->idClientIdErrorLabel, p.clientId);
    showStepError(m_ui->redirectUriLineEdit, m_ui->redirectUriErrorLabel, p.redirectUri);
    showStepError(nullptr, m_ui->scopesErrorLabel, p.scope);
    if (!p.isEmpty()) {
        if (!p.clientId.isEmpty())
            m_ui->idClientIdLineEdit->setFocus(Qt::OtherFocusReason);
        else if (!p.redirectUri.isEmpty())
            m_ui->redirectUriLineEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const SumsubIdConnect::Authorization a = SumsubIdConnect::authorize(
        SumsubIdConnect::idBaseUrlFor(m_apiBaseUrl), m_ui->idClientIdLineEdit->text().trimmed(),
        m_ui->redirectUriLineEdit->text().trimmed(), checkedScopes().split(u' ', Qt::SkipEmptyParts));
    m_ui->authorizeUrlLineEdit->setText(QString::fromUtf8(a.url.toEncoded()));
    m_ui->authorizeUrlLineEdit->setCursorPosition(0);
    m_ui->stateLineEdit->setText(a.state);
    m_ui->codeVerifierLineEdit->setText(QString::fromLatin1(a.codeVerifier));
    m_ui->authorizationResponseLineEdit->clear();
    clearFieldErrors();
    m_ui->openUrlPushButton->setEnabled(true);
    m_ui->copyUrlPushButton->setEnabled(true);
    m_ui->authorizationResponseLineEdit->setFocus(Qt::OtherFocusReason);
    return true;
}

QUrl SumsubIdConnectForm::authorizeUrl() const
{
    return QUrl::fromEncoded(m_ui->authorizeUrlLineEdit->text().toUtf8());
}

void SumsubIdConnectForm::setRefreshToken(const QString &token)
{
    m_ui->refreshTokenLineEdit->setText(token);
}

void SumsubIdConnectForm::offerStoredRefresh(const QString &token, const QString &codeVerifier)
{
    if (!m_ui->refreshTokenLineEdit->text().isEmpty() || !m_ui->codeVerifierLineEdit->text().isEmpty())
        return; // the operator is in the middle of something
    m_ui->refreshTokenLineEdit->setText(token);
    m_ui->codeVerifierLineEdit->setText(codeVerifier);
}

kyc::TokenRequest SumsubIdConnectForm::collect() const
{
    kyc::TokenRequest r = OperationForm::collect();
    if (m_operation == kyc::Operation::SumsubIdConnectToken)
        r.set(Field::ExpectedState, m_ui->stateLineEdit->text()); // made with the URL; checked, not edited
    return r;
}
