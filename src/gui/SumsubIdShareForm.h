#pragma once

#include "gui/OperationForm.h"

#include <memory>

namespace Ui {
class SumsubIdShareForm;
}

// The Sumsub ID share token: a connect access token, a partner, a TTL.
class SumsubIdShareForm : public OperationForm
{
    Q_OBJECT

public:
    explicit SumsubIdShareForm(QWidget *parent = nullptr);
    ~SumsubIdShareForm() override;

    kyc::Provider provider() const override { return kyc::Provider::Sumsub; }
    QString title() const override;
    void setBusy(bool busy) override;
    // Hands over a connect access token obtained in the Sumsub ID Connect tab.
    void setConnectToken(const QString &token);

protected:
    kyc::TokenRequest collect() const override;

private:
    std::unique_ptr<Ui::SumsubIdShareForm> m_ui;
};
