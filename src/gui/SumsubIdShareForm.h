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

    kyc::Operation operation() const override { return kyc::Operation::SumsubIdShareToken; }
    // Its tab's and menu item's name, known before the form is built.
    static QString title();
    // Hands over a connect access token obtained in the Sumsub ID Connect tab.
    void setConnectToken(const QString &token);

private:
    std::unique_ptr<Ui::SumsubIdShareForm> m_ui;
};
