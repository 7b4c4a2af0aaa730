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

    kyc::Operation operation() const override { return kyc::Operation::SumsubShareToken; }
    // Its tab's and menu item's name, known before the form is built.
    static QString title();

private:
    std::unique_ptr<Ui::SumsubShareTokenForm> m_ui;
};
