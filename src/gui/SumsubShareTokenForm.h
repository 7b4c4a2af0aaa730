#pragma once

#include "gui/OperationForm.h"

#include <memory>

namespace Ui {
class SumsubShareTokenForm;
}

// The Sumsub share token: applicant, partner, TTL.
class SumsubShareTokenForm : public OperationForm
{
    Q_OBJECT

public:
    explicit SumsubShareTokenForm(QWidget *parent = nullptr);
    ~SumsubShareTokenForm() override;

    kyc::Provider provider() const override { return kyc::Provider::Sumsub; }
    QString title() const override;
    void setBusy(bool busy) override;

protected:
    kyc::TokenRequest collect() const override;

private:
    std::unique_ptr<Ui::SumsubShareTokenForm> m_ui;
};
