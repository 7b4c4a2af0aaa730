#pragma once

#include "gui/OperationForm.h"

class QPushButton;

// The receiving side of Reusable KYC: a partner's share token, redeemed with the operator's own Sumsub
// account. Preview runs Sumsub's checks and copies nothing; Reuse makes the applicant, rechecked for the
// level; Copy applicant takes it without rechecks, which is not a KYC procedure (the window asks first).
class SumsubRedeemForm : public OperationForm
{
    Q_OBJECT

public:
    explicit SumsubRedeemForm(QWidget *parent = nullptr);

    // What the last button asked for; Reuse after a new token is pasted.
    kyc::Operation operation() const override { return m_operation; }
    static QString title();
    void prefill(const kyc::TokenRequest &request) override;

private:
    void redeem(kyc::Operation operation);

    kyc::Operation m_operation = kyc::Operation::SumsubReuse;
};
