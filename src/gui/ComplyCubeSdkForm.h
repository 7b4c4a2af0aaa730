#pragma once

#include "gui/OperationForm.h"

#include <memory>

namespace Ui {
class ComplyCubeSdkForm;
}

// The ComplyCube SDK token: a client, and a referrer (Web SDK) or an app ID (mobile SDK).
class ComplyCubeSdkForm : public OperationForm
{
    Q_OBJECT

public:
    explicit ComplyCubeSdkForm(QWidget *parent = nullptr);
    ~ComplyCubeSdkForm() override;

    kyc::Operation operation() const override { return kyc::Operation::ComplyCubeSdkToken; }
    // Its tab's and menu item's name, known before the form is built.
    static QString title();
    void prefill(const kyc::TokenRequest &request) override;

protected:
    kyc::TokenRequest collect() const override;

private:
    void updateSdkKind();

    std::unique_ptr<Ui::ComplyCubeSdkForm> m_ui;
};
