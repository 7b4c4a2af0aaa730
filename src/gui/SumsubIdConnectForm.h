#pragma once

#include "gui/OperationForm.h"

#include <QUrl>

#include <memory>

class QCheckBox;
namespace Ui {
class SumsubIdConnectForm;
}

// The operator's side of Sumsub ID Connect: make the authorize URL (PKCE S256, random state), let the
// user consent in a browser, take back the code or the whole redirect address, exchange it; or refresh.
class SumsubIdConnectForm : public OperationForm
{
    Q_OBJECT

public:
    explicit SumsubIdConnectForm(QWidget *parent = nullptr);
    ~SumsubIdConnectForm() override;

    kyc::Operation operation() const override { return m_operation; }
    // Its tab's and menu item's name, known before the form is built.
    static QString title();

    // Where the consent page is (derived from the profile's API base URL).
    void setApiBaseUrl(const QUrl &apiBaseUrl) { m_apiBaseUrl = apiBaseUrl; }
    // Makes the authorize URL from the fields; false (with the problems shown) when it cannot.
    bool makeAuthorizeUrl();
    QUrl authorizeUrl() const;
    // Keeps a refresh token that came with an access token, ready for Refresh.
    void setRefreshToken(const QString &token);
    // A refresh token and its code verifier from the keychain; fills the fields that are empty.
    void offerStoredRefresh(const QString &token, const QString &codeVerifier);

Q_SIGNALS:
    void copyRequested(const QString &text);

protected:
    kyc::TokenRequest collect() const override;

private:
    QString checkedScopes() const;
    QList<QCheckBox *> scopeCheckBoxes() const;

    std::unique_ptr<Ui::SumsubIdConnectForm> m_ui;
    QUrl m_apiBaseUrl;
    kyc::Operation m_operation = kyc::Operation::SumsubIdConnectToken;
};
